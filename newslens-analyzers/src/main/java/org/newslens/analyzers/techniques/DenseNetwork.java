package org.newslens.analyzers.techniques;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A one-hidden-layer network (ReLU, softmax output) over real-valued inputs such as word vectors: it sees
 * word meaning in context, where the hashed-feature models only see word identities and groups. Trained by
 * AdaGrad on the weighted log loss; deterministic for a seed; immutable after training.
 */
final class DenseNetwork {

    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final float[] w1;
    private final float[] b1;
    private final float[] w2;
    private final float[] b2;

    private DenseNetwork(int inputs, int hidden, int outputs, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** Class probabilities. */
    double[] probabilities(float[] x) {
        return LinearModel.softmax(scores(x, new double[hidden]));
    }

    private double[] scores(float[] x, double[] activation) {
        for (int h = 0; h < hidden; h++) {
            activation[h] = Math.max(0, b1[h] + dot(w1, h * inputs, x));
        }
        double[] z = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            double sum = b2[k];
            int row = k * hidden;
            for (int h = 0; h < hidden; h++) {
                sum += w2[row + h] * activation[h];
            }
            z[k] = sum;
        }
        return z;
    }

    /**
     * {@code w[row..row+n) · x}. Four running sums instead of one: one sum is a chain of dependent
     * additions the JIT cannot reorder, and this product was an eighth of the pipeline's time (JFR).
     */
    private double dot(float[] w, int row, float[] x) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = inputs;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += w[row + j] * x[j];
            s1 += w[row + j + 1] * x[j + 1];
            s2 += w[row + j + 2] * x[j + 2];
            s3 += w[row + j + 3] * x[j + 3];
        }
        for (; j < n; j++) {
            s0 += w[row + j] * x[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** One training example: its inputs, its class, its weight in the loss. */
    record Example(float[] x, int label, float weight) {
    }

    static DenseNetwork untrained(int inputs, int outputs) {
        return new DenseNetwork(inputs, 1, outputs, new float[inputs], new float[1], new float[outputs], new float[outputs]);
    }

    static DenseNetwork train(List<Example> examples, int inputs, int hidden, int outputs, int epochs,
                              double learningRate, long seed) {
        Random random = new Random(seed);
        float[] w1 = gaussian(hidden * inputs, Math.sqrt(2.0 / inputs), random);
        float[] w2 = gaussian(outputs * hidden, Math.sqrt(1.0 / hidden), random);
        DenseNetwork net = new DenseNetwork(inputs, hidden, outputs, w1, new float[hidden], w2, new float[outputs]);
        float[] g1 = new float[w1.length];
        float[] gb1 = new float[hidden];
        float[] g2 = new float[w2.length];
        float[] gb2 = new float[outputs];
        List<Example> order = new ArrayList<>(examples);
        double[] activation = new double[hidden];
        double[] back = new double[hidden];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                double[] p = LinearModel.softmax(net.scores(e.x(), activation));
                java.util.Arrays.fill(back, 0);
                for (int k = 0; k < outputs; k++) {
                    double delta = (p[k] - (k == e.label() ? 1 : 0)) * e.weight();
                    gb2[k] += (float) (delta * delta);
                    net.b2[k] -= (float) (learningRate * delta / Math.sqrt(gb2[k] + 1e-8));
                    int row = k * hidden;
                    for (int h = 0; h < hidden; h++) {
                        if (activation[h] > 0) {
                            back[h] += delta * w2[row + h];
                            double grad = delta * activation[h];
                            g2[row + h] += (float) (grad * grad);
                            w2[row + h] -= (float) (learningRate * grad / Math.sqrt(g2[row + h] + 1e-8));
                        }
                    }
                }
                for (int h = 0; h < hidden; h++) {
                    if (activation[h] <= 0) {
                        continue;
                    }
                    gb1[h] += (float) (back[h] * back[h]);
                    net.b1[h] -= (float) (learningRate * back[h] / Math.sqrt(gb1[h] + 1e-8));
                    int row = h * inputs;
                    for (int j = 0; j < inputs; j++) {
                        float xj = e.x()[j];
                        if (xj != 0) {
                            double grad = back[h] * xj;
                            g1[row + j] += (float) (grad * grad);
                            w1[row + j] -= (float) (learningRate * grad / Math.sqrt(g1[row + j] + 1e-8));
                        }
                    }
                }
            }
        }
        return net;
    }

    private static float[] gaussian(int n, double scale, Random random) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (random.nextGaussian() * scale);
        }
        return w;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(inputs);
        out.writeInt(hidden);
        out.writeInt(outputs);
        for (float[] block : new float[][] {w1, b1, w2, b2}) {
            for (float v : block) {
                out.writeFloat(v);
            }
        }
    }

    static DenseNetwork read(DataInputStream in) throws IOException {
        int inputs = in.readInt();
        int hidden = in.readInt();
        int outputs = in.readInt();
        if (inputs <= 0 || inputs > 100_000 || hidden <= 0 || hidden > 4096 || outputs < 2 || outputs > 1000) {
            throw new IOException("bad network shape " + inputs + " x " + hidden + " x " + outputs);
        }
        float[][] blocks = {new float[inputs * hidden], new float[hidden], new float[outputs * hidden], new float[outputs]};
        for (float[] block : blocks) {
            for (int i = 0; i < block.length; i++) {
                block[i] = in.readFloat();
            }
        }
        return new DenseNetwork(inputs, hidden, outputs, blocks[0], blocks[1], blocks[2], blocks[3]);
    }
}
