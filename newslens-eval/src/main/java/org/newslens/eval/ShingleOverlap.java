package org.newslens.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares an extracted article body with the true body by overlapping word shingles (runs of
 * {@code n} consecutive words, lower-cased, punctuation dropped), counted as multisets. This is
 * how extraction benchmarks score trafilatura, boilerpipe and readability.
 */
public final class ShingleOverlap {

    private final int n;

    public ShingleOverlap(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingle size must be >= 1, was " + n);
        }
        this.n = n;
    }

    public Scores score(String extracted, String truth) {
        Map<String, Integer> predicted = shingles(extracted);
        Map<String, Integer> gold = shingles(truth);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return Scores.of(overlap, total(predicted), total(gold));
    }

    Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        int size = Math.min(n, words.size());
        for (int i = 0; i + size <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + size)), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
