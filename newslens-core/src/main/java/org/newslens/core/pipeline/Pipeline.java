package org.newslens.core.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.core.model.Article;

/**
 * An ordered chain of analyzers whose requirements are checked when it is built.
 *
 * <p>Thread-safe: {@link #analyze(Article)} may be called from many threads at once.
 */
public final class Pipeline {

    private final List<Analyzer<?>> analyzers;

    private Pipeline(List<Analyzer<?>> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Analyzer<?>> analyzers() {
        return analyzers;
    }

    /** Runs every analyzer in order on one article. */
    public Analysis analyze(Article article) {
        return run(article, null);
    }

    /**
     * As {@link #analyze(Article)}, stopped with an {@link AnalysisTimeoutException} once it has run
     * for {@code limit}: the thread is interrupted, the pipeline checks between analyzers and
     * CoreNLP inside its long loops. The interrupt never outlives the call.
     */
    public Analysis analyze(Article article, Duration limit) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = WATCHDOG.schedule(alarm::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        String[] current = {"start"};
        try {
            return run(article, current);
        } catch (RuntimeException | StackOverflowError e) {
            if (alarm.rang()) {
                throw new AnalysisTimeoutException(article.id(), limit, current[0]);
            }
            throw e;
        } finally {
            scheduled.cancel(false);
            alarm.silence();
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newslens-time-limit");
        t.setDaemon(true);
        return t;
    });

    /** Interrupts one thread once, unless silenced first; silencing clears any interrupt it made. */
    private static final class Alarm {
        private final Thread thread;
        private boolean silenced;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!silenced) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        synchronized void silence() {
            silenced = true;
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    private Analysis run(Article article, String[] current) {
        Map<Layer<?>, Object> layers = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Analyzer<?> analyzer : analyzers) {
            if (current != null) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted before " + analyzer.name());
                }
                current[0] = analyzer.name();
            }
            Object value = analyzer.analyze(new AnalysisInput(article, layers, analyzer, diagnostics));
            if (value == null) {
                throw new IllegalStateException("analyzer \"" + analyzer.name() + "\" returned null for "
                        + analyzer.produces());
            }
            layers.put(analyzer.produces(), value);
        }
        return new Analysis(article, layers, diagnostics);
    }

    /** Collects analyzers and checks, on {@link #build()}, that each one's required layers come earlier. */
    public static final class Builder {

        private final List<Analyzer<?>> analyzers = new ArrayList<>();

        public Builder add(Analyzer<?> analyzer) {
            analyzers.add(java.util.Objects.requireNonNull(analyzer, "The parameter 'analyzer' must not be null."));
            return this;
        }

        public Pipeline build() {
            Map<Layer<?>, Analyzer<?>> producers = new HashMap<>();
            for (Analyzer<?> analyzer : analyzers) {
                Analyzer<?> previous = producers.putIfAbsent(analyzer.produces(), analyzer);
                if (previous != null) {
                    throw new PipelineException(analyzer.produces() + " is produced twice: by analyzer \""
                            + previous.name() + "\" and by analyzer \"" + analyzer.name() + "\"");
                }
            }
            Map<Layer<?>, Analyzer<?>> available = new HashMap<>();
            for (Analyzer<?> analyzer : analyzers) {
                for (Layer<?> needed : analyzer.requires()) {
                    if (!available.containsKey(needed)) {
                        throw new PipelineException(missingLayerMessage(analyzer, needed, producers.get(needed)));
                    }
                }
                available.put(analyzer.produces(), analyzer);
            }
            return new Pipeline(analyzers);
        }

        private static String missingLayerMessage(Analyzer<?> analyzer, Layer<?> needed, Analyzer<?> producer) {
            String base = "analyzer \"" + analyzer.name() + "\" needs " + needed;
            if (producer == null) {
                return base + ", which no analyzer in this pipeline produces; add its producer before \""
                        + analyzer.name() + "\"";
            }
            return base + ", produced by " + producer.getClass().getSimpleName() + " (\"" + producer.name()
                    + "\"), which must come before it";
        }
    }
}
