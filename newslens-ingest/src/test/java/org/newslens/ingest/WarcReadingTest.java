package org.newslens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newslens.core.model.Article;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading articles from web archives written with jwarc: plain and gzip, good and damaged. */
class WarcReadingTest {

    private static final String PAGE = "<html><head><title>Talks resume in Geneva</title>"
            + "<meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>Talks resume in Geneva</h1>"
            + "<p>Delegations met on Monday for a third round of talks, the envoy's office said.</p>"
            + "<p>Both sides accused each other of violating the truce.</p></article></body></html>";

    private static void writeArchive(Path file, WarcCompression compression, int bigPayload) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(response("https://example.org/news/geneva", 200, "text/html; charset=utf-8",
                    PAGE.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.org/missing", 404, "text/html", "<p>Not found</p>".getBytes()));
            writer.write(response("https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            writer.write(new WarcResource.Builder(java.net.URI.create("https://example.org/wire.txt"))
                    .body(MediaType.parse("text/plain"), ("Ceasefire holds in the north\n\n"
                            + "The ceasefire held for a third day on Tuesday, monitors said.").getBytes(StandardCharsets.UTF_8))
                    .build());
            if (bigPayload > 0) {
                byte[] big = new byte[bigPayload];
                Arrays.fill(big, (byte) 'a');
                writer.write(response("https://example.org/huge", 200, "text/html", big));
            }
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    @Test
    void htmlAndTextPayloadsBecomeArticlesAndEverythingElseIsPassedOver() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            if (compression == WarcCompression.NONE || compression == WarcCompression.GZIP) {
                Path file = Files.createTempFile("crawl", compression == WarcCompression.GZIP ? ".warc.gz" : ".warc");
                writeArchive(file, compression, 0);
                List<ReadOutcome> outcomes = new ArticleReader().readFile(file, true).toList();
                assertEquals(2, outcomes.size(), compression + ": " + outcomes);
                Article page = ((ReadOutcome.Read) outcomes.get(0)).article();
                assertEquals("Talks resume in Geneva", page.title());
                assertEquals("Jane Roe", page.author());
                assertTrue(page.source().endsWith("#1 https://example.org/news/geneva"), page.source());
                assertTrue(page.id().endsWith("-1"), page.id());
                Article wire = ((ReadOutcome.Read) outcomes.get(1)).article();
                assertTrue(wire.text().contains("The ceasefire held"), wire.text());
                Files.delete(file);
            }
        }
    }

    @Test
    void aTooLargeRecordAndADamagedTailAreNamedAndTheRecordsBeforeStay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        writeArchive(file, WarcCompression.GZIP, 4_000);
        List<ReadOutcome> outcomes = new ArticleReader(2_000).readFile(file, true).toList();
        assertEquals(3, outcomes.size(), outcomes.toString());
        ReadOutcome.Failed tooLarge = (ReadOutcome.Failed) outcomes.get(2);
        assertTrue(tooLarge.source().contains("https://example.org/huge"), tooLarge.source());
        assertTrue(tooLarge.reason().contains("too large"), tooLarge.reason());

        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 40));
        List<ReadOutcome> damaged = new ArticleReader().readFile(cut, true).toList();
        assertTrue(damaged.get(0) instanceof ReadOutcome.Read, "the first article is read: " + damaged);
        ReadOutcome last = damaged.get(damaged.size() - 1);
        assertTrue(last instanceof ReadOutcome.Failed failed && failed.source().startsWith(cut.toString())
                && !failed.reason().isBlank(), "the damage is named: " + last);
    }

    @Test
    void aFolderFindsArchivesAndStdinRecognisesOne(@TempDir Path dir) throws Exception {
        writeArchive(dir.resolve("a.warc"), WarcCompression.NONE, 0);
        assertEquals(2, new ArticleReader().read(List.of(dir.toString()), System.in).count());
        byte[] bytes = Files.readAllBytes(dir.resolve("a.warc"));
        assertEquals(2, new ArticleReader().read(List.of("-"), new java.io.ByteArrayInputStream(bytes)).count());
        assertEquals(1, new ArticleReader().readBytes("not a warc at all".getBytes(), "x", "x",
                java.util.Optional.of(InputFormat.WARC)).count());
        // An archive with records but no article says so rather than yielding nothing.
        Path images = dir.resolve("images.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(images, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            writer.write(response("https://example.org/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
        }
        List<ReadOutcome> none = new ArticleReader().readFile(images, true).toList();
        assertEquals(1, none.size());
        assertTrue(((ReadOutcome.Failed) none.get(0)).reason().contains("no articles: 1 records"), none.toString());
    }
}
