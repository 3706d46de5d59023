package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.Publication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Dates an event: by a resolved date in its clause or sentence, else by the article's publication
 * date, which the event cannot be later than (ACLED's time precision 3).
 */
final class EventDating {

    private EventDating() {
    }

    /** How far (in characters) a date outside the trigger's clause may lie and still date it. */
    private static final int OTHER_CLAUSE_REACH = 200;

    static EventDate date(String text, CharSpan trigger, CharSpan clause, CharSpan sentence, List<DateMention> dates,
                          Publication publication) {
        DateMention best = dates.stream()
                .filter(d -> sentence.contains(d.span()) && usable(d) && !deadline(text, d))
                // In a long sentence a date far from the trigger, outside its clause, dates another event.
                .filter(d -> clause.contains(d.span()) || Math.abs(d.span().start() - trigger.start()) <= OTHER_CLAUSE_REACH)
                .min(Comparator.comparingInt((DateMention d) -> clause.contains(d.span()) ? 0 : 1)
                        .thenComparingInt(d -> Math.abs(d.span().start() - trigger.start())))
                .orElse(null);
        if (best != null) {
            return new EventDate(best.value(), best.from(), best.to(), best.span(), precision(best), "stated");
        }
        if (publication != null && publication.date() != null) {
            String day = publication.date().toString();
            return new EventDate(day, null, day, null, 3, publication.estimated() ? "publication (estimated)" : "publication");
        }
        return null;
    }

    /** "until February 25", "by March", "since 2012": when something ends, is due or began, not when it happened. */
    private static boolean deadline(String text, DateMention d) {
        String before = text.substring(Math.max(0, d.span().start() - 8), d.span().start()).toLowerCase(java.util.Locale.ROOT);
        // "controlled since 2012": when a state began, not when the event happened.
        return before.matches("(?s).*\\b(?:until|till|by|before|since)\\s+$");
    }

    /** A calendar date or range; not a duration ("three years") and not an open "since 2012". */
    private static boolean usable(DateMention d) {
        return "DATE".equals(d.type()) && d.from() != null && d.to() != null
                && !d.text().toLowerCase(java.util.Locale.ROOT).startsWith("since");
    }

    private static int precision(DateMention d) {
        try {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(d.from()), LocalDate.parse(d.to()));
            return days == 0 ? 1 : days <= 7 ? 2 : 3;
        } catch (RuntimeException e) {
            return 3;
        }
    }
}
