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
    /** How far after "take our poll" its form may close: question, answers, fields and notices. */
    private static final int POLL_FORM_LINES = 14;

    public List<Boilerplate> mark(String text, List<Boilerplate> known) {
        List<Boilerplate> found = new ArrayList<>(known);
        Boilerplate tailCause = null;
        List<TextLine> lines = TextLine.split(text);
        int pollEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.isBlank() || coveredBy(line.span(), known)) {
                continue;
            }
            CharSpan span = HeaderReader.trimmedSpan(line);
            if (BoilerplateRules.opensPoll(line.trimmed())) {
                pollEnd = Math.max(pollEnd, pollFormEnd(lines, i));
            }
            if (span.start() < pollEnd && !BoilerplateRules.opensPoll(line.trimmed())) {
                // The question, its answers and the form's fields between "take our poll" and its closing lines.
                found.add(new Boilerplate(span, "poll", 0.85, "inside a reader poll form"));
                continue;
            }
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

    /** The end of the last closing line of a poll form within the next lines, or -1 where none closes it. */
    private static int pollFormEnd(List<TextLine> lines, int open) {
        int end = -1;
        for (int j = open + 1; j < lines.size() && j <= open + POLL_FORM_LINES; j++) {
            if (BoilerplateRules.closesPoll(lines.get(j).trimmed())) {
                end = lines.get(j).span().end();
            }
        }
        return end;
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
