package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** A sentence and its tokens, in text order. */
public record Sentence(@JsonIgnore CharSpan span, List<Token> tokens) implements Spanned {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        for (Token token : tokens) {
            if (!span.contains(token.span())) {
                throw new IllegalArgumentException("Token " + token.span() + " lies outside sentence " + span);
            }
        }
    }

    @JsonCreator
    static Sentence fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                             @JsonProperty("tokens") List<Token> tokens) {
        return new Sentence(new CharSpan(start, end), tokens == null ? List.of() : tokens);
    }
}
