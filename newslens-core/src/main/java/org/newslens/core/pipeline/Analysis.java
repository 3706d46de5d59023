package org.newslens.core.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newslens.core.model.Article;

/**
 * An article and the annotation layers computed for it. Immutable; layer values are the
 * immutable records the analyzers returned.
 */
public final class Analysis {

    private final Article article;
    private final Map<Layer<?>, Object> layers;
    private final List<Diagnostic> diagnostics;

    public Analysis(Article article, Map<Layer<?>, ?> layers, List<Diagnostic> diagnostics) {
        this.article = Objects.requireNonNull(article, "article");
        this.layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public Article article() {
        return article;
    }

    /** The layer's value; fails naming the layer when it was not computed. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException(layer + " was not computed for article " + article.id()
                    + "; computed: " + layers.keySet());
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Layer<T> layer) {
        return Optional.ofNullable((T) layers.get(layer));
    }

    public Map<Layer<?>, Object> layers() {
        return layers;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Analysis other && article.equals(other.article) && layers.equals(other.layers)
                && diagnostics.equals(other.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, layers, diagnostics);
    }

    @Override
    public String toString() {
        return "Analysis[" + article.id() + ", layers=" + layers.keySet() + "]";
    }
}
