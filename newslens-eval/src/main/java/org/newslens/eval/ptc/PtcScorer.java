package org.newslens.eval.ptc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newslens.core.model.Technique;

/**
 * The SemEval-2020 Task 11 measures, on code-point spans:
 * <ul>
 *   <li>SI: spans of any technique, overlapping ones merged, scored by partial overlap;</li>
 *   <li>TC: one technique per given gold span, micro-F1 (repeated spans compared as multisets);</li>
 *   <li>span+technique: SI's partial overlap counted within each technique, micro-averaged.</li>
 * </ul>
 * Stateless.
 */
public final class PtcScorer {

    private PtcScorer() {
    }

    /** SI over the articles in {@code gold}; predictions for other articles are ignored. */
    public static OverlapScores spanIdentification(Map<String, List<PtcSpan>> predicted, Map<String, List<PtcSpan>> gold) {
        OverlapScores total = OverlapScores.none();
        for (Map.Entry<String, List<PtcSpan>> article : gold.entrySet()) {
            total = total.plus(overlap(merged(predicted.getOrDefault(article.getKey(), List.of())),
                    merged(article.getValue())));
        }
        return total;
    }

    /** Span+technique scores per technique; the micro-average is their sum. */
    public static Map<Technique, OverlapScores> spanAndTechnique(Map<String, List<PtcSpan>> predicted,
                                                                 Map<String, List<PtcSpan>> gold) {
        Map<Technique, OverlapScores> byTechnique = new EnumMap<>(Technique.class);
        for (Technique technique : Technique.values()) {
            OverlapScores total = OverlapScores.none();
            for (Map.Entry<String, List<PtcSpan>> article : gold.entrySet()) {
                total = total.plus(overlap(
                        merged(only(predicted.getOrDefault(article.getKey(), List.of()), technique)),
                        merged(only(article.getValue(), technique))));
            }
            byTechnique.put(technique, total);
        }
        return byTechnique;
    }

    public static OverlapScores micro(Map<Technique, OverlapScores> byTechnique) {
        return byTechnique.values().stream().reduce(OverlapScores.none(), OverlapScores::plus);
    }

    /** TC counts: per technique, how many gold spans carry it, how many predictions name it, how many agree. */
    public record TcCounts(Map<Technique, int[]> byTechnique, int correct, int predicted, int gold) {

        public double microF1() {
            double p = predicted == 0 ? 0 : correct / (double) predicted;
            double r = gold == 0 ? 0 : correct / (double) gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static TcCounts classification(List<PtcSpan> predicted, List<PtcSpan> gold) {
        Map<String, List<Technique>> goldBySpan = bySpan(gold);
        Map<String, List<Technique>> predictedBySpan = bySpan(predicted);
        Map<Technique, int[]> counts = new EnumMap<>(Technique.class);
        for (Technique t : Technique.values()) {
            counts.put(t, new int[3]); // correct, predicted, gold
        }
        gold.forEach(s -> counts.get(s.technique())[2]++);
        predicted.stream().filter(s -> s.technique() != null).forEach(s -> counts.get(s.technique())[1]++);
        int correct = 0;
        for (Map.Entry<String, List<Technique>> span : goldBySpan.entrySet()) {
            List<Technique> left = new ArrayList<>(predictedBySpan.getOrDefault(span.getKey(), List.of()));
            for (Technique t : span.getValue()) {
                if (left.remove(t)) {
                    correct++;
                    counts.get(t)[0]++;
                }
            }
        }
        return new TcCounts(counts, correct, predicted.size(), gold.size());
    }

    private static Map<String, List<Technique>> bySpan(List<PtcSpan> spans) {
        Map<String, List<Technique>> map = new HashMap<>();
        for (PtcSpan s : spans) {
            map.computeIfAbsent(s.articleId() + ":" + s.start() + ":" + s.end(), k -> new ArrayList<>())
                    .add(s.technique());
        }
        return map;
    }

    private static List<PtcSpan> only(List<PtcSpan> spans, Technique technique) {
        return spans.stream().filter(s -> Objects.equals(s.technique(), technique)).toList();
    }

    /** Overlapping or touching spans joined, sorted. */
    static List<int[]> merged(List<PtcSpan> spans) {
        List<int[]> sorted = new ArrayList<>(spans.stream().filter(s -> s.end() > s.start())
                .map(s -> new int[] {s.start(), s.end()}).toList());
        sorted.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    static OverlapScores overlap(List<int[]> predicted, List<int[]> gold) {
        double precisionSum = 0;
        double recallSum = 0;
        for (int[] s : predicted) {
            for (int[] t : gold) {
                int common = Math.min(s[1], t[1]) - Math.max(s[0], t[0]);
                if (common > 0) {
                    precisionSum += common / (double) (s[1] - s[0]);
                    recallSum += common / (double) (t[1] - t[0]);
                }
            }
        }
        return new OverlapScores(precisionSum, predicted.size(), recallSum, gold.size());
    }
}
