package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A stretch of the article text that is not part of the article proper (navigation, share
 * prompts, disclaimers, bylines, comments...). It stays in the text and is excluded from analysis.
 *
 * @param kind       what it is, e.g. {@code navigation}, {@code disclaimer}, {@code comment}
 * @param confidence how sure the marker is, in [0, 1]
 * @param reason     a short, human-checkable reason (the rule or cue that matched)
 */
public record Boilerplate(@JsonIgnore CharSpan span, String kind, double confidence, String reason) implements Spanned {

    public Boilerplate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Confidence.check(confidence);
    }

    @JsonCreator
    static Boilerplate fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                                @JsonProperty("kind") String kind, @JsonProperty("confidence") double confidence,
                                @JsonProperty("reason") String reason) {
        return new Boilerplate(new CharSpan(start, end), kind, confidence, reason);
    }
}
