package org.newslens.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;

/**
 * Reads title, byline, outlet and date from the head of a plain-text article.
 *
 * <p>The title rule follows the PTC corpus: the first non-blank line is the title when the line
 * after it is empty, unless it is itself a byline. Up to {@link #HEADER_LINES} further short lines
 * are read for a byline ("By Jane Roe", "By [Jane Roe](#) for Example News", "Translated by ..."),
 * a dateline ("Example News, February 05, 2016") and link-only navigation lines.
 */
public final class HeaderReader {

    static final int HEADER_LINES = 12;
    private static final int MAX_HEADER_LINE = 120;

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:Written|Posted|Reported|Translated|Compiled|Edited) )?[Bb]y:?\\s+(?<who>[^\\n]{2,100})$");
    private static final Pattern FOR_OUTLET = Pattern.compile("^(?<who>.+?)\\s+(?:for|at|of)\\s+(?<outlet>.+)$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?<outlet>[A-Z][\\p{L}0-9 .&'’-]{1,60}),\\s+)?(?:(?:Published|Posted|Updated)(?: on)?:?\\s+)?"
                    + "(?<date>.{6,40})$");
    private static final Pattern TRAILING_OUTLET = Pattern.compile("^(?<who>[^,]+),\\s*(?<outlet>[A-Z][\\w .&'-]{1,40})$");

    public ArticleHeader read(String text) {
        List<TextLine> lines = TextLine.split(text);
        int i = firstNonBlank(lines, 0);
        String title = null;
        CharSpan titleSpan = null;
        String author = null;
        String outlet = null;
        LocalDate published = null;
        List<Boilerplate> metadata = new ArrayList<>();
        if (i < lines.size()) {
            TextLine first = lines.get(i);
            boolean followedByBlank = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
            // "Headline\nBy Jane Roe | Example News | March 5, 2018": a byline right under the headline ends it too
            boolean followedByByline = !followedByBlank
                    && BYLINE.matcher(MarkdownLinks.labels(lines.get(i + 1).trimmed())).matches();
            if ((followedByBlank || followedByByline) && !BYLINE.matcher(first.trimmed()).matches()
                    && first.trimmed().length() <= 300) {
                title = MarkdownLinks.labels(first.trimmed());
                titleSpan = trimmedSpan(first);
                i++;
            }
        }
        int examined = 0;
        for (int j = firstNonBlank(lines, i); j < lines.size() && examined < HEADER_LINES;
             j = firstNonBlank(lines, j + 1), examined++) {
            TextLine line = lines.get(j);
            String plain = MarkdownLinks.labels(line.trimmed());
            if (line.trimmed().length() > MAX_HEADER_LINE) {
                break;
            }
            Matcher byline = BYLINE.matcher(plain);
            if (author == null && byline.matches()) {
                String who = byline.group("who");
                // "By Staff Writer | Southfront | March 5, 2018", "By Jane Roe, March 5, 2018": fields after the name
                String[] fields = BYLINE_FIELDS.split(who);
                who = fields[0];
                Matcher datedName = NAME_THEN_DATE.matcher(who);
                if (datedName.matches() && published == null && wholeDate(datedName.group("date")).isPresent()) {
                    published = wholeDate(datedName.group("date")).get();
                    who = datedName.group("who");
                }
                for (int f = 1; f < fields.length; f++) {
                    Optional<LocalDate> fieldDate = wholeDate(fields[f]);
                    if (fieldDate.isPresent()) {
                        published = published == null ? fieldDate.get() : published;
                    } else if (outlet == null && !fields[f].isBlank()) {
                        outlet = fields[f].strip();
                    }
                }
                String[] whoAndOutlet = splitOutlet(who);
                author = whoAndOutlet[0];
                outlet = outlet == null ? whoAndOutlet[1] : outlet;
                metadata.add(new Boilerplate(trimmedSpan(line), "byline", 0.95, "byline \"By ...\" at the top"));
                continue;
            }
            Optional<LocalDate> date = published == null ? datelineDate(plain) : Optional.empty();
            if (date.isPresent()) {
                published = date.get();
                Matcher m = DATELINE.matcher(plain);
                if (outlet == null && m.matches() && m.group("outlet") != null) {
                    outlet = m.group("outlet").strip();
                }
                metadata.add(new Boilerplate(trimmedSpan(line), "dateline", 0.9, "date line at the top"));
                continue;
            }
            if (MarkdownLinks.onlyLinks(line.trimmed()) || BoilerplateRules.isTaxonomyLine(line.trimmed())) {
                metadata.add(new Boilerplate(trimmedSpan(line), "navigation", 0.85, "link-only line at the top"));
                continue;
            }
            break;
        }
        return new ArticleHeader(title, titleSpan, author, outlet, published, metadata);
    }

    /** Separators between the fields of a byline: "By X | Outlet | Date", "By X · Date". */
    private static final Pattern BYLINE_FIELDS = Pattern.compile("\\s+[|·•]\\s+");
    private static final Pattern NAME_THEN_DATE = Pattern.compile("^(?<who>.+?)\\s*(?:,|\\s[-–—])\\s+(?<date>[^,]*\\d.*)$");

    /** A date that is most of the text, or empty. */
    private static Optional<LocalDate> wholeDate(String text) {
        Matcher whole = DateParsing.DATE.matcher(text);
        if (whole.find() && whole.group().length() * 2 >= text.strip().length()) {
            return DateParsing.find(text);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> datelineDate(String plain) {
        Matcher m = DATELINE.matcher(plain);
        if (!m.matches()) {
            return Optional.empty();
        }
        String date = m.group("date");
        Matcher whole = DateParsing.DATE.matcher(date);
        // The date must be most of the line, so a sentence that mentions a date is not taken for a dateline.
        if (whole.find() && whole.group().length() * 2 >= date.length()) {
            return DateParsing.find(date);
        }
        return Optional.empty();
    }

    /** "Aram Mirzaei for the Example blog" -> {author, outlet}; the outlet part may be null. */
    private static String[] splitOutlet(String who) {
        String cleaned = who.strip().replaceAll("[.;:]+$", "").strip();
        Matcher m = FOR_OUTLET.matcher(cleaned);
        if (m.matches() && Character.isUpperCase(m.group("who").charAt(0))) {
            return new String[] {m.group("who").strip(), capitalise(m.group("outlet").strip())};
        }
        Matcher trailing = TRAILING_OUTLET.matcher(cleaned);
        if (trailing.matches() && !trailing.group("outlet").matches("(?i)(jr|sr|phd|md)\\.?")) {
            return new String[] {trailing.group("who").strip(), trailing.group("outlet").strip()};
        }
        return new String[] {cleaned, null};
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int firstNonBlank(List<TextLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    static CharSpan trimmedSpan(TextLine line) {
        String content = line.content();
        int start = 0;
        int end = content.length();
        while (start < end && (Character.isWhitespace(content.charAt(start)) || content.charAt(start) == '\uFEFF')) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return new CharSpan(line.span().start() + start, line.span().start() + end);
    }
}
