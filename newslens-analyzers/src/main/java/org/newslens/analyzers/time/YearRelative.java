package org.newslens.analyzers.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "March of last year", "late last year", "three years ago" in an article whose day of publication is
 * unknown but whose year can be estimated: SUTime leaves them symbolic ("THIS P1Y OFFSET P-1Y
 * INTERSECT XXXX-03"); counted from the estimated year they become a month or a year.
 */
final class YearRelative {

    /** "THIS P1Y", "THIS P1Y OFFSET P-1Y", "THIS P1Y OFFSET P-1Y INTERSECT XXXX-03". */
    private static final Pattern THIS_YEAR = Pattern.compile("THIS P1Y(?: OFFSET P(-?\\d{1,2})Y)?(?: INTERSECT XXXX-(\\d{2}))?");
    /** "three years ago": OFFSET P-3Y. */
    private static final Pattern YEARS_AGO = Pattern.compile("OFFSET P(-?\\d{1,2})Y");
    /** "last year", "March of this year", "next year": counted from the time of writing ("previous years" is not). */
    private static final Pattern DEICTIC_YEAR = Pattern.compile("(?i).*\\b(?:last|this|next|coming)\\s+year\\b.*");
    /** "three years ago", "a decade ago": a counted span back from the time of writing ("decades ago" is not). */
    private static final Pattern COUNTED_AGO = Pattern.compile("(?i).*\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|\\p{L}+teen|twenty|thirty|forty|fifty)\\s+(?:years?|decades?)\\s+ago\\b.*");

    private YearRelative() {
    }

    /**
     * @param value the symbolic value SUTime gave
     * @param words the expression's words
     * @param year  the year the article was (estimated to be) written in
     * @return a year ("2015") or a month ("2015-03"), or empty when the value is not relative to a year
     */
    static Optional<String> resolve(String value, String words, int year) {
        Matcher m = THIS_YEAR.matcher(value);
        if (m.matches() && DEICTIC_YEAR.matcher(words).matches()) {
            int y = year + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
            return Optional.of(m.group(2) == null ? String.valueOf(y) : y + "-" + m.group(2));
        }
        m = YEARS_AGO.matcher(value);
        if (m.matches() && COUNTED_AGO.matcher(words).matches()) {
            return Optional.of(String.valueOf(year + Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }
}
