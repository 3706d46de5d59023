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
}
