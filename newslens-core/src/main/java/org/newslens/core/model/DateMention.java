package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A time expression and what it means, resolved against the publication date.
 *
 * @param text  the covered text ("on Wednesday", "last week")
 * @param type  {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET} (TIMEX3 types)
 * @param value the TIMEX3 value: {@code 2016-02-03}, {@code 2016-W05}, {@code 2016-12}, {@code P2D}, {@code PAST_REF}
 * @param from  first day it covers ({@code YYYY-MM-DD}), or null when it is not a calendar span
 * @param to    last day it covers, or null
 */
public record DateMention(@JsonIgnore CharSpan span, String text, String type, String value, String from, String to,
                          double confidence) implements Spanned {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Confidence.check(confidence);
    }

    @JsonCreator
    static DateMention fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                                @JsonProperty("text") String text, @JsonProperty("type") String type,
                                @JsonProperty("value") String value, @JsonProperty("from") String from,
                                @JsonProperty("to") String to, @JsonProperty("confidence") double confidence) {
        return new DateMention(new CharSpan(start, end), text, type, value, from, to, confidence);
    }
}
