package org.newslens.core.pipeline;

import java.util.Objects;

/** Something an analyzer noticed about an article that a user may want to know (never the whole text). */
public record Diagnostic(String analyzer, String message) {

    public Diagnostic {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(message, "message");
    }
}
