package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.Article;
import org.newslens.ingest.ArticleBody;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;

/**
 * Issue 2, item 5: HTML body extraction on pages in many layouts. Every demo article written as
 * plain text is poured into each hand-written layout (news site, WordPress blog with comments,
 * old table layout, magazine, plain divs, press release), with in-body furniture; the two
 * hand-written demo pages are scored too.
 */
class ExtractionEvaluationTest {

    private static final Path LAYOUTS = Path.of("src/test/resources/extraction/layouts");
    private static final Path DEMO = Path.of("../demo/corpus");

    @TempDir
    static Path pages;

    @BeforeAll
    static void buildPages() throws IOException {
        List<Path> layouts;
        List<Path> articles;
        try (Stream<Path> l = Files.list(LAYOUTS); Stream<Path> a = Files.list(DEMO)) {
            layouts = l.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            articles = a.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleReader reader = new ArticleReader();
        for (Path article : articles) {
            Article parsed = ((ReadOutcome.Read) reader.readFile(article, true).findFirst().orElseThrow()).article();
            String body = ArticleBody.of(parsed);
            for (Path layout : layouts) {
                String name = layout.getFileName().toString().replace(".html", "") + "--"
                        + article.getFileName().toString().replace(".txt", "");
                Files.writeString(pages.resolve(name + ".html"), LayoutPage.render(Files.readString(layout), parsed, body));
                Files.writeString(pages.resolve(name + ".body.txt"), body);
            }
        }
        for (String demo : List.of("07-news-site-palmyra", "08-blog-astana")) {
            Files.copy(DEMO.resolve(demo + ".html"), pages.resolve(demo + ".html"));
            Files.copy(Path.of("src/test/resources/extraction/" + demo + ".body.txt"), pages.resolve(demo + ".body.txt"));
        }
    }

    @Test
    void bodyExtractionReachesF1OfAtLeast095OnEveryLayout() throws IOException {
        ExtractionEvaluation.Result result = new ExtractionEvaluation().evaluate(pages);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ExtractionEvaluation.print(result, new PrintStream(table, true, StandardCharsets.UTF_8));
        System.out.println(table.toString(StandardCharsets.UTF_8));
        assertEquals(10 * 6 + 2, result.pages().size(), "every layout x article page was scored");
        assertTrue(result.f1() >= 0.95, "mean body F1 " + result.f1());
        for (ExtractionEvaluation.PageScore page : result.pages()) {
            assertTrue(page.scores().f1() >= 0.85, page.page() + " scored " + page.scores());
        }
    }

    @Test
    void identicalTextScoresOneAndDisjointTextZero() {
        ShingleOverlap overlap = new ShingleOverlap(4);
        assertEquals(1.0, overlap.score("one two three four five", "One, two three four five.").f1(), 1e-9);
        assertEquals(0.0, overlap.score("one two three four five", "six seven eight nine ten").f1(), 1e-9);
    }
}
