package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent on the log loss with AdaGrad step sizes and an
 * L2 penalty applied to the weights an example touches. Deterministic for a given seed. Not thread-safe.
 *
 * @param epochs       passes over the examples
 * @param learningRate AdaGrad's base step
 * @param l2           weight decay per update
 * @param seed         shuffling seed
 */
record LinearModelTrainer(int epochs, double learningRate, double l2, long seed) {

    /** One training example: its active feature buckets, its class index and its weight in the loss. */
    record Example(int[] features, int label, double weight) {
    }

    LinearModel train(List<String> classes, int buckets, List<Example> examples) {
        int k = classes.size();
        float[] weights = new float[k * buckets];
        float[] squaredGradients = new float[k * buckets];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        LinearModel view = new LinearModel(classes, buckets, weights);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                if (e.label() < 0 || e.label() >= k) {
                    throw new IllegalArgumentException("Label " + e.label() + " outside the " + k + " classes");
                }
                double[] p = view.probabilities(e.features());
                for (int c = 0; c < k; c++) {
                    double g = (p[c] - (c == e.label() ? 1 : 0)) * e.weight();
                    int offset = c * buckets;
                    for (int j : e.features()) {
                        int w = offset + j;
                        double grad = g + l2 * weights[w];
                        squaredGradients[w] += (float) (grad * grad);
                        weights[w] -= (float) (learningRate * grad / Math.sqrt(squaredGradients[w] + 1e-8));
                    }
                }
            }
        }
        return view;
    }
}
