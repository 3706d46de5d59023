package org.newslens.core.model;

/** Checks confidence values, which are probabilities-like scores in [0, 1]. */
final class Confidence {

    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
