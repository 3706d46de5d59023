package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 6: the units the technique model reads. */
class TextTokensTest {

    @Test
    void sentencesEndAtLineBreaksAndAtFullStopsBeforeACapital() {
        TextTokens t = TextTokens.of("A headline\n\nThe army moved. Rebels fled to Idlib, e.g. north.\n“They lie,” he said.",
                WordClusters.NONE);
        assertEquals(4, t.sentences());
        assertEquals("rebels", t.lower[t.sentenceFirst[2]]);
        assertEquals("“", t.token(t.sentenceFirst[3]));
    }

    @Test
    void tokensInsideQuoteMarksAreMarkedAndWordsAreCounted() {
        TextTokens t = TextTokens.of("The so-called “moderate” rebels, the moderate ones.", WordClusters.NONE);
        int moderate = 0;
        while (!t.token(moderate).equals("moderate")) {
            moderate++;
        }
        assertTrue(t.quoted[moderate]);
        assertFalse(t.quoted[moderate + 2]);
        assertEquals("so-called", t.token(1));
        assertEquals(2, t.count("moderate"));
    }

    @Test
    void aTextWithoutStopsIsCutIntoSentencesOfAtMost250Tokens() {
        // Found by `newslens bench-malformed`: 30,000 words without a stop made technique features quadratic.
        TextTokens t = TextTokens.of("and the army shelled the town ".repeat(1_000), WordClusters.NONE);
        assertEquals(6_000, t.size());
        assertEquals(24, t.sentences());
        for (int s = 0; s < t.sentences(); s++) {
            assertTrue(t.sentenceFirst[s + 1] - t.sentenceFirst[s] <= TextTokens.MAX_SENTENCE);
        }
    }
}
