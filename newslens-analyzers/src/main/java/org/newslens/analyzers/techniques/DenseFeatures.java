package org.newslens.analyzers.techniques;

/**
 * Real-valued inputs of the {@link DenseTagger} for one token: the word vectors of the token and two
 * neighbours on each side (zero outside the sentence or for unknown words, with a flag), the mean vector of
 * its sentence's content words, and a few flags (headline, quoted, capitalised, a word at all). Stateless.
 */
final class DenseFeatures {

    private static final int WINDOW = 2;
    private static final int FLAGS = 4;

    private DenseFeatures() {
    }

    static int size(int dimensions) {
        return (2 * WINDOW + 1) * (dimensions + 1) + dimensions + FLAGS;
    }

    /** The mean vector of each sentence's known content words. */
    static float[][] sentenceMeans(TextTokens t, WordVectors vectors) {
        float[][] means = new float[t.sentences()][vectors.dimensions()];
        for (int s = 0; s < t.sentences(); s++) {
            int n = 0;
            for (int k = t.sentenceFirst[s]; k < t.sentenceFirst[s + 1]; k++) {
                float[] v = Words.isContentWord(t.lower[k]) ? vectors.of(t.lower[k]) : null;
                if (v != null) {
                    n++;
                    for (int d = 0; d < v.length; d++) {
                        means[s][d] += v[d];
                    }
                }
            }
            for (int d = 0; n > 0 && d < means[s].length; d++) {
                means[s][d] /= n;
            }
        }
        return means;
    }

    static float[] of(TextTokens t, int i, WordVectors vectors, float[][] sentenceMeans) {
        int dims = vectors.dimensions();
        float[] x = new float[size(dims)];
        int at = 0;
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int k = i + d;
            float[] v = k >= 0 && k < t.size() && t.sentence[k] == t.sentence[i] ? vectors.of(t.lower[k]) : null;
            if (v != null) {
                System.arraycopy(v, 0, x, at, dims);
            } else {
                x[at + dims] = 1;
            }
            at += dims + 1;
        }
        System.arraycopy(sentenceMeans[t.sentence[i]], 0, x, at, dims);
        at += dims;
        x[at++] = t.sentence[i] == t.titleSentence ? 1 : 0;
        x[at++] = t.quoted[i] ? 1 : 0;
        x[at++] = Character.isUpperCase(t.text.charAt(t.start[i])) ? 1 : 0;
        x[at] = t.isWord(i) ? 1 : 0;
        return x;
    }
}
