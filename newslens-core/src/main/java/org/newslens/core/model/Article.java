package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read, before analysis.
 *
 * <p>{@code text} is the text every annotation points into. For a {@code .txt} input it is the decoded
 * file content unchanged; for HTML it is the page's visible text, block by block, and
 * {@code sourceMap} maps it back to the HTML. Boilerplate stays in the text and is listed in
 * {@code boilerplate}, in text order and without overlaps.
 *
 * @param id        the input file name without extension, or the record's id
 * @param source    where it was read from (a path, {@code path#line} for JSONL, or {@code -} for stdin)
 * @param title     nullable
 * @param author    nullable
 * @param outlet    nullable; the publication
 * @param published nullable; the publication date
 * @param sourceMap empty when text offsets equal source offsets or no source is kept
 */
public record Article(String id, String source, String title, String author, String outlet, LocalDate published,
                      String text, List<Boilerplate> boilerplate,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourceSegment> sourceMap) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
        sourceMap = List.copyOf(sourceMap == null ? List.of() : sourceMap);
        int previousEnd = 0;
        for (Boilerplate b : boilerplate) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("Boilerplate " + b.span() + " exceeds text length " + text.length()
                        + " in article " + id);
            }
            if (b.span().start() < previousEnd) {
                throw new IllegalArgumentException("Boilerplate " + b.span() + " overlaps or precedes the previous one"
                        + " in article " + id);
            }
            previousEnd = b.span().end();
        }
    }

    /** A plain article with no metadata, boilerplate or source map. */
    public static Article ofText(String id, String text) {
        return new Article(id, id, null, null, null, null, text, List.of(), List.of());
    }

    public Article withBoilerplate(List<Boilerplate> marked) {
        return new Article(id, source, title, author, outlet, published, text, marked, sourceMap);
    }

    /** True when the offset falls inside a boilerplate span. */
    public boolean isBoilerplate(int offset) {
        for (Boilerplate b : boilerplate) {
            if (b.span().contains(offset)) {
                return true;
            }
            if (b.span().start() > offset) {
                return false;
            }
        }
        return false;
    }

    /** The spans of text left once boilerplate is cut out, in order; these are what analyzers read. */
    public List<CharSpan> contentSpans() {
        java.util.ArrayList<CharSpan> spans = new java.util.ArrayList<>();
        int cursor = 0;
        for (Boilerplate b : boilerplate) {
            if (b.span().start() > cursor) {
                spans.add(new CharSpan(cursor, b.span().start()));
            }
            cursor = Math.max(cursor, b.span().end());
        }
        if (cursor < text.length()) {
            spans.add(new CharSpan(cursor, text.length()));
        }
        return List.copyOf(spans);
    }
}
