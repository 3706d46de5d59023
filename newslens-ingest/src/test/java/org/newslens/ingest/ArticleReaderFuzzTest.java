package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;

/**
 * Coverage-guided fuzzing of every input format (Jazzer). Whatever the bytes, reading ends in
 * articles whose boilerplate spans lie inside their text, or in failures that name the input and
 * say why — never in an exception. Without JAZZER_FUZZ=1 this replays the regression inputs in
 * src/test/resources/org/newslens/ingest/ArticleReaderFuzzTestInputs/.
 */
class ArticleReaderFuzzTest {

    private static final ArticleReader READER = new ArticleReader(1_000_000);

    @FuzzTest(maxDuration = "30s")
    void anyBytesInAnyFormatAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        int pick = data.consumeInt(0, InputFormat.values().length);
        Optional<InputFormat> format = pick == InputFormat.values().length ? Optional.empty()
                : Optional.of(InputFormat.values()[pick]);
        byte[] bytes = data.consumeRemainingAsBytes();
        List<ReadOutcome> outcomes = READER.readBytes(bytes, "fuzz-input", "fuzz", format).toList();
        assertFalse(outcomes.isEmpty(), "every input gives at least one outcome");
        for (ReadOutcome outcome : outcomes) {
            if (outcome instanceof ReadOutcome.Failed failed) {
                assertTrue(failed.source().startsWith("fuzz-input"), failed.source());
                assertFalse(failed.reason().isBlank(), "a failure says why");
            } else {
                Article article = ((ReadOutcome.Read) outcome).article();
                for (Boilerplate b : article.boilerplate()) {
                    assertTrue(b.span().end() <= article.text().length());
                }
                assertTrue(article.contentSpans().stream().allMatch(s -> s.end() <= article.text().length()));
            }
        }
    }
}
