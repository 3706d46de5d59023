package org.newslens.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.AnalysisTimeoutException;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.InputFormat;
import org.newslens.ingest.ReadOutcome;

/**
 * Analyses one article sent in a request body, with at most a fixed number of analyses at once so
 * a burst of large uploads queues briefly and is then refused (429) instead of exhausting memory.
 * The pipeline is built on first use. Thread-safe.
 */
final class AnalyzeService {

    private static final long WAIT_FOR_SLOT_MS = 2_000;
    private static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(60);

    private final Supplier<Pipeline> pipeline;
    private final ArticleReader reader;
    private final Semaphore slots;

    AnalyzeService(Supplier<Pipeline> pipeline, long maxBodyBytes, int slots) {
        this.pipeline = memoize(pipeline);
        this.reader = new ArticleReader(maxBodyBytes);
        this.slots = new Semaphore(slots, true);
    }

    Analysis analyze(byte[] body, InputFormat format) {
        List<ReadOutcome> outcomes = reader.readBytes(body, "request", "posted", Optional.of(format)).limit(2).toList();
        if (outcomes.size() != 1) {
            throw ApiException.badRequest("send one article per request; this body holds several");
        }
        if (outcomes.get(0) instanceof ReadOutcome.Failed failed) {
            throw ApiException.badRequest("cannot read the article: " + failed.reason());
        }
        ReadOutcome.Read read = (ReadOutcome.Read) outcomes.get(0);
        acquire();
        try {
            return pipeline.get().analyze(read.article(), TIME_LIMIT);
        } catch (AnalysisTimeoutException e) {
            throw new ApiException(422, "analysis_timeout", "the analysis " + e.getMessage()
                    + "; send a shorter article");
        } finally {
            slots.release();
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(WAIT_FOR_SLOT_MS, TimeUnit.MILLISECONDS)) {
                throw new ApiException(429, "busy", "every analysis slot is taken; retry in a few seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted", "the server is stopping");
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
