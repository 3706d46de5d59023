package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * One event an article reports: its trigger words, type, who did it to whom, where, when, and how
 * it is told.
 *
 * @param span       the trigger ("broke a three-year rebel siege", "air strikes", "liberated")
 * @param text       the trigger's words, always {@code span.of(article.text())}
 * @param actor      who did it, or null when the text does not say
 * @param target     whom or what it was done to, or null
 * @param location   where, or null when neither the sentence nor its context gives a place
 * @param date       when, or null when the article has no date at all
 * @param sentence   the sentence that tells it
 * @param confidence how sure the type and the arguments are
 * @param reason     a short account a reader can check: the trigger and how each argument was found
 */
public record EventMention(@JsonIgnore CharSpan span, String text, EventType type, EventArgument actor,
                           EventArgument target, EventArgument location, EventDate date, Modality modality,
                           CharSpan sentence, double confidence, String reason) implements Spanned {

    public EventMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sentence, "sentence");
        Confidence.check(confidence);
    }

    @JsonCreator
    static EventMention fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                                 @JsonProperty("text") String text, @JsonProperty("type") EventType type,
                                 @JsonProperty("actor") EventArgument actor, @JsonProperty("target") EventArgument target,
                                 @JsonProperty("location") EventArgument location, @JsonProperty("date") EventDate date,
                                 @JsonProperty("modality") Modality modality, @JsonProperty("sentence") CharSpan sentence,
                                 @JsonProperty("confidence") double confidence, @JsonProperty("reason") String reason) {
        return new EventMention(new CharSpan(start, end), text, type, actor, target, location, date, modality, sentence,
                confidence, reason);
    }
}
