package org.newslens.analyzers.techniques;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A multinomial logistic-regression model over hashed binary features: one weight per class and bucket.
 * Immutable after training, so one instance serves any number of threads.
 */
public final class LinearModel {

    private final List<String> classes;
    private final int buckets;
    private final float[] weights;

    LinearModel(List<String> classes, int buckets, float[] weights) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("A model needs two or more classes, got " + classes);
        }
        if (weights.length != classes.size() * buckets) {
            throw new IllegalArgumentException("Expected " + classes.size() * buckets + " weights, got " + weights.length);
        }
        this.classes = List.copyOf(classes);
        this.buckets = buckets;
        this.weights = weights;
    }

    public List<String> classes() {
        return classes;
    }

    public int buckets() {
        return buckets;
    }

    double weight(int cls, int bucket) {
        return weights[cls * buckets + bucket];
    }

    /** Class probabilities for an example with these active feature buckets. */
    public double[] probabilities(int[] features) {
        double[] scores = new double[classes.size()];
        for (int k = 0; k < scores.length; k++) {
            int offset = k * buckets;
            double sum = 0;
            for (int j : features) {
                sum += weights[offset + j];
            }
            scores[k] = sum;
        }
        return softmax(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        double[] p = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            total += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= total;
        }
        return p;
    }

    /** Writes the classes, the bucket count and the non-zero weights (most are zero: the file stays small). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String c : classes) {
            out.writeUTF(c);
        }
        out.writeInt(buckets);
        int nonZero = 0;
        for (float w : weights) {
            if (w != 0f) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                out.writeInt(i);
                out.writeFloat(weights[i]);
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        int k = in.readInt();
        if (k < 2 || k > 1000) {
            throw new IOException("bad class count " + k);
        }
        String[] classes = new String[k];
        for (int i = 0; i < k; i++) {
            classes[i] = in.readUTF();
        }
        int buckets = in.readInt();
        if (Integer.bitCount(buckets) != 1 || buckets > (1 << 24)) {
            throw new IOException("bad bucket count " + buckets);
        }
        float[] weights = new float[k * buckets];
        int nonZero = in.readInt();
        if (nonZero < 0 || nonZero > weights.length) {
            throw new IOException("bad weight count " + nonZero);
        }
        for (int i = 0; i < nonZero; i++) {
            int index = in.readInt();
            if (index < 0 || index >= weights.length) {
                throw new IOException("weight index " + index + " out of range");
            }
            weights[index] = in.readFloat();
        }
        return new LinearModel(List.of(classes), buckets, weights);
    }
}
