package org.newslens.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.techniques.TechniqueDetector;
import org.newslens.analyzers.techniques.TechniqueModel;
import org.newslens.core.model.Article;

/**
 * What propaganda-technique detection adds to an article's analysis, on one core: the time of
 * {@link TechniqueDetector#detect} per article, scaled to 1,000 words, as median and 90th percentile over
 * all articles and passes (after one warm-up pass).
 */
public final class TechniqueBenchmark {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public record Figures(double loadSeconds, int articles, long words, double medianMsPerThousandWords,
                          double p90MsPerThousandWords, double totalSecondsPerPass) {
    }

    public static Figures run(List<Article> articles, int passes) {
        return run(articles, passes, TechniqueModel::bundled);
    }

    /** The same with another model; its load time includes the contextual encoder's when the model uses it. */
    public static Figures run(List<Article> articles, int passes, java.util.function.Supplier<TechniqueModel> model) {
        long t0 = System.nanoTime();
        TechniqueModel loaded = model.get();
        TechniqueDetector detector = new TechniqueDetector(loaded);
        if (loaded.usesEncoder()) {
            detector.detect("Warm the encoder.");
        }
        double load = (System.nanoTime() - t0) / 1e9;
        List<String> texts = articles.stream().map(Article::text).toList();
        long words = texts.stream().mapToLong(TechniqueBenchmark::words).sum();
        texts.forEach(detector::detect);
        List<Double> perThousand = new ArrayList<>();
        double total = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (String text : texts) {
                long start = System.nanoTime();
                detector.detect(text);
                double ms = (System.nanoTime() - start) / 1e6;
                total += ms / 1000;
                perThousand.add(ms * 1000.0 / Math.max(1, words(text)));
            }
        }
        perThousand.sort(Double::compare);
        return new Figures(load, texts.size(), words, percentile(perThousand, 0.5), percentile(perThousand, 0.9),
                total / passes);
    }

    public static void print(Figures f, PrintStream out) {
        out.printf("%nTechnique detection alone, one thread: %d articles, %d words; model load %.1f s%n", f.articles(),
                f.words(), f.loadSeconds());
        out.printf("  median %.1f ms per 1,000 words (90th percentile %.1f ms); %.2f s per pass%n",
                f.medianMsPerThousandWords(), f.p90MsPerThousandWords(), f.totalSecondsPerPass());
    }

    private static double percentile(List<Double> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }

    private static long words(String text) {
        long n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
