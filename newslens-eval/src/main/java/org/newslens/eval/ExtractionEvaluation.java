package org.newslens.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newslens.ingest.ArticleBody;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;

/**
 * Scores HTML body extraction on a folder of pages: every {@code NAME.html} with a
 * {@code NAME.body.txt} beside it holding the true article body. Prints one line per page and the
 * mean precision, recall and F1 (word 4-shingles, see {@link ShingleOverlap}).
 */
public final class ExtractionEvaluation {

    /** One page's result. */
    public record PageScore(String page, Scores scores) {
    }

    /** All pages' results and their means. */
    public record Result(List<PageScore> pages, double precision, double recall, double f1) {
    }

    private final ShingleOverlap overlap = new ShingleOverlap(4);
    private final ArticleReader reader = new ArticleReader();

    public Result evaluate(Path folder) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        List<PageScore> scores = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            Path gold = page.resolveSibling(name + ".body.txt");
            if (!Files.exists(gold)) {
                continue;
            }
            String extracted = reader.readFile(page, true).findFirst()
                    .filter(ReadOutcome.Read.class::isInstance)
                    .map(o -> ArticleBody.of(((ReadOutcome.Read) o).article())).orElse("");
            scores.add(new PageScore(name, overlap.score(extracted, Files.readString(gold, StandardCharsets.UTF_8))));
        }
        if (scores.isEmpty()) {
            throw new IOException("no NAME.html pages with a NAME.body.txt beside them in " + folder);
        }
        return new Result(scores, mean(scores, Scores::precision), mean(scores, Scores::recall), mean(scores, Scores::f1));
    }

    public static void print(Result result, PrintStream out) {
        out.printf("%-40s %9s %9s %9s%n", "page", "precision", "recall", "F1");
        for (PageScore page : result.pages()) {
            out.printf("%-40s %9.3f %9.3f %9.3f%n", page.page(), page.scores().precision(), page.scores().recall(),
                    page.scores().f1());
        }
        out.printf("%-40s %9.3f %9.3f %9.3f%n", "MEAN (" + result.pages().size() + " pages)", result.precision(),
                result.recall(), result.f1());
    }

    private static double mean(List<PageScore> scores, java.util.function.ToDoubleFunction<Scores> metric) {
        return scores.stream().mapToDouble(s -> metric.applyAsDouble(s.scores())).average().orElse(0);
    }
}
