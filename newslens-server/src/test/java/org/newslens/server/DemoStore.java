package org.newslens.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import org.newslens.store.ArticleStore;

/**
 * The bundled demo corpus analysed once per test JVM with the real pipeline, plus one hostile
 * article whose title and text carry script payloads, for the server and browser tests.
 */
final class DemoStore {

    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__xss=1\"> Hostile <script>window.__xss=2</script>";
    static final String HOSTILE_TEXT = "Rebels said on Monday that <script>window.__xss=3</script> the army shelled"
            + " Idlib. <a href=\"javascript:window.__xss=4\">click</a> <svg onload=\"window.__xss=5\"></svg>"
            + " \"Terrorists\" were blamed, according to unnamed sources.";

    private static Pipeline pipeline;

    private DemoStore() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.create(new ModelStore());
        }
        return pipeline;
    }

    /** Fills the store in {@code dir} with the demo corpus and the hostile article; returns the hostile article's key. */
    static String fill(Path dir) {
        Path corpus = Path.of("..", "demo", "corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("demo corpus not found at " + corpus.toAbsolutePath());
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            new ArticleReader().read(List.of(corpus.toString()), System.in)
                    .filter(o -> o instanceof ReadOutcome.Read)
                    .map(o -> ((ReadOutcome.Read) o).article())
                    .forEach(article -> store.put(pipeline().analyze(article)));
            Article hostile = new Article("hostile", "hostile.txt", HOSTILE_TITLE, "<b>Mallory</b>",
                    "Evil <i>Outlet</i>", java.time.LocalDate.of(2017, 1, 9), HOSTILE_TEXT, List.of(), List.of());
            String key = store.put(pipeline().analyze(hostile));
            store.commit();
            return key;
        }
    }
}
