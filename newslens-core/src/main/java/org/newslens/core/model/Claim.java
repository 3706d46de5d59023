package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A sentence that asserts something checkable, and on whose word it rests.
 *
 * @param sourceType      who the claim rests on, by kind
 * @param source          the source's canonical name, the words that describe an anonymous source
 *                        ("unnamed sources"), or the author's name (null when the byline is unknown)
 * @param sourceId        the source's entity id, or null
 * @param via             the intermediaries between source and writer, innermost first: the last is the
 *                        one the writer cites directly ("unnamed sources said, according to al-Hadas" →
 *                        source anonymous, via [al-Hadas])
 * @param cue             the attributing words ("according to", "said", "reportedly"), or null for the author's own
 * @param checkWorthiness how much a fact-checker would want to check it, in [0, 1]: numbers, named actors,
 *                        events and causal claims rank high, hedged opinion low
 * @param confidence      how sure the attribution is
 * @param reason          a short, checkable account of the attribution
 */
public record Claim(@JsonIgnore CharSpan span, SourceType sourceType, String source, String sourceId, List<String> via,
                    CharSpan cue, double checkWorthiness, double confidence, String reason) implements Spanned {

    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sourceType, "sourceType");
        via = List.copyOf(via == null ? List.of() : via);
        Confidence.check(checkWorthiness);
        Confidence.check(confidence);
    }

    @JsonCreator
    static Claim fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                          @JsonProperty("sourceType") SourceType sourceType, @JsonProperty("source") String source,
                          @JsonProperty("sourceId") String sourceId, @JsonProperty("via") List<String> via,
                          @JsonProperty("cue") CharSpan cue, @JsonProperty("checkWorthiness") double checkWorthiness,
                          @JsonProperty("confidence") double confidence, @JsonProperty("reason") String reason) {
        return new Claim(new CharSpan(start, end), sourceType, source, sourceId, via, cue, checkWorthiness, confidence,
                reason);
    }
}
