package org.newslens.eval.ptc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.core.model.Technique;

/**
 * Scores technique detection on PTC articles with gold labels: SI, TC on the gold spans, span+technique and a
 * per-technique table.
 *
 * @param articles     the articles scored (those in both the article folder and the gold)
 * @param si           span identification
 * @param tc           technique classification of the gold spans
 * @param byTechnique  span+technique per technique
 */
public record PtcEvaluation(int articles, OverlapScores si, PtcScorer.TcCounts tc,
                            Map<Technique, OverlapScores> byTechnique) {

    public OverlapScores spanAndTechnique() {
        return PtcScorer.micro(byTechnique);
    }

    /** Scores detections (and, when {@code predictor} is given, classification of the gold spans). */
    public static PtcEvaluation of(Map<String, Path> articles, Map<String, List<PtcSpan>> gold,
                                   Map<String, List<PtcSpan>> detected, PtcPredictor predictor) throws IOException {
        Map<String, List<PtcSpan>> scored = new LinkedHashMap<>();
        for (Map.Entry<String, List<PtcSpan>> entry : gold.entrySet()) {
            if (articles.containsKey(entry.getKey())) {
                scored.put(entry.getKey(), entry.getValue());
            }
        }
        List<PtcSpan> goldSpans = new ArrayList<>();
        scored.values().forEach(goldSpans::addAll);
        PtcScorer.TcCounts tc = predictor == null ? PtcScorer.classification(List.of(), goldSpans)
                : PtcScorer.classification(predictor.classify(articles, goldSpans), goldSpans);
        return new PtcEvaluation(scored.size(), PtcScorer.spanIdentification(detected, scored), tc,
                PtcScorer.spanAndTechnique(detected, scored));
    }

    public void print(PrintStream out) {
        out.printf("PTC evaluation on %d articles%n", articles);
        out.printf("SI  (span identification, partial overlap)  P %.4f  R %.4f  F1 %.4f   (%d predicted, %d gold spans after merging)%n",
                si.precision(), si.recall(), si.f1(), si.predicted(), si.gold());
        out.printf("TC  (technique of each gold span)           micro-F1 %.4f   (%d of %d)%n", tc.microF1(),
                tc.correct(), tc.gold());
        OverlapScores st = spanAndTechnique();
        out.printf("Span+technique (per-technique overlap, micro) P %.4f  R %.4f  F1 %.4f   (%d predicted, %d gold)%n",
                st.precision(), st.recall(), st.f1(), st.predicted(), st.gold());
        out.println();
        out.printf("%-36s %6s %6s %6s  %6s %6s %6s  %5s %5s%n", "technique", "TC P", "TC R", "TC F1", "ST P", "ST R",
                "ST F1", "gold", "pred");
        for (Technique t : Technique.values()) {
            int[] c = tc.byTechnique().get(t);
            double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
            double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            OverlapScores s = byTechnique.get(t);
            out.printf("%-36s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %5d %5d%n", t.label(), p, r, f, s.precision(),
                    s.recall(), s.f1(), s.gold(), s.predicted());
        }
    }
}
