package org.newslens.eval;

/** Precision, recall and F1 from counts of true positives, predictions and gold items. */
public record Scores(double precision, double recall, double f1, int truePositives, int predicted, int gold) {

    public static Scores of(int truePositives, int predicted, int gold) {
        double p = predicted == 0 ? (gold == 0 ? 1 : 0) : truePositives / (double) predicted;
        double r = gold == 0 ? 1 : truePositives / (double) gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Scores(p, r, f, truePositives, predicted, gold);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
    }
}
