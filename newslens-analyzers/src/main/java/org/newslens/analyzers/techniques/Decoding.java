package org.newslens.analyzers.techniques;

/**
 * How token probabilities become spans. A span starts at a token whose inside-probability reaches
 * {@code start}, grows over neighbours in its sentence that reach {@code extend}, swallows gaps of up to
 * {@code maxGap} tokens between two such runs, and is kept when its mean probability reaches {@code minMean}.
 * It also gets its second most likely technique when that one's probability is at least
 * {@code secondLabelRatio} times the best one's (above 1: never). Chosen by cross-validation when training.
 */
public record Decoding(double start, double extend, int maxGap, double minMean, double secondLabelRatio) {

    public Decoding {
        if (extend > start || start <= 0 || start >= 1 || maxGap < 0 || minMean < 0 || secondLabelRatio <= 0) {
            throw new IllegalArgumentException("Bad decoding settings " + this + ": need 0 < extend <= start < 1,"
                    + " maxGap >= 0, minMean >= 0, secondLabelRatio > 0");
        }
    }

    public Decoding withSecondLabelRatio(double ratio) {
        return new Decoding(start, extend, maxGap, minMean, ratio);
    }
}
