package org.newslens.analyzers.events;

import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventModalityTest {

    private static Modality decide(String sentenceBefore, String clauseBefore) {
        return EventModality.decide(new CharSpan(0, 6), clauseBefore, " them away.", sentenceBefore + "arrest them away.",
                sentenceBefore, null, null, false).modality();
    }

    @Test
    void aSentenceThatOpensWithItsConditionMakesWhatComesBeforeItsCommaHypothetical() {
        // the clause finder may cut "Trump does nothing but" off from the "if" that governs it
        assertEquals(Modality.HYPOTHETICAL, decide("If they get here and Trump does nothing but ", "Trump does nothing but "));
        assertEquals(Modality.FACT, decide("If they get here, Trump says, the police ", "the police "),
                "after the comma the main clause speaks");
    }
}
