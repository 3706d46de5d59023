package org.newslens.analyzers.techniques;

/**
 * How token probabilities become spans. A token's probability mixes the hashed-feature tagger's and the
 * word-vector network's, the latter with weight {@code denseWeight}; in a sentence where that mix reaches
 * {@code encodeFrom} somewhere, the contextual encoder reads the sentence and its network's probability is mixed
 * in with weight {@code contextualWeight} (the encoder costs most, so sentences without a likely span are spared
 * it). A span starts at a token whose inside-probability reaches {@code start}, grows over neighbours in its
 * sentence that reach {@code extend}, swallows gaps of up to {@code maxGap} tokens between two such runs, and is
 * kept when its mean probability reaches {@code minMean}. Its technique probabilities mix the hashed-feature
 * classifier's, the word-vector classifier's (weight {@code denseClassifierWeight}) and then the contextual
 * classifier's (weight {@code contextualClassifierWeight}). It also gets its second most likely technique when
 * that one's probability is at least {@code secondLabelRatio} times the best one's (above 1: never). Chosen by
 * cross-validation when training. {@code words} then reshapes the spans of the techniques annotators mark on a word
 * or two ({@link WordSpans}).
 */
public record Decoding(double denseWeight, double start, double extend, int maxGap, double minMean,
                       double denseClassifierWeight, double secondLabelRatio, double encodeFrom,
                       double contextualWeight, double contextualClassifierWeight, WordSpans words) {

    public Decoding {
        java.util.Objects.requireNonNull(words, "words");
        if (!unit(denseWeight) || !unit(denseClassifierWeight) || !unit(contextualWeight)
                || !unit(contextualClassifierWeight) || !unit(encodeFrom) || extend > start || start <= 0
                || start >= 1 || maxGap < 0 || minMean < 0 || secondLabelRatio <= 0) {
            throw new IllegalArgumentException("Bad decoding settings " + this + ": need weights and encodeFrom in"
                    + " [0, 1], 0 < extend <= start < 1, maxGap >= 0, minMean >= 0, secondLabelRatio > 0");
        }
    }

    private static boolean unit(double x) {
        return x >= 0 && x <= 1;
    }

    public Decoding withSecondLabelRatio(double ratio) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, denseClassifierWeight, ratio, encodeFrom,
                contextualWeight, contextualClassifierWeight, words);
    }

    public Decoding withClassifierWeights(double dense, double contextual) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, dense, secondLabelRatio, encodeFrom,
                contextualWeight, contextual, words);
    }

    public Decoding withSpans(double denseWeight, double contextualWeight, double encodeFrom, double start,
                              double extend, int maxGap, double minMean) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, denseClassifierWeight, secondLabelRatio,
                encodeFrom, contextualWeight, contextualClassifierWeight, words);
    }

    public Decoding withWords(WordSpans chosen) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, denseClassifierWeight, secondLabelRatio,
                encodeFrom, contextualWeight, contextualClassifierWeight, chosen);
    }
}
