package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.Technique;

/** Issue 6: the short spans of word-level techniques (loaded language, name calling, repetition). */
class WordSpansTest {

    private static final TextTokens TOKENS = TextTokens.of(
            "The vile, murderous thugs shelled the town. Brutal butchers fled.", WordClusters.NONE);

    private static int index(String word) {
        for (int i = 0; i < TOKENS.size(); i++) {
            if (TOKENS.token(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    private static double[] probabilities(String... likely) {
        double[] p = new double[TOKENS.size()];
        for (String word : likely) {
            p[index(word)] = 0.8;
        }
        return p;
    }

    private static String text(int[] run) {
        return TOKENS.text.substring(TOKENS.start[run[0]], TOKENS.end[run[1]]);
    }

    @Test
    void runsKeepInnerPunctuationDropItAtTheEndsAndStopAtASentenceEnd() {
        double[] p = probabilities("vile", ",", "murderous", "thugs", "town", ".", "Brutal", "butchers");
        List<int[]> runs = WordSpans.runs(TOKENS, p, 0, TOKENS.size() - 1, 0.5);
        assertEquals(List.of("vile, murderous thugs", "town", "Brutal butchers"), runs.stream().map(WordSpansTest::text)
                .toList());
    }

    @Test
    void runsStayInsideTheGivenTokensAndBelowTheThresholdThereAreNone() {
        double[] p = probabilities("vile", ",", "murderous", "thugs");
        assertEquals(List.of("murderous"), WordSpans.runs(TOKENS, p, index("murderous"), index("murderous"), 0.5)
                .stream().map(WordSpansTest::text).toList());
        assertTrue(WordSpans.runs(TOKENS, p, 0, TOKENS.size() - 1, 0.9).isEmpty());
    }

    @Test
    void thresholdsAreKeptPerTechniqueAndOneOrMoreTurnsAStepOff() {
        WordSpans off = WordSpans.off();
        assertTrue(off.isOff());
        WordSpans refined = off.withRefine(Technique.NAME_CALLING_LABELING, 0.3);
        assertFalse(refined.isOff());
        assertEquals(0.3, refined.refine(Technique.NAME_CALLING_LABELING));
        assertEquals(1, refined.refine(Technique.LOADED_LANGUAGE));
        assertEquals(1, refined.refine(Technique.DOUBT), "a technique the word tagger does not know is never refined");
        assertEquals(0.6, off.withSpot(Technique.REPETITION, 0.6).spot(Technique.REPETITION));
        assertEquals(refined, off.withRefine(Technique.NAME_CALLING_LABELING, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new WordSpans(new double[] {0, 1, 1}, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new WordSpans(new double[] {1, 1}, new double[] {1, 1}));
    }

    @Test
    void aTokenIsTaughtTheWordLevelTechniqueOfItsShortestSpanAndNothingFromLongerTechniques() {
        String text = TOKENS.text;
        int thugs = text.indexOf("murderous thugs");
        int sentence = text.indexOf("The vile");
        List<TechniqueTrainer.LabeledSpan> gold = List.of(
                new TechniqueTrainer.LabeledSpan(new org.newslens.core.model.CharSpan(sentence, text.indexOf(" shelled")),
                        Technique.LOADED_LANGUAGE),
                new TechniqueTrainer.LabeledSpan(new org.newslens.core.model.CharSpan(thugs, thugs + 15),
                        Technique.NAME_CALLING_LABELING),
                new TechniqueTrainer.LabeledSpan(new org.newslens.core.model.CharSpan(0, text.length()),
                        Technique.DOUBT));
        int[] label = TechniqueTrainer.wordLabels(TOKENS, gold);
        int loaded = 1 + WordSpans.TECHNIQUES.indexOf(Technique.LOADED_LANGUAGE);
        int naming = 1 + WordSpans.TECHNIQUES.indexOf(Technique.NAME_CALLING_LABELING);
        assertEquals(loaded, label[index("vile")]);
        assertEquals(naming, label[index("murderous")]);
        assertEquals(naming, label[index("thugs")]);
        assertEquals(0, label[index("shelled")], "inside the doubt span only");
        assertEquals(0, label[index("butchers")]);
    }
}
