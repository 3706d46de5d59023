package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One place in the text where an entity is named.
 *
 * @param text       the covered text, kept for readers of the JSON; always {@code span.of(article.text())}
 * @param confidence the recogniser's confidence that this span names an entity of its type
 */
public record Mention(@JsonIgnore CharSpan span, String text, double confidence) implements Spanned {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Confidence.check(confidence);
    }

    @JsonCreator
    static Mention fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                            @JsonProperty("text") String text, @JsonProperty("confidence") double confidence) {
        return new Mention(new CharSpan(start, end), text, confidence);
    }
}
