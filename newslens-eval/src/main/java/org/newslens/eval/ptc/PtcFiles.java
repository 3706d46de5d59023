package org.newslens.eval.ptc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newslens.core.model.Technique;

/** Reads and writes PTC article folders and tab-separated span files, strictly: a bad line names its file and line. */
public final class PtcFiles {

    private PtcFiles() {
    }

    /** The {@code article<ID>.txt} files of a folder, by id in numeric-then-text order. */
    public static Map<String, Path> articles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder of article<ID>.txt files");
        }
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, Path> byId = new LinkedHashMap<>();
            files.filter(p -> p.getFileName().toString().matches("article.+\\.txt"))
                    .sorted(java.util.Comparator.comparing(PtcFiles::sortKey))
                    .forEach(p -> byId.put(PtcArticle.idOf(p), p));
            return byId;
        }
    }

    private static String sortKey(Path p) {
        String id = PtcArticle.idOf(p);
        return String.format("%20s", id);
    }

    /**
     * The technique spans of every {@code .labels} file in a folder (or one file), grouped by article id. An
     * article whose label file is empty is present with no spans: it was annotated and has none.
     */
    public static Map<String, List<PtcSpan>> labels(Path dirOrFile) throws IOException {
        Map<String, List<PtcSpan>> byId = new LinkedHashMap<>();
        List<Path> files;
        if (Files.isDirectory(dirOrFile)) {
            try (Stream<Path> listed = Files.list(dirOrFile)) {
                files = listed.filter(p -> p.toString().endsWith(".labels")).sorted().toList();
            }
        } else {
            files = List.of(dirOrFile);
        }
        for (Path file : files) {
            if (file.getFileName().toString().startsWith("article")) {
                byId.computeIfAbsent(PtcArticle.idOf(file), k -> new ArrayList<>());
            }
            for (PtcSpan span : readSpans(file, true)) {
                byId.computeIfAbsent(span.articleId(), k -> new ArrayList<>()).add(span);
            }
        }
        return byId;
    }

    /**
     * Span lines {@code ID TAB technique TAB start TAB end}; with {@code techniqueRequired} false, also
     * {@code ID TAB start TAB end} and {@code ID TAB anything TAB start TAB end} (technique then null unless it
     * is a known label).
     */
    public static List<PtcSpan> readSpans(Path file, boolean techniqueRequired) throws IOException {
        List<PtcSpan> spans = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f.length == 4) {
                    Technique technique = Technique.byLabel(f[1]).orElse(null);
                    if (technique == null && techniqueRequired) {
                        throw new IllegalArgumentException("unknown technique \"" + f[1] + "\"");
                    }
                    spans.add(new PtcSpan(f[0], technique, Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                } else if (f.length == 3 && !techniqueRequired) {
                    spans.add(new PtcSpan(f[0], null, Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                } else {
                    throw new IllegalArgumentException("expected " + (techniqueRequired ? "4" : "3 or 4")
                            + " tab-separated fields, got " + f.length);
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (n + 1) + ": " + e.getMessage());
            }
        }
        return spans;
    }

    public static void writeSpans(Path file, Collection<PtcSpan> spans) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PtcSpan span : spans) {
                out.write(span.line());
                out.write('\n');
            }
        }
    }
}
