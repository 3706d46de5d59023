package org.newslens.analyzers.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "on Wednesday" in a news report: the last Wednesday on or before the publication date, or the next
 * one when the sentence speaks of the future ("talks will resume on Wednesday") and no verb in the
 * past stands between ("migrants will follow rules unveiled on Thursday"). SUTime puts a bare
 * weekday in the publication date's calendar week, which is in the future for a Wednesday told in a
 * Monday paper, and its answer also shifts with what it read before (its rules keep state across calls).
 */
final class Weekdays {

    private static final Pattern BARE = Pattern.compile("(?i)(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?");
    /** Words before a weekday that place it ahead: "will", "is due to", "scheduled for", "plans to". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won['’]t|shall|is due|are due|due to|"
            + "scheduled|expected to|set to|plans to|planning to|is to|are to|going to|would be held)\\b|['’]ll\\b");
    /** A verb in the past after the cue: "migrants will have to follow rules unveiled on Thursday". */
    private static final Pattern PAST_VERB = Pattern.compile("\\b(?:(?!(?:hundred|indeed|need|speed|feed|seed|shed|"
            + "bred|embed)\\b)\\p{Ll}{2,}ed|said|told|met|held|took|began|came|went|gave|made|saw|found|left|fell|won|"
            + "lost|spoke|wrote|sent|brought|struck|fought)\\b");

    private Weekdays() {
    }

    /** The weekday a bare expression names ("Wednesday", "on Friday evening"), or empty. */
    static Optional<DayOfWeek> bare(String words) {
        Matcher m = BARE.matcher(words.strip());
        return m.matches() ? Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /**
     * @param before the words of the weekday's sentence before it, where its tense is read
     */
    static LocalDate resolve(DayOfWeek day, LocalDate reference, String before) {
        Matcher cue = FUTURE.matcher(before);
        int after = -1;
        while (cue.find()) {
            after = cue.end();
        }
        boolean future = after >= 0 && !PAST_VERB.matcher(before).region(after, before.length()).find();
        return future ? reference.with(TemporalAdjusters.nextOrSame(day))
                : reference.with(TemporalAdjusters.previousOrSame(day));
    }
}
