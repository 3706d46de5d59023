package org.newslens.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/**
 * Measures Newslens's default pipeline (sentences, entities with actors and places, dates) against
 * the peer a Java user would reach for, Stanford CoreNLP's default NER pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner}, which includes SUTime dates), on the same articles, threads and
 * text (boilerplate removed for both). Reports the median of several timed passes after a warm-up,
 * model load time and heap (after load, and peak while analysing).
 */
public final class PipelineBenchmark {

    /** One system's figures. */
    public record Figures(String system, double loadSeconds, double medianPassSeconds, double articlesPerSecond,
                          double tokensPerSecond, long heapAfterLoadMb, long peakHeapMb) {
    }

    private final List<Article> articles;
    private final int threads;
    private final int passes;

    public PipelineBenchmark(List<Article> articles, int threads, int passes) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        this.articles = List.copyOf(articles);
        this.threads = threads;
        this.passes = passes;
    }

    public Figures newslens(long tokens) throws Exception {
        long loadStart = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(new ModelStore());
        double load = seconds(loadStart);
        return measure("newslens (full pipeline incl. quotes, claims, techniques)", load, tokens, pipeline::analyze);
    }

    public Figures coreNlpDefault(long tokens) throws Exception {
        long loadStart = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(props);
        double load = seconds(loadStart);
        return measure("corenlp default (tokenize,ssplit,pos,lemma,ner)", load, tokens,
                article -> coreNlp.annotate(new Annotation(contentText(article))));
    }

    /** Tokens in the articles' content, as Newslens counts them; the unit of tokens/s for both systems. */
    public long countTokens() {
        Pipeline pipeline = StandardPipeline.create(new ModelStore());
        return articles.stream().mapToLong(a -> pipeline.analyze(a).get(Layers.SENTENCES).stream()
                .mapToLong(s -> s.tokens().size()).sum()).sum();
    }

    private Figures measure(String name, double load, long tokens, Consumer<Article> analyse) throws Exception {
        System.gc();
        long afterLoad = heapUsedMb();
        resetPeaks();
        runPass(analyse);
        double[] times = new double[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            runPass(analyse);
            times[i] = seconds(start);
        }
        Arrays.sort(times);
        double median = passes % 2 == 1 ? times[passes / 2] : (times[passes / 2 - 1] + times[passes / 2]) / 2;
        return new Figures(name, load, median, articles.size() / median, tokens / median, afterLoad, peakHeapMb());
    }

    private void runPass(Consumer<Article> analyse) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> analyse.accept(article)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String contentText(Article article) {
        StringBuilder text = new StringBuilder();
        for (CharSpan span : article.contentSpans()) {
            text.append(span.of(article.text())).append("\n\n");
        }
        return text.toString();
    }

    public static void print(List<Figures> figures, int articleCount, long tokens, int threads, int passes,
                             PrintStream out) {
        out.printf("%d articles, %d tokens, %d threads, median of %d passes after 1 warm-up%n%n", articleCount,
                tokens, threads, passes);
        out.printf("%-50s %8s %10s %10s %11s %11s %10s%n", "system", "load s", "pass s", "articles/s", "tokens/s",
                "heap MB", "peak MB");
        for (Figures f : figures) {
            out.printf("%-50s %8.1f %10.2f %10.1f %11.0f %11d %10d%n", f.system(), f.loadSeconds(),
                    f.medianPassSeconds(), f.articlesPerSecond(), f.tokensPerSecond(), f.heapAfterLoadMb(),
                    f.peakHeapMb());
        }
        if (figures.size() == 2) {
            out.printf("%nspeed ratio (first / second): %.1fx; peak heap ratio: %.2f%n",
                    figures.get(0).articlesPerSecond() / figures.get(1).articlesPerSecond(),
                    figures.get(0).peakHeapMb() / (double) Math.max(1, figures.get(1).peakHeapMb()));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
