package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds {@link WordClusters} by k-means (cosine, seeded, so the same every run) over the 50-dimensional
 * word embeddings that ship in the Stanford CoreNLP models jar for its neural coreference system
 * ({@link WordVectors}, about 100,000 words). Only training needs this; detection reads the groups from
 * the model file.
 */
final class WordClusterBuilder {

    private final int coarse;
    private final int fine;
    private final int iterations;
    private final long seed;

    WordClusterBuilder(int coarse, int fine, int iterations, long seed) {
        this.coarse = coarse;
        this.fine = fine;
        this.iterations = iterations;
        this.seed = seed;
    }

    WordClusters build(WordVectors wordVectors) {
        Map<String, float[]> vectors = wordVectors.all();
        List<String> words = new ArrayList<>(new java.util.TreeSet<>(vectors.keySet()));
        float[][] data = new float[words.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = vectors.get(words.get(i));
        }
        int[] coarseOf = kMeans(data, coarse, seed);
        int[] fineOf = kMeans(data, fine, seed + 1);
        Map<String, int[]> groups = new HashMap<>();
        for (int i = 0; i < data.length; i++) {
            groups.put(words.get(i), new int[] {coarseOf[i], fineOf[i]});
        }
        return new WordClusters(groups);
    }

    private int[] kMeans(float[][] data, int k, long seed) {
        int dim = data[0].length;
        Random random = new Random(seed);
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = data[random.nextInt(data.length)].clone();
        }
        int[] assignment = new int[data.length];
        for (int iteration = 0; iteration < iterations; iteration++) {
            float[][] centroidsNow = centroids;
            java.util.stream.IntStream.range(0, data.length).parallel()
                    .forEach(i -> assignment[i] = nearest(data[i], centroidsNow));
            float[][] sums = new float[k][dim];
            int[] counts = new int[k];
            for (int i = 0; i < data.length; i++) {
                counts[assignment[i]]++;
                for (int d = 0; d < dim; d++) {
                    sums[assignment[i]][d] += data[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                // An empty group restarts at a random word rather than vanishing.
                centroids[c] = counts[c] == 0 ? data[random.nextInt(data.length)].clone() : unit(sums[c]);
            }
        }
        return assignment;
    }

    private static int nearest(float[] v, float[][] centroids) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double dot = 0;
            float[] centroid = centroids[c];
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * centroid[d];
            }
            if (dot > bestScore) {
                bestScore = dot;
                best = c;
            }
        }
        return best;
    }

    private static float[] unit(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        float norm = (float) (Math.sqrt(s) + 1e-9);
        for (int d = 0; d < v.length; d++) {
            v[d] /= norm;
        }
        return v;
    }
}
