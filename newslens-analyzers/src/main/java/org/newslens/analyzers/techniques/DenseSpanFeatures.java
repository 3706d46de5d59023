package org.newslens.analyzers.techniques;

import java.util.Locale;

/**
 * Real-valued inputs of the dense span classifier: the mean word vector of the span, its first and last
 * word's vectors, the mean vectors of three words on each side and of the sentence, and a few measures
 * (length, how often the phrase recurs, the share of the sentence it covers, quoting, headline, "!" and "?",
 * capitalised and unknown words). Stateless.
 */
final class DenseSpanFeatures {

    private static final int CONTEXT = 3;
    static final int MEASURES = 10;

    private DenseSpanFeatures() {
    }

    static int size(int dimensions) {
        return 6 * dimensions + MEASURES;
    }

    static float[] of(TextTokens t, int start, int end, WordVectors vectors, float[][] sentenceMeans) {
        int dims = vectors.dimensions();
        float[] x = new float[size(dims)];
        int[] range = SpanFeatures.tokenRange(t, start, end);
        if (range == null) {
            return x;
        }
        int first = range[0];
        int last = range[1];
        int unknown = mean(t, vectors, first, last, x, 0);
        copy(vectors.of(t.lower[first]), x, dims);
        copy(vectors.of(t.lower[last]), x, 2 * dims);
        int s = t.sentence[first];
        mean(t, vectors, Math.max(t.sentenceFirst[s], first - CONTEXT), first - 1, x, 3 * dims);
        mean(t, vectors, last + 1, Math.min(t.sentenceFirst[s + 1] - 1, last + CONTEXT), x, 4 * dims);
        System.arraycopy(sentenceMeans[s], 0, x, 5 * dims, dims);
        measures(t, start, end, first, last, x, 6 * dims, unknown);
        return x;
    }

    /** Writes the {@code MEASURES} span measures at {@code at}. */
    static void measures(TextTokens t, int start, int end, int first, int last, float[] x, int at, int unknown) {
        int s = t.sentence[first];
        int tokens = last - first + 1;
        int capitalised = 0;
        boolean exclamation = false;
        boolean question = false;
        for (int i = first; i <= last; i++) {
            capitalised += Character.isUpperCase(t.text.charAt(t.start[i])) ? 1 : 0;
            exclamation |= t.lower[i].equals("!");
            question |= t.lower[i].equals("?");
        }
        x[at++] = (float) (Math.log1p(tokens) / 4);
        x[at++] = (float) (Math.log1p(end - start) / 6);
        x[at++] = Math.min(5, recurrences(t, start, end)) / 5f;
        int sentenceLength = t.sentenceFirst[s + 1] - t.sentenceFirst[s];
        x[at++] = Math.min(1f, tokens / (float) sentenceLength);
        x[at++] = t.quoted[first] ? 1 : 0;
        x[at++] = s == t.titleSentence ? 1 : 0;
        x[at++] = exclamation ? 1 : 0;
        x[at++] = question ? 1 : 0;
        x[at++] = capitalised / (float) tokens;
        x[at] = unknown / (float) tokens;
    }

    /** Writes the mean vector of the known words in [from, to] at {@code offset}; returns how many were unknown. */
    private static int mean(TextTokens t, WordVectors vectors, int from, int to, float[] x, int offset) {
        int known = 0;
        int unknown = 0;
        for (int i = from; i <= to; i++) {
            float[] v = vectors.of(t.lower[i]);
            if (v == null) {
                unknown++;
                continue;
            }
            known++;
            for (int d = 0; d < v.length; d++) {
                x[offset + d] += v[d];
            }
        }
        for (int d = 0; known > 1 && d < vectors.dimensions(); d++) {
            x[offset + d] /= known;
        }
        return unknown;
    }

    private static void copy(float[] v, float[] x, int offset) {
        if (v != null) {
            System.arraycopy(v, 0, x, offset, v.length);
        }
    }

    private static int recurrences(TextTokens t, int start, int end) {
        String needle = t.text.substring(start, end).toLowerCase(Locale.ROOT);
        if (needle.isBlank()) {
            return 0;
        }
        int count = -1;
        for (int at = t.lowerText.indexOf(needle); at >= 0; at = t.lowerText.indexOf(needle, at + needle.length())) {
            count++;
        }
        return Math.max(0, count);
    }
}
