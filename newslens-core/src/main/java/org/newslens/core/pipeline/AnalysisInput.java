package org.newslens.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.Article;

/**
 * What one analyzer sees of one article: the article, the layers it declared it requires, and a
 * place to report diagnostics. Reading an undeclared layer fails, so declarations stay honest.
 */
public final class AnalysisInput {

    /** Bounds the diagnostics one article can accumulate, so hostile input cannot flood a report. */
    static final int MAX_DIAGNOSTICS = 50;

    private final Article article;
    private final Map<Layer<?>, Object> available;
    private final Set<Layer<?>> allowed;
    private final String analyzerName;
    private final List<Diagnostic> diagnostics;

    AnalysisInput(Article article, Map<Layer<?>, Object> available, Analyzer<?> analyzer, List<Diagnostic> sink) {
        this.article = article;
        this.available = available;
        this.allowed = analyzer.requires();
        this.analyzerName = analyzer.name();
        this.diagnostics = sink;
    }

    /** For unit tests of a single analyzer: supplies its required layers directly. */
    public static AnalysisInput of(Article article, Map<Layer<?>, Object> layers, Analyzer<?> analyzer) {
        return new AnalysisInput(article, layers, analyzer, new ArrayList<>());
    }

    public Article article() {
        return article;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        if (!allowed.contains(layer)) {
            throw new IllegalStateException("analyzer \"" + analyzerName + "\" read " + layer
                    + " without declaring it in requires()");
        }
        Object value = available.get(layer);
        if (value == null) {
            throw new IllegalStateException("analyzer \"" + analyzerName + "\" needs " + layer + ", which is missing");
        }
        return (T) value;
    }

    public void report(String message) {
        synchronized (diagnostics) {
            if (diagnostics.size() < MAX_DIAGNOSTICS) {
                diagnostics.add(new Diagnostic(analyzerName, message));
            }
        }
    }
}
