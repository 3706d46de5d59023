package org.newslens.analyzers.techniques;

/**
 * Second-pass tagger features: the first pass's inside-probabilities around a token and over its sentence,
 * so that the second pass can join likely neighbours into spans and drop isolated guesses. Stateless.
 */
final class ContextFeatures {

    private static final int WINDOW = 3;

    private ContextFeatures() {
    }

    static FeatureSet of(TextTokens t, int i, double[] firstPass, int buckets) {
        FeatureSet f = TokenFeatures.of(t, i, buckets);
        f.add("p0=", level(firstPass[i]));
        for (int d = 1; d <= WINDOW; d++) {
            f.add("p-" + d + "=", i - d >= 0 && t.sentence[i - d] == t.sentence[i] ? level(firstPass[i - d]) : "none");
            f.add("p+" + d + "=", i + d < t.size() && t.sentence[i + d] == t.sentence[i] ? level(firstPass[i + d]) : "none");
        }
        int s = t.sentence[i];
        double max = 0;
        double sum = 0;
        for (int k = t.sentenceFirst[s]; k < t.sentenceFirst[s + 1]; k++) {
            max = Math.max(max, firstPass[k]);
            sum += firstPass[k];
        }
        f.add("smax=", level(max));
        f.add("smean=", level(sum / (t.sentenceFirst[s + 1] - t.sentenceFirst[s])));
        f.add("p0|smax=", level(firstPass[i]) + "|" + level(max));
        return f;
    }

    /** Probabilities in tenths, so that a linear model can learn a non-linear response to them. */
    private static String level(double p) {
        return Integer.toString((int) Math.min(9, Math.floor(p * 10)));
    }
}
