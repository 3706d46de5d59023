package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/** Issue 4, item 6: the scorer counts what docs/eval-sources.md says it counts. */
class SourceEvaluationTest {

    private static final String TEXT = "“We will stay,” Ali Hassan said. Unnamed sources said 12 died. "
            + "The “moderate” rebels left. “We stay,” Ali Hassan said again.";

    @TempDir
    Path dir;

    private Path setUp(String gold) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("articles/t1.txt"), TEXT);
        Files.writeString(dir.resolve("gold/t1.json"), gold);
        return dir.resolve("gold");
    }

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    private static Analysis fixed(org.newslens.core.model.Article article) {
        List<Quote> quotes = List.of(
                new Quote(new CharSpan(0, 15), QuoteKind.DIRECT, false, null, "Ali Hassan", null, 0.9, "test"),
                new Quote(new CharSpan(at("“moderate”"), at("“moderate”") + 10), QuoteKind.PARTIAL, false, null, null,
                        null, 0.6, "test"));
        List<Claim> claims = List.of(
                new Claim(new CharSpan(0, at("Unnamed")), SourceType.NAMED_PERSON, "Hassan", null, List.of(), null, 0.5,
                        0.8, "test"),
                new Claim(new CharSpan(at("Unnamed"), at("The “")), SourceType.AUTHOR, null, null, List.of(), null, 0.5,
                        0.8, "test"));
        return new Analysis(article, Map.of(Layers.QUOTES, quotes, Layers.CLAIMS, claims, Layers.ENTITIES, List.of()),
                List.of());
    }

    @Test
    void countsMatchesKindsSpeakersAndSources() throws IOException {
        Path gold = setUp("""
                {"article": "t1",
                 "quotes": [{"text": "We will stay,", "kind": "DIRECT", "speaker": "Ali Hassan"},
                            {"text": "moderate", "kind": "SCARE", "speaker": null},
                            {"text": "We stay,", "kind": "DIRECT", "speaker": "Ali Hassan"}],
                 "claims": [{"sentence": "“We will stay,”", "sourceType": "NAMED_PERSON", "source": "Ali Hassan"},
                            {"sentence": "Unnamed sources", "sourceType": "ANONYMOUS", "source": null},
                            {"sentence": "“We stay", "sourceType": "NAMED_PERSON", "source": "Ali Hassan"}]}
                """);
        SourceEvaluation.Result r = new SourceEvaluation(SourceEvaluationTest::fixed).evaluate(gold, List.of(dir.resolve("articles")));
        assertEquals(2, r.quotes().truePositives(), "two of three gold quotes found");
        assertEquals(2.0 / 3, r.quotes().recall(), 1e-9);
        assertEquals(1, r.kindCorrect(), "the scare quote was called partial");
        assertEquals(1, r.speakerCorrect(), "\"Ali Hassan\" matches");
        assertEquals(2, r.speakerGold(), "the missed quote counts in the all-quotes accuracy");
        assertEquals(2, r.claims().truePositives());
        assertEquals(1, r.typeCorrect());
        assertEquals(1, r.nameCorrect(), "\"Hassan\" names Ali Hassan");
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("missed quote \"We stay,\"")), r.errors().toString());
    }

    @Test
    void anAnchorThatIsNotInTheArticleNamesTheFileAndItem() throws IOException {
        Path gold = setUp("""
                {"article": "t1", "quotes": [{"text": "never said", "kind": "DIRECT", "speaker": null}], "claims": []}
                """);
        IOException e = assertThrows(IOException.class,
                () -> new SourceEvaluation(SourceEvaluationTest::fixed).evaluate(gold, List.of(dir.resolve("articles"))));
        assertTrue(e.getMessage().contains("t1.json: quote 1"), e.getMessage());
    }

    @Test
    void namesMatchWithoutCaseAccentsOrTheAndByWordSubsets() {
        assertTrue(SourceEvaluation.sameSource("The Guardian", "the guardian", null));
        assertTrue(SourceEvaluation.sameSource("Tedros Adhanom Ghebreyesus", "Tedros", null));
        assertTrue(!SourceEvaluation.sameSource("Donald Trump", "Hillary Clinton", null));
    }

    @Test
    void aQuoteAnchorIsTheWordsInMarksNotTheSameWordsBefore() {
        String text = "The backstop was invented. Negotiators devised the so-called “backstop” as a fallback.";
        assertEquals(text.indexOf("“backstop”") + 1, SourceGold.openingAt(text, "backstop", 0));
        assertEquals(text.indexOf("backstop"), SourceGold.openingAt("The backstop was invented.", "backstop", 0),
                "no marked occurrence: the first one");
    }
}
