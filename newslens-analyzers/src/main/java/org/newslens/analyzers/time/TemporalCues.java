package org.newslens.analyzers.time;

import java.util.regex.Pattern;

/**
 * A cheap test for tokens at the core of a time expression. SUTime costs about half a millisecond
 * per token, and most of a news article holds no date, so it reads only windows around tokens that
 * pass this test. The list follows SUTime's own vocabulary, loosely: a token let through needlessly
 * costs time, one dropped would lose a date.
 */
final class TemporalCues {

    // Plain numbers ("3,000 people") are no cue: a number in a date sits next to a month, a unit or a year.
    // Whole words only: prefixes let "decision", "marriage", "Julian", "thus" and the modal "may" through,
    // a fifth of all cues in PTC, each costing SUTime a seven-token window.
    private static final Pattern CUE = Pattern.compile("(?i)^(?:1[89]|20)\\d\\d(?:s|-\\d{2}(?:-\\d{2})?)?$"
            + "|\\d{1,2}:\\d{2}|^\\d{1,2}(?:st|nd|rd|th)$|^\\d{1,2}/\\d{1,2}/\\d{2,4}$"
            + "|\\b(?:january|february|march|april|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b|(?-i:\\bMay\\b)"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
            + "|(?-i:\\b(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\\b)"
            + "|\\b(?:years?|months?|weeks?|weekends?|fortnights?|days?|nights?|hours?|minutes?|decades?"
            + "|century|centuries|millennium|millennia)\\b"
            + "|\\b(?:today|tonight|yesterday|tomorrow|now|currently|current|recent(?:ly)?|ago|since"
            + "|morning|afternoon|evening|noon|midnight|dawn|dusk|spring|summer|autumn|winter"
            + "|quarter|annual(?:ly)?|daily|weekly|monthly|yearly|hourly|christmas|easter|ramadan|eid)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");

    private TemporalCues() {
    }

    /** Can this token be part of a time expression's core (a number, a month, "week", "yesterday")? */
    static boolean isCue(String token) {
        return CUE.matcher(token).find();
    }

    /** Is this token a year, the core of a full calendar date? */
    static boolean isYear(String token) {
        return YEAR.matcher(token).find();
    }
}
