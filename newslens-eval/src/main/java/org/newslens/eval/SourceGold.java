package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;

/**
 * One gold file of {@code eval sources}, anchored on the article's words rather than offsets so
 * that it can be written and checked by reading (format: {@code docs/eval-sources.md}):
 * <pre>{"article": "ID",
 *  "quotes": [{"text": "quoted words" | "from": "first words", "to": "last words",
 *              "kind": "DIRECT", "speaker": "Name" | null}],
 *  "claims": [{"sentence": "first words of the sentence", "sourceType": "ANONYMOUS", "source": "Name" | null}]}</pre>
 * Anchors are looked up in order, each after the previous one of its list, so repeated words work.
 */
record SourceGold(String article, List<GoldQuote> quotes, List<GoldClaim> claims) {

    /** The quoted words (without marks) as a span of the article text. */
    record GoldQuote(CharSpan span, QuoteKind kind, String speaker) {
    }

    /** {@code at} is where the sentence starts. */
    record GoldClaim(int at, SourceType sourceType, String source) {
    }

    /** The id of the article a gold file is about. */
    static String articleOf(Path file) throws IOException {
        String article = AnalysisJson.mapper().readTree(Files.readString(file)).path("article").asText(null);
        if (article == null) {
            throw new IOException(file + ": a gold file needs \"article\"");
        }
        return article;
    }

    private static final String OPENING_MARKS = "“\"‘'«„";

    /**
     * Where a quote's first words stand after {@code cursor}: the first place they follow an opening quote mark (a quote
     * is in marks: "the so-called “backstop”" is not the "backstop" of an earlier sentence), else the first place at all.
     */
    static int openingAt(String text, String words, int cursor) {
        for (int at = text.indexOf(words, cursor); at >= 0; at = text.indexOf(words, at + 1)) {
            if (at > 0 && OPENING_MARKS.indexOf(text.charAt(at - 1)) >= 0) {
                return at;
            }
        }
        return text.indexOf(words, cursor);
    }

    /** Reads the gold file, finding its anchors in {@code text}. */
    static SourceGold read(Path file, String text) throws IOException {
        JsonNode root = AnalysisJson.mapper().readTree(Files.readString(file));
        String article = root.path("article").asText(null);
        if (article == null || !root.path("quotes").isArray() || !root.path("claims").isArray()) {
            throw new IOException(file + ": a gold file needs \"article\", a \"quotes\" and a \"claims\" array");
        }
        List<GoldQuote> quotes = new ArrayList<>();
        int cursor = 0;
        int index = 0;
        for (JsonNode q : root.get("quotes")) {
            index++;
            String from = q.has("text") ? q.get("text").asText() : q.path("from").asText("");
            String to = q.has("text") ? q.get("text").asText() : q.path("to").asText("");
            int start = openingAt(text, from, cursor);
            int end = start < 0 ? -1 : text.indexOf(to, start);
            if (start < 0 || end < 0 || from.isEmpty()) {
                throw new IOException(file + ": quote " + index + " (\"" + from + "\") not found in the article"
                        + " after offset " + cursor);
            }
            quotes.add(new GoldQuote(new CharSpan(start, end + to.length()), kind(file, q, index),
                    q.path("speaker").isNull() ? null : q.path("speaker").asText(null)));
            cursor = start + 1;
        }
        List<GoldClaim> claims = new ArrayList<>();
        cursor = 0;
        index = 0;
        for (JsonNode c : root.get("claims")) {
            index++;
            String sentence = c.path("sentence").asText("");
            int at = sentence.isEmpty() ? -1 : text.indexOf(sentence, cursor);
            if (at < 0) {
                throw new IOException(file + ": claim " + index + " (\"" + sentence + "\") not found in the article"
                        + " after offset " + cursor);
            }
            SourceType type;
            try {
                type = SourceType.valueOf(c.path("sourceType").asText(""));
            } catch (IllegalArgumentException bad) {
                throw new IOException(file + ": claim " + index + " has unknown sourceType \""
                        + c.path("sourceType").asText("") + "\"");
            }
            claims.add(new GoldClaim(at, type, c.path("source").isNull() ? null : c.path("source").asText(null)));
            cursor = at + 1;
        }
        return new SourceGold(article, quotes, claims);
    }

    private static QuoteKind kind(Path file, JsonNode q, int index) throws IOException {
        try {
            return QuoteKind.valueOf(q.path("kind").asText(""));
        } catch (IllegalArgumentException bad) {
            throw new IOException(file + ": quote " + index + " has unknown kind \"" + q.path("kind").asText("") + "\"");
        }
    }
}
