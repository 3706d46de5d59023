package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** One token of the text; its characters are {@code span.of(text)}. */
public record Token(@JsonIgnore CharSpan span) implements Spanned {

    public Token {
        Objects.requireNonNull(span, "span");
    }

    @JsonCreator
    static Token fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end) {
        return new Token(new CharSpan(start, end));
    }
}
