package org.newslens.analyzers.time;

import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import java.util.Set;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Publication;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Decides the date relative expressions are resolved against: the publication date from metadata,
 * byline or dateline when the article has one; otherwise an estimate, the latest full date the
 * text mentions (news reports mostly look back), flagged as estimated.
 *
 * <p>Needs {@link Layers#SENTENCES}; produces {@link Layers#PUBLICATION}. Thread-safe.
 */
public final class PublicationDateAnalyzer implements Analyzer<Publication> {

    private final DateAnalyzer dates;

    public PublicationDateAnalyzer(ModelStore models) {
        this.dates = new DateAnalyzer(models);
    }

    @Override
    public String name() {
        return "publication";
    }

    @Override
    public Layer<Publication> produces() {
        return Layers.PUBLICATION;
    }

    private static final int YEAR_WINDOW = 6;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    /** A comment's time stamp as the boilerplate rules find it: "December 18, 2016 at 10:32 pm". */
    private static final Pattern COMMENT_STAMP = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2}),? (\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** The earliest date stamped on a reader comment below the article, or null. */
    static LocalDate firstCommentDate(Article article) {
        LocalDate first = null;
        for (Boilerplate b : article.boilerplate()) {
            if (!"comment".equals(b.kind())) {
                continue;
            }
            // Only a stamp line itself: a date inside a comment's words may be any date.
            Matcher m = COMMENT_STAMP.matcher(b.span().of(article.text()).strip());
            if (m.lookingAt() && b.span().of(article.text()).strip().length() < 40) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)),
                            MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(m.group(2)));
                    first = first == null || date.isBefore(first) ? date : first;
                } catch (java.time.DateTimeException e) {
                    // "February 31": not a date; look at the next stamp
                }
            }
        }
        return first;
    }

    /** How a publication period was estimated, for the bases that name the year of writing. */
    static final String COMMENT_BASIS = "first reader comment dated ";
    static final String RANGE_BASIS = "a span runs from a dated month to one \"of this year\": written ";

    /** The year the article was written in, when its period says so firmly enough to count "last year" from. */
    static java.util.OptionalInt yearOfWriting(org.newslens.core.model.Publication publication) {
        String basis = publication.basis();
        String period = publication.period();
        boolean firm = basis != null && (basis.startsWith(COMMENT_BASIS) || basis.startsWith(RANGE_BASIS));
        return firm && period != null && period.matches("\\d{4}.*") ? java.util.OptionalInt.of(
                Integer.parseInt(period.substring(0, 4))) : java.util.OptionalInt.empty();
    }

    private static final String MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** "between September 2015 and February of this year": a span runs forward, so this year is after 2015. */
    private static final Pattern RANGE_TO_THIS_YEAR = Pattern.compile("(?i)\\b(?:between|from|since)\\s+" + MONTH_NAME
            + "\\s+((?:19|20)\\d{2}),?\\s+(?:and|to|until|till|through)\\s+" + MONTH_NAME + "\\s+of\\s+this\\s+year\\b");

    /** The month "X of this year" names when a span runs to it from a dated month, or null. */
    static String thisYearAfterRange(String text) {
        Matcher m = RANGE_TO_THIS_YEAR.matcher(text);
        String latest = null;
        while (m.find()) {
            int fromMonth = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
            int toMonth = MONTHS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
            int year = Integer.parseInt(m.group(2)) + (toMonth <= fromMonth ? 1 : 0);
            String month = String.format(Locale.ROOT, "%d-%02d", year, toMonth);
            latest = latest == null || later(month, latest) ? month : latest;
        }
        return latest;
    }

    /** Is month-or-year {@code a} after {@code b}? "2016" is after "2015-09"; "2016-03" after "2016". */
    private static boolean later(String a, String b) {
        String pa = a.length() == 4 ? a + "-00" : a;
        String pb = b.length() == 4 ? b + "-00" : b;
        return pa.compareTo(pb) > 0;
    }

    @Override
    public Publication analyze(AnalysisInput input) {
        if (input.article().published() != null) {
            return new Publication(input.article().published(), false, "metadata");
        }
        String text = input.article().text();
        LocalDate latest = null;
        String latestPeriod = null;
        // Wider windows than for dates in general: "in 2011, seven years later" names the writer's year, 2018.
        for (CoreMap timex : dates.extract(text, input.get(Layers.SENTENCES), TemporalCues::isYear, null, input::report,
                YEAR_WINDOW)) {
            Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
            if (value == null || value.value() == null) {
                continue;
            }
            String v = value.value();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = TimexRange.of(v).map(TimexRange.Range::from).orElse(null);
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
            } else if (v.matches("(?:1[89]|20)\\d{2}(?:-\\d{2})?") && (latestPeriod == null || later(v, latestPeriod))) {
                latestPeriod = v;
            }
        }
        if (latest != null) {
            return new Publication(latest, true, "latest full date in the text");
        }
        String thisYear = thisYearAfterRange(text);
        if (thisYear != null && (latestPeriod == null || !later(latestPeriod, thisYear))) {
            // "between September 2015 and February of this year": written in 2016, February or later.
            input.report("no full date in metadata or text; " + RANGE_BASIS + thisYear + " or later; relative days"
                    + " stay unresolved, relative years are counted from " + thisYear.substring(0, 4));
            return new Publication(null, true, RANGE_BASIS + thisYear + " or later", thisYear);
        }
        LocalDate firstComment = firstCommentDate(input.article());
        if (firstComment != null && (latestPeriod == null || !later(latestPeriod, MONTH.format(firstComment)))) {
            // A reader's comment is dated: the article was up by then, and blog comments mostly come within days.
            String period = MONTH.format(firstComment);
            String basis = COMMENT_BASIS + firstComment + ": written " + period + " or before"
                    + (latestPeriod == null ? "" : ", " + latestPeriod + " or later (the latest month or year it names)");
            input.report("no full date in metadata or text; " + basis + "; relative days stay unresolved, relative"
                    + " years are counted from " + period.substring(0, 4));
            return new Publication(null, true, basis, period);
        }
        if (latestPeriod != null) {
            input.report("no full date in metadata or text; written " + latestPeriod
                    + " or later (the latest month or year it names); relative days stay unresolved, relative years"
                    + " are counted from " + latestPeriod.substring(0, 4));
            return new Publication(null, true, "latest month or year in the text: " + latestPeriod + " or later",
                    latestPeriod);
        }
        input.report("no publication date in metadata or text; relative dates stay unresolved");
        return new Publication(null, false, "none");
    }
}
