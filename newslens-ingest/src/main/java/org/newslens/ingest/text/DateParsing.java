package org.newslens.ingest.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds publication dates written the ways news pages write them, in English. */
public final class DateParsing {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** A date somewhere in a short string: ISO, "February 05, 2016", "5 Feb 2016". */
    public static final Pattern DATE = Pattern.compile(
            "(?<iso>\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)"
                    + "|(?<mdy>\\b" + MONTH + "\\s+[0-3]?\\d(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d\\b)"
                    + "|(?<dmy>\\b[0-3]?\\d(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?:19|20)\\d\\d\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> WORDY = List.of(
            formatter("MMMM d yyyy"), formatter("MMM d yyyy"), formatter("d MMMM yyyy"), formatter("d MMM yyyy"));

    private DateParsing() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The first date found in the string, if any. */
    public static Optional<LocalDate> find(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            Optional<LocalDate> parsed = parseMatch(m);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseMatch(Matcher m) {
        if (m.group("iso") != null) {
            return tryParse(m.group("iso"), DateTimeFormatter.ISO_LOCAL_DATE);
        }
        String wordy = m.group().replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replace(",", " ").replace(".", " ")
                .replaceAll("\\s+", " ").trim();
        wordy = wordy.replaceAll("(?i)\\bSept\\b", "Sep");
        for (DateTimeFormatter f : WORDY) {
            Optional<LocalDate> parsed = tryParse(wordy, f);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryParse(String s, DateTimeFormatter f) {
        try {
            return Optional.of(LocalDate.parse(s, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
