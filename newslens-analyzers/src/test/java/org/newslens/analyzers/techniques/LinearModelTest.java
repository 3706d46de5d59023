package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 6, item 2: the model heads learn what the features say and survive a round trip to disk. */
class LinearModelTest {

    private static final int BUCKETS = 1 << 10;

    /** Three classes, each signalled by its own cue feature among noise features. */
    private static List<LinearModelTrainer.Example> examples(int n, long seed) {
        Random random = new Random(seed);
        List<LinearModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = random.nextInt(3);
            FeatureSet f = new FeatureSet(BUCKETS);
            f.add("bias");
            f.add("cue=", Integer.toString(label));
            f.add("noise=", Integer.toString(random.nextInt(50)));
            out.add(new LinearModelTrainer.Example(f.indices(), label, 1.0));
        }
        return out;
    }

    @Test
    void learnsCuesAndPredictsHeldOutExamples() {
        LinearModel model = new LinearModelTrainer(5, 0.1, 1e-6, 1).train(List.of("a", "b", "c"), BUCKETS,
                examples(600, 1));
        int correct = 0;
        List<LinearModelTrainer.Example> test = examples(200, 2);
        for (LinearModelTrainer.Example e : test) {
            double[] p = model.probabilities(e.features());
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            correct += best == e.label() ? 1 : 0;
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        }
        assertTrue(correct >= 195, correct + " of 200");
    }

    @Test
    void writtenAndReadBackPredictsTheSame() throws Exception {
        LinearModel model = new LinearModelTrainer(2, 0.1, 1e-6, 1).train(List.of("x", "y"), BUCKETS,
                examples(100, 3).stream().map(e -> new LinearModelTrainer.Example(e.features(), e.label() % 2, 1))
                        .toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        LinearModel read = LinearModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(model.classes(), read.classes());
        int[] features = examples(1, 4).get(0).features();
        assertArrayEquals(model.probabilities(features), read.probabilities(features), 1e-12);
    }

    @Test
    void theSameSeedTrainsTheSameModel() {
        var data = examples(300, 5);
        LinearModel a = new LinearModelTrainer(3, 0.1, 1e-6, 9).train(List.of("a", "b", "c"), BUCKETS, data);
        LinearModel b = new LinearModelTrainer(3, 0.1, 1e-6, 9).train(List.of("a", "b", "c"), BUCKETS, data);
        assertArrayEquals(a.probabilities(data.get(0).features()), b.probabilities(data.get(0).features()), 0);
    }
}
