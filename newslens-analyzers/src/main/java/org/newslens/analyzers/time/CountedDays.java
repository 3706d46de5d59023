package org.newslens.analyzers.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.DateMention;

/**
 * "seized the hospital on Tuesday but pulled back the next day": a day counted from the date told
 * just before, not from the publication date, which is what SUTime counts from. Applies to "the
 * next/following/previous day", "the day before/after", "a day later", "three days earlier", "a week
 * later", when a date with a day stands before it in the same paragraph, close by.
 */
final class CountedDays {

    private static final Pattern COUNTED = Pattern.compile("(?i)(?:the\\s+)?(?:(next|following|previous|preceding)\\s+day"
            + "|day\\s+(before|after)"
            + "|(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(days?|weeks?)\\s+(later|earlier|after|before))");
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T[A-Z]{2})?");
    /** How far back the date counted from may stand. */
    private static final int REACH = 400;

    private CountedDays() {
    }

    /** The dates, in text order, with counted days re-counted from the day-precise date before each. */
    static List<DateMention> anchor(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(dates.size());
        DateMention lastDay = null;
        for (DateMention date : dates) {
            Matcher m = COUNTED.matcher(date.text().strip());
            DateMention result = date;
            if (m.matches() && lastDay != null && date.span().start() - lastDay.span().end() <= REACH
                    && !text.substring(lastDay.span().end(), date.span().start()).contains("\n\n")) {
                LocalDate from = LocalDate.parse(lastDay.value().substring(0, 10));
                String day = from.plusDays(offset(m)).toString();
                result = new DateMention(date.span(), date.text(), date.type(), day, day, day, date.confidence());
            }
            out.add(result);
            if (DAY.matcher(result.value()).matches()) {
                lastDay = result;
            }
        }
        return out;
    }

    /** Days from the date before: +1 for "the next day", -3 for "three days earlier", +7 for "a week later". */
    private static long offset(Matcher m) {
        if (m.group(1) != null) {
            return m.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1;
        }
        if (m.group(2) != null) {
            return m.group(2).equalsIgnoreCase("before") ? -1 : 1;
        }
        String n = m.group(3).toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        int unit = m.group(4).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1;
        String way = m.group(5).toLowerCase(Locale.ROOT);
        return (long) count * unit * (way.equals("earlier") || way.equals("before") ? -1 : 1);
    }
}
