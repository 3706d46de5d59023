package org.newslens.analyzers.techniques;

/**
 * How token probabilities become spans. A token's probability mixes the hashed-feature tagger's and the
 * network's, the latter with weight {@code denseWeight}. A span starts at a token whose inside-probability reaches
 * {@code start}, grows over neighbours in its sentence that reach {@code extend}, swallows gaps of up to
 * {@code maxGap} tokens between two such runs, and is kept when its mean probability reaches {@code minMean}.
 * Its technique probabilities mix the hashed-feature classifier's and the dense classifier's, the latter with
 * weight {@code denseClassifierWeight}. It also gets its second most likely technique when that one's probability is at least
 * {@code secondLabelRatio} times the best one's (above 1: never). Chosen by cross-validation when training.
 */
public record Decoding(double denseWeight, double start, double extend, int maxGap, double minMean,
                       double denseClassifierWeight, double secondLabelRatio) {

    public Decoding {
        if (denseWeight < 0 || denseWeight > 1 || denseClassifierWeight < 0 || denseClassifierWeight > 1 || extend > start || start <= 0 || start >= 1 || maxGap < 0 || minMean < 0 || secondLabelRatio <= 0) {
            throw new IllegalArgumentException("Bad decoding settings " + this + ": need 0 <= denseWeight <= 1, 0 < extend <= start < 1,"
                    + " maxGap >= 0, minMean >= 0, secondLabelRatio > 0");
        }
    }

    public Decoding withSecondLabelRatio(double ratio) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, denseClassifierWeight, ratio);
    }

    public Decoding withDenseClassifierWeight(double weight) {
        return new Decoding(denseWeight, start, extend, maxGap, minMean, weight, secondLabelRatio);
    }
}
