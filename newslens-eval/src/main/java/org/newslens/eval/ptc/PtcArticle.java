package org.newslens.eval.ptc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newslens.core.model.CharSpan;

/**
 * A PTC article: its id and its text exactly as the corpus counts offsets (UTF-8 decoded, BOM and line
 * endings kept). Converts between the corpus's code-point offsets and Java's UTF-16 indices.
 */
public record PtcArticle(String id, String text) {

    /** Reads {@code article<ID>.txt}; the id is the part between "article" and ".txt". */
    public static PtcArticle read(Path file) throws IOException {
        return new PtcArticle(idOf(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.startsWith("article") ? stem.substring("article".length()) : stem;
    }

    /** A code-point span as a UTF-16 span; fails naming the article when it lies outside the text. */
    public CharSpan toUtf16(int start, int end) {
        int points = text.codePointCount(0, text.length());
        if (end > points) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") exceeds the " + points
                    + " code points of article " + id);
        }
        int s = text.offsetByCodePoints(0, start);
        return new CharSpan(s, text.offsetByCodePoints(s, end - start));
    }

    public int[] toCodePoints(CharSpan span) {
        int s = text.codePointCount(0, span.start());
        return new int[] {s, s + text.codePointCount(span.start(), span.end())};
    }

    /** A UTF-16 span of this article as a PTC line, with its technique (null for SI-only lines). */
    public PtcSpan toPtc(CharSpan span, org.newslens.core.model.Technique technique) {
        int[] points = toCodePoints(span);
        return new PtcSpan(id, technique, points[0], points[1]);
    }

    public List<CharSpan> toUtf16(List<PtcSpan> spans) {
        return spans.stream().map(s -> toUtf16(s.start(), s.end())).toList();
    }
}
