package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A stretch of text that uses a propaganda technique. Spans of different techniques may overlap.
 *
 * @param technique  which technique
 * @param confidence the model's probability for the span and the technique together
 * @param reason     a short, checkable account: the cue words, the repeated term and where it first appeared,
 *                   the authority invoked
 */
public record TechniqueSpan(@JsonIgnore CharSpan span, Technique technique, double confidence, String reason)
        implements Spanned {

    public TechniqueSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(technique, "technique");
        Confidence.check(confidence);
    }

    @JsonCreator
    static TechniqueSpan fromJson(@JsonProperty("technique") Technique technique, @JsonProperty("start") int start,
                                  @JsonProperty("end") int end, @JsonProperty("confidence") double confidence,
                                  @JsonProperty("reason") String reason) {
        return new TechniqueSpan(new CharSpan(start, end), technique, confidence, reason);
    }
}
