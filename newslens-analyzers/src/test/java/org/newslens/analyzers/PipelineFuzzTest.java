package org.newslens.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Pipeline;

/**
 * Fuzzes the whole analysis with hostile text: every layer is computed and every annotation lies
 * inside the text, whatever the characters (control, bidi, surrogates, quote runs). Regression
 * inputs in src/test/resources/org/newslens/analyzers/PipelineFuzzTestInputs/.
 */
class PipelineFuzzTest {

    private static Pipeline pipeline;

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.create(new ModelStore());
        }
        return pipeline;
    }

    @FuzzTest(maxDuration = "30s")
    void anyTextIsAnalysedWithEveryAnnotationInsideIt(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Analysis analysis = pipeline().analyze(Article.ofText("fuzz", text));
        assertEquals(text, analysis.article().text());
        assertEquals(pipeline().analyzers().size(), analysis.layers().size(), "every layer computed");
        String json = new org.newslens.core.json.AnalysisJson().write(analysis);
        assertTrue(json.startsWith("{"));
        analysis.layers().values().forEach(value -> {
            if (value instanceof java.util.List<?> list) {
                for (Object item : list) {
                    if (item instanceof org.newslens.core.model.Spanned spanned) {
                        assertTrue(spanned.span().end() <= text.length(), "span " + spanned.span() + " inside the text");
                    }
                }
            }
        });
    }
}
