package org.newslens.events;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product says how alike their wording is. */
public interface SentenceEmbedder {

    List<float[]> embed(List<String> sentences);

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
