package org.newslens.analyzers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Quote;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/**
 * Issue 4 on messy input: random mixes of words, quote marks of every kind, apostrophes, colons,
 * dashes, no-break spaces and line breaks never make the quote and claim analyzers fail, and every
 * span they return lies on the text. Seeded, so a failure reproduces.
 */
class SourcesRobustnessTest {

    private static final Pipeline PIPELINE = StandardPipeline.create(new ModelStore());
    private static final String[] PIECES = {"“", "”", "\"", "‘", "’", "'", "«", "»", "„", ":", ",", ".", "?", "!", " — ",
        "\n", "\n\n", "\u00a0", " said", " Ali Hassan", " the envoy", " he", " according to", " Reuters", " reportedly",
        " quoted", " as saying", " told reporters", " (", ")", " we", " I think", " 12", " on Monday", " the group",
        " word", " rebels", " can’t", " 'em", " 5'11\"", "…", " who", " which", " and said"};

    @Test
    void randomTextsNeverBreakTheSourcesAnalyzers() {
        Random random = new Random(20261122);
        // 400 covers text 269 of this seeded sequence, which found a null cue in ClaimAttribution (fixed).
        // More: mvn -pl newslens-analyzers test -Dtest=SourcesRobustnessTest -Dnewslens.fuzz.iterations=N
        int iterations = Integer.getInteger("newslens.fuzz.iterations", 400);
        for (int n = 0; n < iterations; n++) {
            StringBuilder text = new StringBuilder("Headline\n\n");
            int length = 20 + random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            Analysis a = PIPELINE.analyze(Article.ofText("r" + n, t));
            for (Quote q : a.get(Layers.QUOTES)) {
                assertTrue(q.end() <= t.length() && q.start() < q.end(), "quote span " + q.span() + " in text " + n);
                assertTrue(q.cue() == null || q.cue().end() <= t.length(), "cue " + q.cue() + " in text " + n);
            }
            for (Claim c : a.get(Layers.CLAIMS)) {
                assertTrue(c.end() <= t.length() && c.checkWorthiness() >= 0 && c.checkWorthiness() <= 1,
                        "claim " + c.span() + " in text " + n);
            }
            assertTrue(a.get(Layers.SOURCING).claims() == a.get(Layers.CLAIMS).size());
            if (n % 10 == 0) {
                var json = new org.newslens.core.json.AnalysisJson();
                org.junit.jupiter.api.Assertions.assertEquals(a, json.read(json.write(a)), "JSON round trip of text " + n);
            }
        }
    }

    @Test
    void emptyAndMarkOnlyArticlesGiveEmptyLayers() {
        for (String t : List.of("", "\n\n", "“", "”“”“", "''''", "Title\n\n:")) {
            Analysis a = PIPELINE.analyze(Article.ofText("e", t));
            assertTrue(a.get(Layers.CLAIMS).isEmpty(), "no claims in " + t);
        }
    }
}
