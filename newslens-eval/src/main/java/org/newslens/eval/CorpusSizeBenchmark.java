package org.newslens.eval;

import org.newslens.core.model.Article;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.EventReports;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.events.EventLinker;
import org.newslens.events.EventRecord;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How cost grows with the size of a corpus. Analysis is per article, so its time should grow in
 * proportion: the first N real articles are analysed on all threads, one timed run per size after a
 * warm-up. Linking event mentions across articles is the one corpus-wide step: the real mentions are
 * copied into corpora of up to hundreds of thousands, each copy a different article whose dates are
 * moved by a whole number of days within one year, so a bigger corpus is a denser year of news, the
 * case where candidate pairs grow fastest. Linking is timed on type, place and time (the sentence
 * model's cost is per distinct sentence, and copies share theirs).
 */
public final class CorpusSizeBenchmark {

    /** Analysis of the first {@code articles} articles. */
    public record AnalysisFigures(int articles, int mentions, double seconds, double articlesPerSecond) {
    }

    /** Linking of {@code mentions} event mentions. */
    public record LinkingFigures(int mentions, int records, double seconds, double microsPerMention) {
    }

    /** Both curves. */
    public record Figures(List<AnalysisFigures> analysis, List<LinkingFigures> linking, int threads) {
    }

    private static final int DAYS = 365;

    private CorpusSizeBenchmark() {
    }

    public static Figures run(Pipeline pipeline, List<Article> articles, List<Integer> sizes, List<Integer> mentionCounts,
                              int threads) throws Exception {
        List<AnalysisFigures> analysis = new ArrayList<>();
        List<EventReport> reports = List.of();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            analyse(pipeline, articles.subList(0, Math.min(20, articles.size())), pool); // warm-up
            for (int size : sizes) {
                List<Article> corpus = articles.subList(0, Math.min(size, articles.size()));
                long start = System.nanoTime();
                List<EventReport> found = analyse(pipeline, corpus, pool);
                double seconds = (System.nanoTime() - start) / 1e9;
                analysis.add(new AnalysisFigures(corpus.size(), found.size(), seconds, corpus.size() / seconds));
                if (found.size() > reports.size()) {
                    reports = found;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<LinkingFigures> linking = new ArrayList<>();
        if (!reports.isEmpty()) {
            EventLinker linker = new EventLinker(null);
            linker.link(reports); // warm-up
            for (int count : mentionCounts) {
                List<EventReport> corpus = copies(reports, count);
                long start = System.nanoTime();
                List<EventRecord> records = linker.link(corpus);
                double seconds = (System.nanoTime() - start) / 1e9;
                linking.add(new LinkingFigures(corpus.size(), records.size(), seconds, seconds * 1e6 / corpus.size()));
            }
        }
        return new Figures(analysis, linking, threads);
    }

    private static List<EventReport> analyse(Pipeline pipeline, List<Article> corpus, ExecutorService pool)
            throws Exception {
        List<Future<Analysis>> futures = new ArrayList<>();
        for (Article article : corpus) {
            futures.add(pool.submit(() -> pipeline.analyze(article)));
        }
        List<EventReport> reports = new ArrayList<>();
        for (Future<Analysis> future : futures) {
            reports.addAll(EventReports.of(future.get(), null));
        }
        return reports;
    }

    /** {@code count} mentions: copies of the real ones, copy k moved by (k × 37) mod 365 days. */
    static List<EventReport> copies(List<EventReport> reports, int count) {
        List<EventReport> corpus = new ArrayList<>(count);
        for (int k = 0; corpus.size() < count; k++) {
            int days = (int) ((k * 37L) % DAYS);
            for (EventReport r : reports) {
                if (corpus.size() == count) {
                    break;
                }
                corpus.add(moved(r, "copy" + k, days));
            }
        }
        corpus.sort(Comparator.comparing(EventReport::articleId).thenComparingInt(r -> r.event().start()));
        return Collections.unmodifiableList(corpus);
    }

    private static EventReport moved(EventReport r, String copy, int days) {
        EventMention e = r.event();
        EventDate d = e.date();
        EventDate date = d == null ? null : new EventDate(d.value(), plus(d.from(), days), plus(d.to(), days), d.span(),
                d.precision(), d.basis());
        EventMention event = new EventMention(e.span(), e.text(), e.type(), e.actor(), e.target(), e.location(), date,
                e.modality(), e.sentence(), e.confidence(), e.reason());
        return new EventReport(r.articleKey(), copy + "-" + r.articleId(), r.title(), r.outlet(),
                plus(r.published(), days), event, r.sentence(), r.source(), r.sourceType(), r.via());
    }

    private static String plus(String isoDate, int days) {
        if (isoDate == null || isoDate.length() < 10) {
            return isoDate;
        }
        try {
            return LocalDate.parse(isoDate.substring(0, 10)).plusDays(days) + isoDate.substring(10);
        } catch (RuntimeException e) {
            return isoDate;
        }
    }

    public static void print(Figures figures, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Cost by corpus size: analysis on %d threads (one run per size after a warm-up)%n",
                figures.threads());
        out.printf(Locale.ROOT, "%10s %10s %10s %12s%n", "articles", "mentions", "seconds", "articles/s");
        for (AnalysisFigures f : figures.analysis()) {
            out.printf(Locale.ROOT, "%10d %10d %10.1f %12.2f%n", f.articles(), f.mentions(), f.seconds(),
                    f.articlesPerSecond());
        }
        out.println();
        out.println("Linking event mentions across a corpus (copies of the real mentions spread over one year;"
                + " type, place and time, one thread)");
        out.printf(Locale.ROOT, "%10s %10s %10s %16s%n", "mentions", "records", "seconds", "µs per mention");
        for (LinkingFigures f : figures.linking()) {
            out.printf(Locale.ROOT, "%10d %10d %10.2f %16.1f%n", f.mentions(), f.records(), f.seconds(),
                    f.microsPerMention());
        }
    }
}
