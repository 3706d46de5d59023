package org.newslens.eval.ptc;

/**
 * Precision, recall and F1 where each predicted span earns the share of it that gold spans cover, and each
 * gold span the share of it that predictions cover (SemEval-2020 Task 11's partial-overlap definition).
 *
 * @param precisionSum the summed covered shares of the predictions
 * @param recallSum    the summed covered shares of the gold spans
 */
public record OverlapScores(double precisionSum, int predicted, double recallSum, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    OverlapScores plus(OverlapScores o) {
        return new OverlapScores(precisionSum + o.precisionSum, predicted + o.predicted, recallSum + o.recallSum,
                gold + o.gold);
    }

    static OverlapScores none() {
        return new OverlapScores(0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return String.format("P=%.4f R=%.4f F1=%.4f (%d predicted, %d gold)", precision(), recall(), f1(), predicted,
                gold);
    }
}
