package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.TechniqueSpan;

/** Issue 6, item 1: the bundled model on text written for this test. */
class TechniqueDetectorTest {

    private static final TechniqueDetector DETECTOR = new TechniqueDetector(TechniqueModel.bundled());

    private static final String PAMPHLET = "Bloodthirsty terrorists are destroying our great nation\n\n"
            + "These bloodthirsty terrorists and their evil puppet masters will stop at nothing to destroy everything"
            + " we love!\n"
            + "Every true patriot knows that the corrupt elites in Washington are lying to you about the invasion.\n"
            + "The report was published on Tuesday and runs to forty pages.\n";

    @Test
    void findsLoadedWordsWithAReasonAndIsLessSureOfAPlainSentence() {
        List<TechniqueSpan> spans = DETECTOR.detect(PAMPHLET);
        assertFalse(spans.isEmpty());
        int terrorists = PAMPHLET.indexOf("bloodthirsty terrorists");
        assertTrue(spans.stream().anyMatch(s -> s.span().overlaps(new CharSpan(terrorists, terrorists + 23))), spans.toString());
        int plain = PAMPHLET.indexOf("The report was");
        double loaded = spans.stream().filter(s -> s.span().start() < plain).mapToDouble(TechniqueSpan::confidence)
                .max().orElse(0);
        double flat = spans.stream().filter(s -> s.span().start() >= plain).mapToDouble(TechniqueSpan::confidence)
                .max().orElse(0);
        assertTrue(loaded > flat, spans.toString());
        for (TechniqueSpan s : spans) {
            assertTrue(s.reason().startsWith(s.technique().displayName()), s.reason());
            assertTrue(s.confidence() > 0 && s.confidence() <= 1);
            String text = s.span().of(PAMPHLET);
            assertFalse(text.isBlank() || text.endsWith(".") || text.endsWith(",") || text.startsWith(" "), text);
        }
    }

    @Test
    void loadedWordsAndLabelsAreMarkedOnTheWordsNotOnTheirClause() {
        List<TechniqueSpan> spans = DETECTOR.detect(PAMPHLET);
        int from = PAMPHLET.indexOf("These bloodthirsty");
        int to = PAMPHLET.indexOf('\n', from);
        List<TechniqueSpan> wordLevel = spans.stream().filter(s -> WordSpans.TECHNIQUES.contains(s.technique())
                && s.span().start() >= from && s.span().end() <= to).toList();
        assertFalse(wordLevel.isEmpty(), spans.toString());
        for (TechniqueSpan s : wordLevel) {
            assertTrue(s.span().of(PAMPHLET).split("\\s+").length <= 3, s.span().of(PAMPHLET));
        }
    }

    @Test
    void survivesTextWithNoWordsOrOnlyMarks() {
        assertTrue(DETECTOR.detect("").isEmpty());
        assertTrue(DETECTOR.detect("\"\"\"“”“”!!!???\n\n\u200B\u202E").isEmpty());
        DETECTOR.detect("word ".repeat(20_000));
    }
}
