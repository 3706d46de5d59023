package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;

/** Issue 2, items 5 and 10: every input format, and one clear line for every kind of bad input. */
class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1_000_000);

    private List<ReadOutcome> read(String... inputs) {
        return reader.read(List.of(inputs), new ByteArrayInputStream(new byte[0])).toList();
    }

    private Article only(String input) {
        List<ReadOutcome> outcomes = read(input);
        assertEquals(1, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.get(0) instanceof ReadOutcome.Read, outcomes.toString());
        return ((ReadOutcome.Read) outcomes.get(0)).article();
    }

    private String failure(String input) {
        List<ReadOutcome> outcomes = read(input);
        assertEquals(1, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.get(0) instanceof ReadOutcome.Failed, outcomes.toString());
        return ((ReadOutcome.Failed) outcomes.get(0)).message();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textIsKeptExactlyAndLineOneIsTheTitleWhenLineTwoIsEmpty() throws IOException {
        String text = "\uFEFFTalks stall in Geneva\n\nThe envoy paused the talks on Wednesday.  \r\nMore text.\n";
        Article article = only(write("ptc-like.txt", text).toString());
        assertEquals(text, article.text(), "text unchanged, BOM included");
        assertEquals("Talks stall in Geneva", article.title());
        assertEquals("ptc-like", article.id());
    }

    @Test
    void noTitleWhenLineTwoIsNotEmpty() throws IOException {
        Article article = only(write("a.txt", "First sentence here.\nSecond sentence here.\n").toString());
        assertNull(article.title());
    }

    @Test
    void aBylineUnderTheHeadlineWithFieldsGivesAuthorOutletAndDate() throws IOException {
        Article piped = only(write("c.txt", "Army takes town\nBy Staff Writer | Example Front | March 5, 2018\n\n"
                + "The army took the town on Monday.\n").toString());
        assertEquals("Army takes town", piped.title());
        assertEquals("Staff Writer", piped.author());
        assertEquals("Example Front", piped.outlet());
        assertEquals(LocalDate.of(2018, 3, 5), piped.published());
        Article dated = only(write("d.txt", "Army takes town\n\nBy Jane Roe, March 5, 2018\n\nBody.\n").toString());
        assertEquals("Jane Roe", dated.author());
        assertEquals(LocalDate.of(2018, 3, 5), dated.published());
        assertNull(dated.outlet());
    }

    @Test
    void bylineAndDatelineAreReadAndMarked() throws IOException {
        String text = "A headline\n\nBy [Jane Roe](#)\n\nThe Example Times, February 05, 2016\n\nBody text starts here.\n";
        Article article = only(write("b.txt", text).toString());
        assertEquals("Jane Roe", article.author());
        assertEquals("The Example Times", article.outlet());
        assertEquals(LocalDate.of(2016, 2, 5), article.published());
        assertEquals(List.of("byline", "dateline"), article.boilerplate().stream().map(Boilerplate::kind).toList());
    }

    @Test
    void closingBlocksAreMarkedAsBoilerplateButKept() throws IOException {
        String text = "Title\n\nThe article body is here and it goes on for a while with real content.\n"
                + "It has a second line with more reporting about the events.\n\nRecent Articles\n\n"
                + "[Some other story](#)\n\nDisclaimer: not our responsibility.\n";
        Article article = only(write("c.txt", text).toString());
        assertEquals(text, article.text());
        Boilerplate recent = article.boilerplate().get(0);
        assertEquals("Recent Articles", recent.span().of(text));
        assertEquals("related", recent.kind());
        assertTrue(article.boilerplate().stream().anyMatch(b -> b.span().of(text).startsWith("Disclaimer")));
        assertEquals("Title\n\nThe article body is here and it goes on for a while with real content.\n"
                + "It has a second line with more reporting about the events.", ArticleBody.of(article).isEmpty()
                ? "" : text.substring(0, article.boilerplate().get(0).start()).strip());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertTrue(failure(write("empty.txt", new byte[0]).toString()).endsWith("empty.txt: empty file"));
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] bytes = {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3, (byte) 0xFF, 0, 0};
        assertTrue(failure(write("archive.txt", bytes).toString()).contains("binary file"));
    }

    @Test
    void windows1252IsDecodedAndNoted() throws IOException {
        byte[] bytes = "Caf\u00e9 talks \u2013 \u201cpaused\u201d\n".getBytes(Charset.forName("windows-1252"));
        List<ReadOutcome> outcomes = read(write("cp.txt", bytes).toString());
        ReadOutcome.Read read = (ReadOutcome.Read) outcomes.get(0);
        assertEquals("Caf\u00e9 talks \u2013 \u201cpaused\u201d\n", read.article().text());
        assertEquals("decoded as windows-1252", read.note());
    }

    @Test
    void undecodableBytesAreRefused() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i % 0x7F);
        }
        assertTrue(failure(write("garbage.txt", bytes).toString()).contains("not valid UTF-8"));
    }

    @Test
    void oversizedFileIsRefusedWithItsSize() throws IOException {
        byte[] big = new byte[1_500_000];
        java.util.Arrays.fill(big, (byte) 'a');
        String message = failure(write("big.txt", big).toString());
        assertTrue(message.contains("file too large: 1500000 bytes, limit 1000000"), message);
    }

    @Test
    void fiftyMegabyteFileIsRefusedUnderTheDefaultLimit() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = "All work and no play makes a very long article.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        List<ReadOutcome> outcomes = new ArticleReader().read(List.of(big.toString()),
                new ByteArrayInputStream(new byte[0])).toList();
        assertTrue(((ReadOutcome.Failed) outcomes.get(0)).reason().startsWith("file too large"));
    }

    @Test
    void folderWithoutArticlesIsReported() throws IOException {
        write("empty-folder/readme.pdf", "x");
        assertTrue(failure(dir.resolve("empty-folder").toString()).contains("no articles found in folder"));
    }

    @Test
    void missingAndUnreadableFilesAreReported() throws IOException {
        assertTrue(failure(dir.resolve("nope.txt").toString()).endsWith("no such file or folder"));
        Path link = dir.resolve("dangling.txt");
        Files.createSymbolicLink(link, dir.resolve("gone.txt"));
        assertTrue(failure(link.toString()).contains("broken link"));
        Path locked = write("locked.txt", "text");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) {
            assertTrue(failure(locked.toString()).contains("permission denied"));
        }
    }

    @Test
    void malformedJsonIsReportedAndTheBatchGoesOn() throws IOException {
        Path bad = write("batch/a-bad.json", "{\"text\": \"unterminated");
        write("batch/b-good.txt", "Good article text.\n");
        List<ReadOutcome> outcomes = read(dir.resolve("batch").toString());
        assertEquals(2, outcomes.size());
        assertTrue(((ReadOutcome.Failed) outcomes.get(0)).message().startsWith(bad + ": malformed JSON at line 1"));
        assertTrue(outcomes.get(1) instanceof ReadOutcome.Read);
    }

    @Test
    void jsonlRecordsAreReadOneByOneWithTheirLineNumbers() throws IOException {
        String lines = "{\"id\":\"r1\",\"title\":\"One\",\"text\":\"First.\",\"published\":\"2017-01-29\",\"outlet\":\"X\"}\n"
                + "not json\n"
                + "{\"title\":\"No text\"}\n"
                + "{\"html\":\"<html><body><article><p>From HTML, long enough to be an article body for sure,"
                + " with a few more words to pass the minimum.</p></article></body></html>\"}\n";
        Path file = write("feed.jsonl", lines);
        List<ReadOutcome> outcomes = read(file.toString());
        assertEquals(4, outcomes.size());
        Article first = ((ReadOutcome.Read) outcomes.get(0)).article();
        assertEquals("r1", first.id());
        assertEquals(LocalDate.of(2017, 1, 29), first.published());
        assertEquals(file + "#2: malformed JSON at column 4: Unrecognized token 'not': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                ((ReadOutcome.Failed) outcomes.get(1)).message());
        assertTrue(((ReadOutcome.Failed) outcomes.get(2)).reason().startsWith("JSON record has no text"));
        assertTrue(((ReadOutcome.Read) outcomes.get(3)).article().text().startsWith("From HTML"));
    }

    @Test
    void malformedHtmlStillYieldsItsText() throws IOException {
        Article article = only(write("broken.html", "<html><body><div><p>Unclosed paragraph about the siege"
                + " of the city and what happened next<div><b>bold").toString());
        assertTrue(article.text().contains("Unclosed paragraph about the siege"));
    }

    @Test
    void htmlWithoutTextIsRefused() throws IOException {
        assertTrue(failure(write("blank.html", "<html><head><title></title></head><body><script>x()</script>"
                + "</body></html>").toString()).contains("no visible text"));
    }

    @Test
    void stdinIsReadAndRecognisedByContent() {
        byte[] html = "<html><body><article><p>Text from standard input about the talks.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        List<ReadOutcome> outcomes = reader.read(List.of("-"), new ByteArrayInputStream(html)).toList();
        Article article = ((ReadOutcome.Read) outcomes.get(0)).article();
        assertEquals("-", article.source());
        assertTrue(article.text().contains("Text from standard input"));
    }

    @Test
    void htmlSourceMapLeadsBackToTheMarkup() throws IOException {
        String html = "<html><body><nav><a href=/>Home</a></nav><article><h1>Siege lifted</h1>"
                + "<p>Troops entered the town of Nubl on Wednesday, ending a long siege of the town.</p>"
                + "<p>Residents said food had run out weeks ago and that they had survived on bread.</p>"
                + "</article></body></html>";
        Article article = only(write("map.html", html).toString());
        int at = article.text().indexOf("Nubl");
        var segment = article.sourceMap().stream()
                .filter(s -> at >= s.textStart() && at < s.textStart() + s.length()).findFirst().orElseThrow();
        int sourceOffset = segment.sourceStart() + (at - segment.textStart());
        assertEquals("Nubl", html.substring(sourceOffset, sourceOffset + 4));
        assertTrue(article.boilerplate().stream().anyMatch(b -> b.kind().equals("navigation")
                && b.span().of(article.text()).equals("Home")));
    }

    @Test
    void htmlNested80000DeepIsReadWithoutOverflowingTheStack() throws IOException {
        String html = "<html><body>" + "<div>".repeat(80_000) + "<p>Deep text about the siege of the city and"
                + " what the residents said about it.</p>" + "</div>".repeat(80_000) + "</body></html>";
        Article article = only(write("deep.html", html).toString());
        assertTrue(article.text().contains("Deep text about the siege"));
    }

    @Test
    void photoCreditsReadMoreLinesAndBookAdvertsInsideTheBodyAreBoilerplate() throws IOException {
        String text = "Siege lifted\n\nTroops entered the town on Wednesday after a long siege of the town.\n"
                + "(AP Photo/Jane Roe)\n"
                + "Residents said food had run out weeks ago and that they had survived on bread.\n"
                + "Photo by John Doe for the Example Times\n"
                + "Continue reading the main story\n"
                + "Empire of Sand: A History Jo Roe Best Price: $4.99 Buy New $19.10 (as of 07:40 EDT - Details)\n"
                + "The mayor, a critic of the army, said of it: Long War: The S... Jo Roe Best Price: $5.10 Buy New $9\n"
                + "Jo Roe Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details) He had fled the town by then.\n"
                + "The evacuation is expected to last several days, officials said on Thursday.\n";
        Article article = only(write("credits.txt", text).toString());
        List<String> marked = article.boilerplate().stream().map(b -> b.span().of(text)).toList();
        assertEquals(List.of("(AP Photo/Jane Roe)", "Photo by John Doe for the Example Times",
                "Continue reading the main story",
                "Empire of Sand: A History Jo Roe Best Price: $4.99 Buy New $19.10 (as of 07:40 EDT - Details)"), marked);
    }

    @Test
    void jsonNestedBeyondTheParsersLimitIsRefusedWithAReasonNotACrash() throws IOException {
        // Found by `newslens bench-malformed`: Jackson reports its nesting limit without a location.
        String deep = "{\"text\": \"x\", \"nested\": " + "[".repeat(5_000) + "}";
        String json = failure(write("deep.json", deep).toString());
        assertTrue(json.contains("malformed JSON: ") && json.contains("nesting depth"), json);
        List<ReadOutcome> lines = read(write("deep.jsonl", deep + "\n{\"text\":\"fine\"}\n").toString());
        assertTrue(((ReadOutcome.Failed) lines.get(0)).reason().contains("nesting depth"), lines.toString());
        assertTrue(lines.get(1) instanceof ReadOutcome.Read);
    }

    @Test
    void aReaderPollFormBetweenParagraphsIsBoilerplateWithItsQuestionAndAnswers() throws IOException {
        String text = "Talks stall\n\nNegotiators met in Vienna on Monday without agreement.\n"
                + "take our poll - story continues below\n"
                + "Which senator should chair the committee?\n"
                + "Which senator should chair the committee?\n"
                + "* Jane Roe John Doe Richard Roe\n"
                + "Email *\n"
                + "Address This field is for validation purposes and should be left unchanged.\n"
                + "Completing this poll grants you access to Example Outpost updates free of charge.\n"
                + "You may opt out at anytime.\n"
                + "You also agree to this site's Privacy Policy and Terms of Use.\n"
                + "The delegations will meet again in Geneva next week, officials said.\n";
        Article article = only(write("poll.txt", text).toString());
        List<String> marked = article.boilerplate().stream().map(b -> b.span().of(text)).toList();
        assertEquals(9, marked.size(), marked.toString());
        assertEquals("take our poll - story continues below", marked.get(0));
        assertTrue(marked.contains("* Jane Roe John Doe Richard Roe"), marked.toString());
        assertTrue(marked.contains("Which senator should chair the committee?"), marked.toString());
        assertTrue(marked.stream().noneMatch(m -> m.contains("Geneva") || m.contains("Vienna")), marked.toString());
    }
}
