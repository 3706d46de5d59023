package org.newslens.events;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised), shipped as ONNX inside langchain4j's Maven Central jar and run by
 * ONNX Runtime on the CPU: no network, no GPU. Loaded once; thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public List<float[]> embed(List<String> sentences) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += 64) {
            List<TextSegment> batch = sentences.subList(from, Math.min(sentences.size(), from + 64)).stream()
                    .map(s -> TextSegment.from(s.isBlank() ? "." : s)).toList();
            for (Embedding embedding : model.embedAll(batch).content()) {
                vectors.add(unit(embedding.vector()));
            }
        }
        return vectors;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
