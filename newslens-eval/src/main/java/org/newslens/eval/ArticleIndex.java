package org.newslens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newslens.core.model.Article;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;

/**
 * The articles a folder of gold files is about: lists the gold files and reads the article each
 * names, by id (file name without extension) under the article folders.
 */
final class ArticleIndex {

    private final Map<String, Path> byId;
    private final List<Path> dirs;
    private final ArticleReader reader = new ArticleReader();

    private ArticleIndex(Map<String, Path> byId, List<Path> dirs) {
        this.byId = byId;
        this.dirs = dirs;
    }

    static ArticleIndex of(List<Path> dirs) throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(p -> {
                    String name = p.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    // An article beats a gold .json of the same name when gold and articles share a folder.
                    byId.merge(dot > 0 ? name.substring(0, dot) : name, p,
                            (kept, other) -> kept.toString().endsWith(".json") ? other : kept);
                });
            }
        }
        return new ArticleIndex(byId, List.copyOf(dirs));
    }

    /** The gold files of a folder, in name order. */
    static List<Path> goldFiles(Path goldDir) throws IOException {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The article {@code id} inside the file named {@code fileStem} (a JSONL feed holds several articles). */
    Article read(Path goldFile, String id, String fileStem) throws IOException {
        Path articleFile = byId.get(fileStem);
        if (articleFile == null) {
            throw new IOException(goldFile + ": file " + fileStem + " not found in " + dirs);
        }
        for (ReadOutcome outcome : reader.readFile(articleFile, true).toList()) {
            if (outcome instanceof ReadOutcome.Read read && read.article().id().equals(id)) {
                return read.article();
            }
        }
        throw new IOException(goldFile + ": article " + id + " not found in " + articleFile);
    }

    /** The article {@code id} that {@code goldFile} names; fails naming both when it is missing or unreadable. */
    Article read(Path goldFile, String id) throws IOException {
        Path articleFile = byId.get(id);
        if (articleFile == null) {
            throw new IOException(goldFile + ": article " + id + " not found in " + dirs);
        }
        ReadOutcome outcome = reader.readFile(articleFile, true).findFirst().orElseThrow();
        if (!(outcome instanceof ReadOutcome.Read read)) {
            throw new IOException(((ReadOutcome.Failed) outcome).message());
        }
        return read.article();
    }
}
