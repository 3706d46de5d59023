package org.newslens.analyzers.techniques;

/**
 * Real-valued inputs of the networks over the contextual encoder: for a token, its vector and its neighbours'
 * in the sentence (zero, with a flag, at the sentence's edges) and four flags (headline, quoted, capitalised, a
 * word at all); for a span, the mean of its tokens'
 * vectors, its first and last token's, its sentence's mean and the span measures of {@link DenseSpanFeatures}.
 * Stateless.
 */
final class ContextualFeatures {

    private static final int FLAGS = 4;

    private ContextualFeatures() {
    }

    static int tokenSize(int dimensions) {
        return 3 * (dimensions + 1) + FLAGS;
    }

    static int spanSize(int dimensions) {
        return 4 * dimensions + DenseSpanFeatures.MEASURES;
    }

    static float[] token(TextTokens t, int i, TokenContext context) {
        int dims = context.dimensions();
        float[] x = new float[tokenSize(dims)];
        int at = 0;
        for (int k = i - 1; k <= i + 1; k++) {
            if (k >= 0 && k < t.size() && t.sentence[k] == t.sentence[i]) {
                System.arraycopy(context.of(k), 0, x, at, dims);
            } else {
                x[at + dims] = 1;
            }
            at += dims + 1;
        }
        x[at++] = t.sentence[i] == t.titleSentence ? 1 : 0;
        x[at++] = t.quoted[i] ? 1 : 0;
        x[at++] = Character.isUpperCase(t.text.charAt(t.start[i])) ? 1 : 0;
        x[at] = t.isWord(i) ? 1 : 0;
        return x;
    }

    static float[] span(TextTokens t, int start, int end, TokenContext context) {
        int dims = context.dimensions();
        float[] x = new float[spanSize(dims)];
        int[] range = SpanFeatures.tokenRange(t, start, end);
        if (range == null) {
            return x;
        }
        int first = range[0];
        int last = range[1];
        for (int i = first; i <= last; i++) {
            float[] v = context.of(i);
            for (int d = 0; d < dims; d++) {
                x[d] += v[d] / (last - first + 1);
            }
        }
        System.arraycopy(context.of(first), 0, x, dims, dims);
        System.arraycopy(context.of(last), 0, x, 2 * dims, dims);
        System.arraycopy(context.sentenceMean(t.sentence[first]), 0, x, 3 * dims, dims);
        DenseSpanFeatures.measures(t, start, end, first, last, x, 4 * dims, 0);
        return x;
    }
}
