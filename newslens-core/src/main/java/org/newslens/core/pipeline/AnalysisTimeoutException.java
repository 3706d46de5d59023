package org.newslens.core.pipeline;

import java.time.Duration;

/** An article's analysis ran past its time limit and was stopped. */
public final class AnalysisTimeoutException extends RuntimeException {

    public AnalysisTimeoutException(String articleId, Duration limit, String during) {
        super("stopped after " + limit.toSeconds() + " s (the time limit per article) during \"" + during
                + "\" on article " + articleId);
    }
}
