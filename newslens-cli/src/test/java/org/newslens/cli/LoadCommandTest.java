package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Article;
import org.newslens.core.pipeline.Analysis;
import org.newslens.store.ArticleStore;

class LoadCommandTest {

    @TempDir
    Path dir;

    @Test
    void analysesAreLoadedWithoutReanalysisAndABadLineIsNamed() throws Exception {
        AnalysisJson json = new AnalysisJson();
        Analysis first = new Analysis(Article.ofText("a1", "Rebels left eastern Aleppo on Thursday."),
                java.util.Map.of(), List.of());
        Analysis second = new Analysis(Article.ofText("a2", "Talks resumed in Astana."), java.util.Map.of(),
                List.of());
        Path file = Files.writeString(dir.resolve("analyses.jsonl"),
                json.write(first) + "\nnot json\n" + json.write(second) + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = NewslensCli.newCommandLine().execute("load", file.toString(), "--store",
                    dir.resolve("store").toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(ExitCodes.SOME_INPUT_FAILED, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(file + "#2: not an analysis"), err.toString());
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            assertEquals(2, store.size());
            assertEquals(json.write(first), store.analysisJson(ArticleStore.keyOf(first.article())).orElseThrow());
        }
    }
}
