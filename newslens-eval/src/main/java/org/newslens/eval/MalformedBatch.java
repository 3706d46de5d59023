package org.newslens.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.newslens.core.pipeline.AnalysisTimeoutException;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;

/**
 * Runs a batch of {@link MalformedInputs} through reading and the whole analysis, as `ingest`
 * would: each input is read or refused with a reason, each article analysed or stopped at the time
 * limit with a message. Anything else — an exception escaping, an error — is a crash and listed.
 */
public final class MalformedBatch {

    /** What a batch came to. {@code crashes} must be empty. */
    public record Result(int inputs, int articles, int refused, int analysed, int stopped, List<String> crashes,
                         Map<String, Integer> refusedByKind, long slowestMillis, String slowest, long peakLiveHeap,
                         double seconds) {
    }

    private record One(String name, int articles, int refused, int analysed, int stopped, List<String> crashes,
                       long millis) {
    }

    private MalformedBatch() {
    }

    public static Result run(int count, long seed, Pipeline pipeline, int threads, Duration limit) {
        ArticleReader reader = new ArticleReader();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        int[] totals = new int[5];
        List<String> crashes = new ArrayList<>();
        Map<String, Integer> refusedByKind = new TreeMap<>();
        long[] slowest = {0, 0};
        String[] slowestName = {""};
        long start = System.nanoTime();
        Iterator<Integer> indexes = MalformedInputs.indexes(count).iterator();
        Iterator<Supplier<One>> tasks = new Iterator<>() {
            public boolean hasNext() {
                return indexes.hasNext();
            }

            public Supplier<One> next() {
                int index = indexes.next();
                return () -> one(MalformedInputs.input(seed, index), reader, pipeline, limit);
            }
        };
        try (ParallelRunner runner = new ParallelRunner(threads)) {
            runner.run(tasks, one -> {
                totals[0]++;
                totals[1] += one.articles();
                totals[2] += one.refused();
                totals[3] += one.analysed();
                totals[4] += one.stopped();
                crashes.addAll(one.crashes());
                if (one.refused() > 0) {
                    refusedByKind.merge(one.name().substring(6), one.refused(), Integer::sum);
                }
                if (one.millis() > slowest[0]) {
                    slowest[0] = one.millis();
                    slowestName[0] = one.name();
                }
                slowest[1] = Math.max(slowest[1], pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
            });
        }
        return new Result(totals[0], totals[1], totals[2], totals[3], totals[4], crashes, refusedByKind, slowest[0],
                slowestName[0], slowest[1], (System.nanoTime() - start) / 1e9);
    }

    private static One one(MalformedInputs.Input input, ArticleReader reader, Pipeline pipeline, Duration limit) {
        long start = System.nanoTime();
        int articles = 0;
        int refused = 0;
        int analysed = 0;
        int stopped = 0;
        List<String> crashes = new ArrayList<>();
        try {
            for (ReadOutcome outcome : reader.readBytes(input.bytes(), input.name(), input.name(), input.format())
                    .toList()) {
                if (outcome instanceof ReadOutcome.Failed failed) {
                    refused++;
                    if (failed.reason() == null || failed.reason().isBlank()) {
                        crashes.add(input.name() + ": refused without a reason");
                    }
                    continue;
                }
                articles++;
                try {
                    pipeline.analyze(((ReadOutcome.Read) outcome).article(), limit);
                    analysed++;
                } catch (AnalysisTimeoutException e) {
                    stopped++;
                }
            }
        } catch (Throwable e) {
            crashes.add(input.name() + ": " + e);
        }
        return new One(input.name(), articles, refused, analysed, stopped, crashes,
                (System.nanoTime() - start) / 1_000_000);
    }
}
