package org.newslens.eval.ptc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.Technique;

/** Issue 6, item 3: the SemEval-2020 Task 11 measures on spans whose scores can be worked out by hand. */
class PtcScorerTest {

    private static PtcSpan span(Technique t, int start, int end) {
        return new PtcSpan("1", t, start, end);
    }

    @Test
    void siGivesEachPredictionTheShareGoldCoversAndMergesOverlappingGold() {
        // Gold [0,10) and [5,20) merge into [0,20); the prediction [10,30) is half covered and covers half of it.
        var gold = Map.of("1", List.of(span(Technique.DOUBT, 0, 10), span(Technique.LOADED_LANGUAGE, 5, 20)));
        var predicted = Map.of("1", List.of(span(Technique.DOUBT, 10, 30)));
        OverlapScores si = PtcScorer.spanIdentification(predicted, gold);
        assertEquals(0.5, si.precision(), 1e-9);
        assertEquals(0.5, si.recall(), 1e-9);
        assertEquals(1, si.gold());
    }

    @Test
    void siCountsArticlesWithoutPredictionsAsMissedAndIgnoresArticlesWithoutGold() {
        var gold = Map.of("1", List.of(span(Technique.DOUBT, 0, 10)), "2", List.<PtcSpan>of());
        var predicted = Map.of("1", List.of(span(Technique.DOUBT, 0, 10)), "3",
                List.of(new PtcSpan("3", Technique.DOUBT, 0, 5)));
        OverlapScores si = PtcScorer.spanIdentification(predicted, gold);
        assertEquals(1.0, si.precision(), 1e-9);
        assertEquals(1.0, si.recall(), 1e-9);
    }

    @Test
    void spanAndTechniqueOnlyCreditsOverlapWithTheSameTechnique() {
        var gold = Map.of("1", List.of(span(Technique.DOUBT, 0, 10), span(Technique.LOADED_LANGUAGE, 20, 24)));
        var predicted = Map.of("1", List.of(span(Technique.LOADED_LANGUAGE, 0, 10), span(Technique.LOADED_LANGUAGE, 20, 22)));
        var byTechnique = PtcScorer.spanAndTechnique(predicted, gold);
        OverlapScores micro = PtcScorer.micro(byTechnique);
        // Only [20,22) earns: precision (0 + 1) / 2, recall (0 + 0.5) / 2.
        assertEquals(0.5, micro.precision(), 1e-9);
        assertEquals(0.25, micro.recall(), 1e-9);
        assertEquals(0.0, byTechnique.get(Technique.DOUBT).recall(), 1e-9);
    }

    @Test
    void tcComparesRepeatedSpansAsMultisets() {
        List<PtcSpan> gold = List.of(span(Technique.LOADED_LANGUAGE, 0, 5), span(Technique.NAME_CALLING_LABELING, 0, 5),
                span(Technique.DOUBT, 10, 20));
        List<PtcSpan> predicted = List.of(span(Technique.NAME_CALLING_LABELING, 0, 5),
                span(Technique.NAME_CALLING_LABELING, 0, 5), span(Technique.DOUBT, 10, 20));
        PtcScorer.TcCounts tc = PtcScorer.classification(predicted, gold);
        assertEquals(2, tc.correct());
        assertEquals(2 / 3.0, tc.microF1(), 1e-9);
        assertEquals(1, tc.byTechnique().get(Technique.DOUBT)[0]);
    }
}
