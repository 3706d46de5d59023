package org.newslens.eval;

import org.newslens.core.model.Article;
import org.newslens.core.pipeline.Pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How analysis time grows with article length: articles of about N words are built by joining
 * whole paragraphs of real articles in order, and each is analysed alone on one thread (median of
 * the passes after a warm-up). Linear growth shows as a constant time per 1,000 words.
 */
public final class LengthBenchmark {

    /** One length's figures. */
    public record Figures(int targetWords, int words, double medianSeconds, double msPer1000Words) {
    }

    private LengthBenchmark() {
    }

    public static List<Figures> run(Pipeline pipeline, List<Article> sources, List<Integer> lengths, int passes) {
        List<Figures> figures = new ArrayList<>();
        for (int target : lengths) {
            Article article = build(sources, target);
            int words = article.text().split("\\s+").length;
            pipeline.analyze(article); // warm-up
            double[] times = new double[passes];
            for (int p = 0; p < passes; p++) {
                long start = System.nanoTime();
                pipeline.analyze(article);
                times[p] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(times);
            double median = times[passes / 2];
            figures.add(new Figures(target, words, median, 1000 * median * 1000 / words));
        }
        return figures;
    }

    /** An article of at least {@code words} words made of whole paragraphs of the sources, in order. */
    static Article build(List<Article> sources, int words) {
        StringBuilder text = new StringBuilder("Synthetic article of " + words + " words\n\n");
        int count = 0;
        while (count < words) {
            for (Article source : sources) {
                for (String paragraph : source.text().split("\\n\\s*\\n")) {
                    String p = paragraph.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    text.append(p).append("\n\n");
                    count += p.split("\\s+").length;
                    if (count >= words) {
                        break;
                    }
                }
                if (count >= words) {
                    break;
                }
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no source articles to build from");
            }
        }
        return new Article("length-" + words, "synthetic", "Synthetic article of " + words + " words", null, null, null,
                text.toString(), List.of(), List.of());
    }

    public static void print(List<Figures> figures, PrintStream out) {
        out.println();
        out.println("Cost by article length, one thread, median of the passes after a warm-up");
        out.printf(Locale.ROOT, "%12s %8s %10s %16s %12s%n", "target words", "words", "seconds", "ms / 1,000 words",
                "vs first");
        double first = figures.isEmpty() ? 1 : figures.get(0).msPer1000Words();
        for (Figures f : figures) {
            out.printf(Locale.ROOT, "%12d %8d %10.2f %16.1f %11.2fx%n", f.targetWords(), f.words(), f.medianSeconds(),
                    f.msPer1000Words(), f.msPer1000Words() / first);
        }
    }
}
