package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder's gate is set so that it reads the allowed share of the text, the likeliest sentences first. */
class EncoderGateTest {

    private static final TechniqueDetector DETECTOR = new TechniqueDetector(TechniqueModel.bundled());

    private static final List<String> TEXTS = List.of(
            "Bloodthirsty terrorists are destroying our great nation.\nThe report runs to forty pages.\n"
                    + "These evil puppet masters will stop at nothing!\nThe meeting starts at nine.\n",
            "The corrupt elites in Washington are lying to you.\nRain is expected on Tuesday.\n"
                    + "Every true patriot knows the invasion is a catastrophe.\nThe bridge reopened in May.\n");

    @Test
    void readsAtMostTheShareAllowedAndTheLikeliestSentencesFirst() {
        List<TechniqueDetector.ScoredText> scored = TEXTS.stream().map(DETECTOR::score).toList();
        for (double share : new double[] {0.2, 0.5, 0.8}) {
            double gate = TechniqueDetector.gateForShare(scored, 0.5, share);
            long read = 0;
            long total = 0;
            for (TechniqueDetector.ScoredText text : scored) {
                double[] p = text.inside(new Decoding(0.5, 0.5, 0.5, 0, 0, 0, 2.0, 1, 0, 0, WordSpans.off()));
                boolean[] encoded = TechniqueDetector.sentencesToEncode(text.tokens(), p, gate);
                for (int i = 0; i < p.length; i++) {
                    read += encoded[text.tokens().sentence[i]] ? 1 : 0;
                }
                total += p.length;
            }
            assertTrue(read <= share * total, share + ": read " + read + " of " + total);
            assertTrue(read >= (share - 0.3) * total, share + ": read " + read + " of " + total);
        }
        assertTrue(TechniqueDetector.gateForShare(scored, 0.5, 1.0) == 0);
    }
}
