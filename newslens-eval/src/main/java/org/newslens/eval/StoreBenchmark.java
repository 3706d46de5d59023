package org.newslens.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newslens.core.model.Article;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.Technique;
import org.newslens.core.pipeline.Analysis;
import org.newslens.store.ArticleStore;
import org.newslens.store.Facet;
import org.newslens.store.SearchRequest;

/**
 * Scale of the store: how fast already-analysed articles go in, and how long faceted searches take
 * once it holds 10k or 100k of them. The corpus is grown from real analyses by variants: each copy
 * gets its own text (a numbered line appended, so offsets stay valid), one of 50 outlets and a
 * publication date spread over ten years.
 */
public final class StoreBenchmark {

    private static final int OUTLETS = 50;
    /** Work is handed out in batches; a commit follows a batch once 5 s passed, the time rule of `newslens ingest`. */
    private static final int BATCH = 1_000;
    private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;
    private static final String[] TEXTS = {"", "Aleppo", "ceasefire", "army AND rebels", "\"eastern Aleppo\"",
        "Russia OR Turkey", "evacuation", "terrorists", "siege AND Damascus", "airstrike*"};

    /** Figures at one store size. */
    public record Figures(int articles, int added, double addedPerSecond, int queries, double p50Millis,
                          double p90Millis, double p99Millis, double maxMillis, long storeBytes) {
    }

    private final List<Analysis> base;
    private final int threads;
    private final int queries;

    public StoreBenchmark(List<Analysis> base, int threads, int queries) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("the benchmark needs at least one analysed article");
        }
        this.base = List.copyOf(base);
        this.threads = threads;
        this.queries = queries;
    }

    public List<Figures> run(Path dir, List<Integer> sizes, PrintStream log) throws Exception {
        warmUp(dir.resolveSibling(dir.getFileName() + "-warm-up"), log);
        List<Figures> figures = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(dir)) {
            int stored = store.size();
            for (int size : sizes) {
                int from = stored;
                long start = System.nanoTime();
                fill(store, from, size);
                double seconds = (System.nanoTime() - start) / 1e9;
                stored = store.size();
                log.printf("stored %,d articles (%,d added in %.1f s, of which %d commits %.1f s)%n", stored,
                        size - from, seconds, commits, commitNanos / 1e9);
                commitNanos = 0;
                commits = 0;
                double[] latencies = search(store);
                figures.add(new Figures(stored, size - from, (size - from) / seconds, latencies.length,
                        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                        latencies[latencies.length - 1], folderBytes(dir)));
            }
        }
        return figures;
    }

    /** Compiles the hot paths before timing, as a JMH warm-up would: 5,000 articles into a store deleted after. */
    private void warmUp(Path dir, PrintStream log) throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            fill(store, 0, 5_000);
            for (int i = 0; i < 200; i++) {
                store.search(query(new Random(i)));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        commitNanos = 0;
        commits = 0;
        log.println("warmed up on 5,000 articles");
    }

    private long commitNanos;
    private int commits;

    private void fill(ArticleStore store, int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long lastCommit = System.nanoTime();
            for (int batchStart = from; batchStart < to; batchStart += BATCH) {
                int batchEnd = Math.min(to, batchStart + BATCH);
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = batchStart + t;
                    work.add(pool.submit(() -> {
                        for (int i = first; i < batchEnd; i += threads) {
                            store.put(variant(i));
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                if (batchEnd == to || System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                    long commitStart = System.nanoTime();
                    store.commit();
                    lastCommit = System.nanoTime();
                    commitNanos += lastCommit - commitStart;
                    commits++;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    Analysis variant(int i) {
        Analysis original = base.get(i % base.size());
        Article a = original.article();
        Article copy = new Article(a.id() + "-v" + i, a.source(), a.title(), a.author(), "Outlet " + (i % OUTLETS),
                LocalDate.of(2012, 1, 1).plusDays(i % 3650), a.text() + "\n[copy " + i + "]", a.boilerplate(),
                a.sourceMap());
        return new Analysis(copy, original.layers(), original.diagnostics());
    }

    /** Single-threaded latencies of a fixed, seeded mix of text, facet and date queries, sorted, in ms. */
    private double[] search(ArticleStore store) {
        Random random = new Random(42);
        List<SearchRequest> mix = new ArrayList<>();
        for (int i = 0; i < queries + 50; i++) {
            mix.add(query(random));
        }
        for (SearchRequest warmUp : mix.subList(0, 50)) {
            store.search(warmUp);
        }
        double[] latencies = new double[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            store.search(mix.get(50 + i));
            latencies[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static SearchRequest query(Random random) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        int kinds = random.nextInt(3);
        for (int k = 0; k < kinds; k++) {
            switch (random.nextInt(4)) {
                case 0 -> filters.put(Facet.OUTLET, List.of("Outlet " + random.nextInt(OUTLETS)));
                case 1 -> filters.put(Facet.TECHNIQUE,
                        List.of(Technique.values()[random.nextInt(Technique.values().length)].label()));
                case 2 -> filters.put(Facet.SOURCE_TYPE,
                        List.of(SourceType.values()[random.nextInt(SourceType.values().length)].name()));
                default -> filters.put(Facet.PLACE, List.of(random.nextBoolean() ? "Aleppo" : "Damascus"));
            }
        }
        LocalDate from = null;
        LocalDate to = null;
        if (random.nextInt(3) == 0) {
            from = LocalDate.of(2012 + random.nextInt(9), 1, 1);
            to = from.plusMonths(6);
        }
        return new SearchRequest(TEXTS[random.nextInt(TEXTS.length)], filters, from, to, 0, 20, 10);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long folderBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void print(List<Figures> figures, int baseArticles, int threads, PrintStream out) {
        out.printf("%nStore benchmark: variants of %d analysed articles, %d writer threads, a commit every 5 s"
                + " and at the end of each size%n", baseArticles, threads);
        out.println("| articles in store | ingest (analysed articles/s) | faceted search p50 | p90 | p99 | max"
                + " | queries | store size |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Figures f : figures) {
            out.printf("| %,d | %,.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %,.0f MB |%n", f.articles(),
                    f.addedPerSecond(), f.p50Millis(), f.p90Millis(), f.p99Millis(), f.maxMillis(), f.queries(),
                    f.storeBytes() / 1e6);
        }
    }
}
