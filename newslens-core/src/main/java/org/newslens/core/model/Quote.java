package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Quoted words in an article. The span covers the quote marks when there are any; a block quote
 * set off by layout has none and covers its paragraphs.
 *
 * @param kind        direct statement, partial quote, scare quote or title
 * @param block       true for an excerpt set off by layout rather than by quote marks
 * @param speaker     the speaker's entity id, or null when the speaker is unnamed, unknown or not an entity
 * @param speakerName the speaker as the article names them (canonical name for entities), or null when unknown
 * @param cue         the words that attribute the quote ("told reporters", "according to", "said"), or null
 * @param confidence  how sure the quote finder is of the span, the kind and the speaker together
 * @param reason      a short, checkable account of how the kind and speaker were decided
 */
public record Quote(@JsonIgnore CharSpan span, QuoteKind kind, boolean block, String speaker, String speakerName,
                    CharSpan cue, double confidence, String reason) implements Spanned {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Confidence.check(confidence);
    }

    @JsonCreator
    static Quote fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                          @JsonProperty("kind") QuoteKind kind, @JsonProperty("block") boolean block,
                          @JsonProperty("speaker") String speaker, @JsonProperty("speakerName") String speakerName,
                          @JsonProperty("cue") CharSpan cue, @JsonProperty("confidence") double confidence,
                          @JsonProperty("reason") String reason) {
        return new Quote(new CharSpan(start, end), kind, block, speaker, speakerName, cue, confidence, reason);
    }
}
