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
        LocalDate firstComment = firstCommentDate(input.article());
        if (firstComment != null && (latestPeriod == null || !later(latestPeriod, MONTH.format(firstComment)))) {
            // A reader's comment is dated: the article was up by then, and blog comments mostly come within days.
            String period = MONTH.format(firstComment);
            String basis = "first reader comment dated " + firstComment + ": written " + period + " or before"
                    + (latestPeriod == null ? "" : ", " + latestPeriod + " or later (the latest month or year it names)");
            input.report("no full date in metadata or text; " + basis + "; relative dates stay unresolved");
            return new Publication(null, true, basis, period);
        }
        if (latestPeriod != null) {
            input.report("no full date in metadata or text; written " + latestPeriod
                    + " or later (the latest month or year it names); relative dates stay unresolved");
            return new Publication(null, true, "latest month or year in the text: " + latestPeriod + " or later",
                    latestPeriod);
        }
        input.report("no publication date in metadata or text; relative dates stay unresolved");
        return new Publication(null, false, "none");
    }
}
