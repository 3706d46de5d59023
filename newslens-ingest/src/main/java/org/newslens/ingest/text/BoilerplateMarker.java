package org.newslens.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;

/**
 * Marks boilerplate lines in an article's text by their content, adds the spans already known
 * (header lines, HTML page furniture), and returns one sorted, non-overlapping list.
 *
 * <p>A line that closes an article ("Recent Articles", a disclaimer, a comment stamp) marks every
 * later line as well, but only in the last part of the text, so a disclaimer quoted early in a
 * story does not swallow it. Thread-safe.
 */
public final class BoilerplateMarker {

    /** A closing line must start after this share of the text to end the article. */
    private static final double TAIL_REGION = 0.4;

    public List<Boilerplate> mark(String text, List<Boilerplate> known) {
        List<Boilerplate> found = new ArrayList<>(known);
        Boilerplate tailCause = null;
        for (TextLine line : TextLine.split(text)) {
            if (line.isBlank() || coveredBy(line.span(), known)) {
                continue;
            }
            CharSpan span = HeaderReader.trimmedSpan(line);
            if (tailCause != null) {
                found.add(new Boilerplate(span, tailCause.kind(), tailCause.confidence() * 0.9,
                        "follows " + tailCause.reason()));
                continue;
            }
            Optional<BoilerplateRules.Match> match = BoilerplateRules.classify(line.trimmed());
            if (match.isEmpty()) {
                continue;
            }
            BoilerplateRules.Match m = match.get();
            Boilerplate marked = new Boilerplate(span, m.kind(), m.confidence(), m.reason());
            found.add(marked);
            if (m.endsArticle() && span.start() >= text.length() * TAIL_REGION) {
                tailCause = marked;
            }
        }
        return merge(found);
    }

    private static boolean coveredBy(CharSpan span, List<Boilerplate> known) {
        for (Boilerplate b : known) {
            if (b.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Sorts and drops spans that overlap an earlier one, so the list satisfies {@code Article}'s contract. */
    static List<Boilerplate> merge(List<Boilerplate> spans) {
        List<Boilerplate> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Boilerplate::span));
        List<Boilerplate> merged = new ArrayList<>();
        int end = 0;
        for (Boilerplate b : sorted) {
            if (b.span().isEmpty() || b.span().start() < end) {
                continue;
            }
            merged.add(b);
            end = b.span().end();
        }
        return merged;
    }
}
