package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The contextual encoder's vectors: per token, read in context, only for the sentences asked about. */
class TokenContextTest {

    private static final ContextualEncoder ENCODER = ContextualEncoder.shared();

    private static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int d = 0; d < a.length; d++) {
            ab += a[d] * b[d];
            aa += a[d] * a[d];
            bb += b[d] * b[d];
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void encodesOnlyTheSentencesAskedForAndReadsWordsInContext() {
        String text = "The army opened fire on the convoy.\nThe weather was mild.\nHe was fired from his job.\n";
        TextTokens tokens = TextTokens.of(text, WordClusters.NONE);
        TokenContext context = new TokenContext(tokens, ENCODER);
        context.encode(new int[] {0});
        assertTrue(context.isEncoded(0));
        assertFalse(context.isEncoded(1));
        assertFalse(context.isEncoded(2));
        int fire = indexOf(tokens, "fire");
        int fired = indexOf(tokens, "fired");
        int army = indexOf(tokens, "army");
        float[] v = context.of(fire);
        assertEquals(384, v.length);
        assertTrue(context.isEncoded(0) && !context.isEncoded(1) && context.of(fired) != null && context.isEncoded(2));
        // The same sentence alone gives the same vectors: windows are sentences, not the whole text.
        TokenContext alone = new TokenContext(TextTokens.of("The army opened fire on the convoy.\n", WordClusters.NONE), ENCODER);
        assertTrue(cosine(v, alone.of(fire)) > 0.999);
        assertTrue(cosine(v, context.of(army)) < 0.99);
    }

    @Test
    void readsASentenceLongerThanTheWindowInParts() {
        String text = "word ".repeat(240) + "end.";
        TextTokens tokens = TextTokens.of(text, WordClusters.NONE);
        TokenContext context = new TokenContext(tokens, ENCODER);
        for (int i = 0; i < tokens.size(); i++) {
            assertNotNull(context.of(i));
            assertTrue(cosine(context.of(i), context.of(i)) > 0.99);
        }
        assertEquals(384, context.sentenceMean(0).length);
    }

    private static int indexOf(TextTokens tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.lower[i].equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
