package org.newslens.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the vectors of recently embedded sentences (least recently used go first), so that a
 * server linking the same corpus again embeds only what is new. The model is built on first use.
 * Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final Supplier<SentenceEmbedder> factory;
    private final Map<String, float[]> cache;
    private SentenceEmbedder model;

    public CachingEmbedder(Supplier<SentenceEmbedder> factory, int capacity) {
        this.factory = factory;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String s : sentences) {
                if (!cache.containsKey(s) && !missing.contains(s)) {
                    missing.add(s);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> vectors = model().embed(missing);
            synchronized (cache) {
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), vectors.get(i));
                }
            }
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        synchronized (cache) {
            for (String s : sentences) {
                float[] v = cache.get(s);
                out.add(v != null ? v : model().embed(List.of(s)).get(0));
            }
        }
        return out;
    }

    private synchronized SentenceEmbedder model() {
        if (model == null) {
            model = factory.get();
        }
        return model;
    }
}
