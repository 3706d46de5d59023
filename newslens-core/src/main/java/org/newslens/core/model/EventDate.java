package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * When an event happened.
 *
 * @param value     the TIMEX3 value ({@code 2016-12-15}, {@code 2016-W49}) of the date it rests on
 * @param from      first day ({@code YYYY-MM-DD})
 * @param to        last day
 * @param span      the date expression in the text, or null when the date was taken from context
 * @param precision ACLED-style time precision: 1 a day, 2 a week or a few days, 3 a month or longer
 * @param basis     {@code stated} (a date in the sentence), {@code previous} (the last dated event of the
 *                  paragraph) or {@code publication} (only the article's date is known: the event
 *                  happened on or before it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDate(String value, String from, String to, CharSpan span, int precision, String basis) {

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
