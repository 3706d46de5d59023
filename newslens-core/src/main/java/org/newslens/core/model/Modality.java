package org.newslens.core.model;

/** How an event is told. */
public enum Modality {
    /** In the writer's voice, or a cited report's voice ("Reuters reported that ..."). */
    FACT,
    /** Attributed to a party or hedged ("the army said", "reportedly", "allegedly"). */
    CLAIM,
    /** Said to be coming ("will", "plans to", "is expected to", "threatened to"). */
    PREDICTION,
    /** Conditional or merely possible ("if", "could", "might"). */
    HYPOTHETICAL,
    /** Said not to have happened ("did not", "denied", "no"). */
    NEGATED
}
