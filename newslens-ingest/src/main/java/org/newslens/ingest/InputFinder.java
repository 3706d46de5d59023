package org.newslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a path into the article files under it; folders are searched recursively, hidden entries skipped. */
final class InputFinder {

    /** A file to read, or the reason a path yields nothing. {@code explicit}: named by the user, not found in a folder. */
    record Found(Path path, boolean explicit, ReadOutcome.Failed failure) {
    }

    List<Found> find(Path path) {
        String source = path.toString();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(new Found(path, true, new ReadOutcome.Failed(source, "no such file or folder")));
        }
        if (!Files.exists(path)) {
            return List.of(new Found(path, true, new ReadOutcome.Failed(source, "broken link: its target does not exist")));
        }
        if (!Files.isDirectory(path)) {
            return List.of(new Found(path, true, null));
        }
        List<Found> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(p -> !p.equals(path) && !isHidden(path.relativize(p)))
                    .filter(p -> Files.isRegularFile(p) && InputFormat.byExtension(p.getFileName().toString()).isPresent())
                    .sorted()
                    .forEach(p -> files.add(new Found(p, false, null)));
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Found(path, true, new ReadOutcome.Failed(source, "cannot list folder: " + e.getMessage())));
        }
        if (files.isEmpty()) {
            return List.of(new Found(path, true, new ReadOutcome.Failed(source,
                    "no articles found in folder (looked for " + InputFormat.knownExtensions() + ")")));
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
