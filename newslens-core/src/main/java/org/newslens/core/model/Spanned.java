package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An annotation that covers a {@link CharSpan}. In JSON the span is flattened to
 * {@code start} and {@code end} fields on the annotation itself.
 */
public interface Spanned {

    CharSpan span();

    @JsonProperty("start")
    default int start() {
        return span().start();
    }

    @JsonProperty("end")
    default int end() {
        return span().end();
    }
}
