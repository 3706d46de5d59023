package org.newslens.core.pipeline;

import java.util.Set;

/**
 * One analysis step: reads the article and the layers it {@link #requires()}, and returns the
 * value of the one layer it {@link #produces()}.
 *
 * <p>Implementations must be thread-safe: one instance analyses many articles at once. Models
 * are loaded when the analyzer is built, never per article.
 */
public interface Analyzer<T> {

    /** A short name used in messages, e.g. {@code "entities"}. */
    String name();

    Layer<T> produces();

    Set<Layer<?>> requires();

    /** Analyses one article. Must not return null; problems that do not stop the analysis go to {@code input.report}. */
    T analyze(AnalysisInput input);
}
