package org.newslens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Analysis;

/**
 * Writes analyses as JSON Lines (flushed after every article, so a crash loses nothing already
 * reported) and/or one file per article (written to a temporary file and moved into place).
 */
final class AnalysisWriters implements AutoCloseable {

    private final AnalysisJson json = new AnalysisJson();
    private final BufferedWriter jsonl;
    private final PrintStream jsonlStdout;
    private final Path jsonDir;
    private final java.util.Map<String, Integer> usedNames = new java.util.HashMap<>();

    AnalysisWriters(Path jsonlFile, PrintStream jsonlStdout, Path jsonDir) throws IOException {
        if (jsonlFile != null && jsonlFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(jsonlFile.toAbsolutePath().getParent());
        }
        this.jsonl = jsonlFile == null ? null : Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8);
        this.jsonlStdout = jsonlStdout;
        this.jsonDir = jsonDir;
        if (jsonDir != null) {
            Files.createDirectories(jsonDir);
        }
    }

    void write(Analysis analysis) throws IOException {
        if (jsonl == null && jsonlStdout == null && jsonDir == null) {
            return;
        }
        String line = json.write(analysis);
        if (jsonl != null) {
            jsonl.write(line);
            jsonl.write('\n');
            jsonl.flush();
        }
        if (jsonlStdout != null) {
            jsonlStdout.println(line);
        }
        if (jsonDir != null) {
            Path target = jsonDir.resolve(uniqueName(safeFileName(analysis.article().id())) + ".json");
            Path temp = jsonDir.resolve("." + target.getFileName() + ".tmp");
            Files.writeString(temp, json.writePretty(analysis), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Two inputs with one id (a/x.txt and b/x.txt) get x.json and x-2.json, so neither overwrites the other. */
    private String uniqueName(String name) {
        int n = usedNames.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + "-" + n;
    }

    private static String safeFileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    @Override
    public void close() throws IOException {
        if (jsonl != null) {
            jsonl.close();
        }
    }
}
