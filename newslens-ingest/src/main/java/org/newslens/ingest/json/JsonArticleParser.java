package org.newslens.ingest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newslens.core.model.Article;
import org.newslens.ingest.InputException;
import org.newslens.ingest.html.HtmlArticleParser;
import org.newslens.ingest.text.BoilerplateMarker;
import org.newslens.ingest.text.DateParsing;

/**
 * Builds an article from one JSON record. Field names (first present wins):
 * <ul>
 *   <li>text: {@code text}, {@code body}, {@code content}, {@code article}; or HTML in {@code html}, {@code raw_html}</li>
 *   <li>id: {@code id}, {@code uuid}, {@code doc_id}; else the file name and record number</li>
 *   <li>title: {@code title}, {@code headline}; author: {@code author}, {@code byline}, {@code authors} (array)</li>
 *   <li>outlet: {@code outlet}, {@code source}, {@code site}, {@code site_name}, {@code publisher}, {@code domain}</li>
 *   <li>published: {@code published}, {@code date}, {@code published_at}, {@code publishedAt}, {@code date_publish},
 *       {@code pubdate} (ISO or written dates)</li>
 * </ul>
 * Thread-safe.
 */
public final class JsonArticleParser {

    static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "article", "maintext");
    static final List<String> HTML_FIELDS = List.of("html", "raw_html", "rawHtml");

    private final HtmlArticleParser htmlParser = new HtmlArticleParser();
    private final BoilerplateMarker marker = new BoilerplateMarker();

    public Article parse(JsonNode record, String fallbackId, String source) throws InputException {
        if (record == null || !record.isObject()) {
            throw new InputException("a JSON article must be an object with a \"text\" field");
        }
        String id = firstText(record, "id", "uuid", "doc_id", "article_id").orElse(fallbackId);
        Optional<String> text = firstText(record, TEXT_FIELDS.toArray(String[]::new));
        Optional<String> html = firstText(record, HTML_FIELDS.toArray(String[]::new));
        Article base;
        if (text.isPresent() && !text.get().isBlank()) {
            String body = text.get();
            base = new Article(id, source, null, null, null, null, body, marker.mark(body, List.of()), List.of());
        } else if (html.isPresent() && !html.get().isBlank()) {
            base = htmlParser.parse(id, source, html.get());
        } else {
            throw new InputException("JSON record has no text: expected one of " + TEXT_FIELDS + " or " + HTML_FIELDS);
        }
        String title = firstText(record, "title", "headline").orElse(base.title());
        String author = firstText(record, "author", "byline", "authors").orElse(base.author());
        String outlet = firstText(record, "outlet", "source", "site", "site_name", "publisher", "domain")
                .orElse(base.outlet());
        LocalDate published = firstText(record, "published", "date", "published_at", "publishedAt", "date_publish",
                "pubdate").flatMap(DateParsing::find).orElse(base.published());
        return new Article(id, source, title, author, outlet, published, base.text(), base.boilerplate(),
                base.sourceMap());
    }

    private static Optional<String> firstText(JsonNode record, String... fields) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                StringBuilder joined = new StringBuilder();
                value.forEach(v -> {
                    String s = v.isObject() ? v.path("name").asText("") : v.asText("");
                    if (!s.isBlank()) {
                        joined.append(joined.isEmpty() ? "" : ", ").append(s.strip());
                    }
                });
                if (!joined.isEmpty()) {
                    return Optional.of(joined.toString());
                }
            } else if (value.isObject() && value.has("name")) {
                return Optional.of(value.get("name").asText());
            } else if (value.isValueNode() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
