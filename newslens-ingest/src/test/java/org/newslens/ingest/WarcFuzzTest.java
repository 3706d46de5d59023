package org.newslens.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newslens.core.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of WARC reading (Jazzer): fuzzed bytes behind a well-formed record header
 * (so the fuzzer reaches HTTP parsing, chunking, content encodings and the article parsers), or raw.
 * Every outcome is an article inside its text or a failure naming the input; never an exception.
 * Without JAZZER_FUZZ=1 this replays src/test/resources/org/newslens/ingest/WarcFuzzTestInputs/.
 */
class WarcFuzzTest {

    private static final ArticleReader READER = new ArticleReader(200_000);

    @FuzzTest(maxDuration = "30s")
    void anyArchiveIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        boolean framed = data.consumeBoolean();
        String type = data.pickValue(List.of("response", "resource", "request", "metadata", "revisit"));
        String contentType = data.pickValue(List.of("application/http; msgtype=response", "text/html", "text/plain",
                "application/http"));
        byte[] block = data.consumeRemainingAsBytes();
        byte[] bytes = block;
        if (framed) {
            String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                    + "WARC-Date: 2017-01-29T10:00:00Z\r\nWARC-Target-URI: https://example.org/a\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
            byte[] head = header.getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            bytes = new byte[head.length + block.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(block, 0, bytes, head.length, block.length);
            System.arraycopy(tail, 0, bytes, head.length + block.length, tail.length);
        }
        List<ReadOutcome> outcomes = READER.readBytes(bytes, "fuzz.warc", "fuzz", Optional.of(InputFormat.WARC)).toList();
        for (ReadOutcome outcome : outcomes) {
            if (outcome instanceof ReadOutcome.Failed failed) {
                assertTrue(failed.source().startsWith("fuzz.warc"), failed.source());
                assertFalse(failed.reason().isBlank(), "a failure says why");
            } else {
                Article article = ((ReadOutcome.Read) outcome).article();
                assertTrue(article.contentSpans().stream().allMatch(s -> s.end() <= article.text().length()));
            }
        }
    }
}
