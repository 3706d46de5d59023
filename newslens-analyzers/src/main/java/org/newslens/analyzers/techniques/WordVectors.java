package org.newslens.analyzers.techniques;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * The 50-dimensional word embeddings that ship in the Stanford CoreNLP models jar for its neural coreference
 * system (about 100,000 words), keyed by lower-cased word and scaled to unit length. Immutable.
 */
public final class WordVectors {

    static final String EMBEDDINGS = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

    private final Map<String, float[]> vectors;
    private final int dimensions;

    private WordVectors(Map<String, float[]> vectors, int dimensions) {
        this.vectors = vectors;
        this.dimensions = dimensions;
    }

    public static WordVectors load() {
        Embedding embedding;
        try {
            embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(EMBEDDINGS);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read word embeddings " + EMBEDDINGS
                    + " from the CoreNLP models jar: " + e, e);
        }
        // One vector per lower-cased word: the lower-case entry when there is one, else the first form seen.
        Map<String, float[]> vectors = new HashMap<>();
        for (Map.Entry<String, SimpleMatrix> e : embedding.entrySet()) {
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            if (e.getKey().equals(lower) || !vectors.containsKey(lower)) {
                vectors.put(lower, unit(e.getValue()));
            }
        }
        return new WordVectors(vectors, embedding.getEmbeddingSize());
    }

    /** The word's vector, or null when the word is unknown. */
    float[] of(String lowerWord) {
        return vectors.get(lowerWord);
    }

    int dimensions() {
        return dimensions;
    }

    Map<String, float[]> all() {
        return vectors;
    }

    private static float[] unit(SimpleMatrix m) {
        float[] v = new float[m.getNumElements()];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) m.get(i);
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm) + 1e-9;
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }
}
