package org.newslens.analyzers.sources;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.newslens.core.model.CharSpan;

/**
 * Finds quoted stretches by their quote marks: straight and curly double quotes, guillemets,
 * low-9 quotes, and single quotes nested in them or standing alone (headlines). A mark's role
 * (opening or closing) is decided by what is around it as much as by its glyph, because real
 * articles mistype them ({@code places.’ “} ends a quote with an opening mark). A quote may run
 * over several lines and paragraphs: an open quote goes on across a line break when the next
 * paragraph re-opens it (the newspaper convention) or when a closing mark follows within a few
 * lines; otherwise it ends, unmatched, where its paragraph ends. Apostrophes inside words are
 * never quote marks.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {

    /** How far ahead (characters) a closing mark may be looked for when a line ends inside a quote. */
    private static final int LOOKAHEAD_CHARS = 1500;
    private static final int LOOKAHEAD_LINES = 5;
    /** Single-quoted stretches longer than this are apostrophes that happen to pair up. */
    private static final int MAX_SINGLE_LENGTH = 300;

    /**
     * One quoted stretch.
     *
     * @param span    from the opening mark to after the closing mark (or the paragraph end when unmatched)
     * @param content the quoted words, without the marks
     * @param depth   0 for an outermost quote, 1 for a quote inside another
     * @param closed  false when no closing mark was found and the quote was ended at its paragraph's end
     * @param single  true for single quote marks
     */
    record Found(CharSpan span, CharSpan content, int depth, boolean closed, boolean single) {
    }

    /** An opening mark; {@code acrossLines} when its quote already runs over a paragraph break. */
    private record Open(int at, boolean straight, boolean acrossLines) {
        Open(int at, boolean straight) {
            this(at, straight, false);
        }
    }

    List<Found> find(String text, List<CharSpan> regions) {
        List<Found> found = new ArrayList<>();
        for (CharSpan region : regions) {
            scan(text, region, found);
        }
        found.sort(Comparator.comparing(Found::span));
        return List.copyOf(found);
    }

    private void scan(String text, CharSpan region, List<Found> found) {
        Deque<Open> doubles = new ArrayDeque<>();
        Deque<Open> singles = new ArrayDeque<>();
        int i = region.start();
        while (i < region.end()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (doubles.isEmpty() && !singles.isEmpty()) {
                    int reopened = endOfSingleQuotedLine(text, i, region, singles, found);
                    if (reopened >= 0) {
                        i = reopened + 1; // 'the paragraph re-opens the same single-quoted speech
                        continue;
                    }
                }
                singles.clear();
                if (!doubles.isEmpty()) {
                    int reopened = reopeningMark(text, i, region);
                    if (reopened >= 0 && doubles.size() == 1) {
                        i = reopened + 1; // the paragraph re-opens the same quote
                        continue;
                    }
                    if (!closingMarkAhead(text, i, region)) {
                        closeAllUnmatched(text, doubles, lineEnd(text, i), found);
                    }
                }
                i++;
                continue;
            }
            if (isDoubleMark(c)) {
                handleDouble(text, i, doubles, singles, found);
            } else if (isSingleMark(c)) {
                handleSingle(text, i, doubles, singles, found);
            }
            i++;
        }
        closeAllUnmatched(text, doubles, lineEnd(text, region.end()), found);
    }

    private void handleDouble(String text, int i, Deque<Open> doubles, Deque<Open> singles, List<Found> found) {
        char c = text.charAt(i);
        boolean spaceBefore = i == 0 || isSpace(text.charAt(i - 1)) || isOpeningPunct(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || isSpace(text.charAt(i + 1));
        boolean punctAfter = !spaceAfter && isClosingPunct(text.charAt(i + 1));
        boolean leftFlanking = spaceBefore && !spaceAfter;
        boolean rightFlanking = !spaceBefore && (spaceAfter || punctAfter);
        boolean straight = c == '"' || c == '＂';
        if (doubles.isEmpty()) {
            boolean closingGlyph = c == '”' || c == '»';
            if ((closingGlyph && !leftFlanking) || (straight && rightFlanking) || (straight && spaceAfter)) {
                return; // a stray closing mark, or inches (5'11")
            }
            doubles.push(new Open(i, straight));
            return;
        }
        boolean openingGlyph = c == '“' || c == '«' || c == '„' || c == '‟';
        if (openingGlyph) {
            if (spaceAfter || !spaceBefore) {
                close(text, doubles, singles, i, found); // mistyped closing mark
            } else if (doubles.size() < 2) {
                doubles.push(new Open(i, false)); // “a “nested” quote”
            }
            return;
        }
        if (straight && leftFlanking && !rightFlanking) {
            // A straight opening mark while one is open: the earlier quote was never closed.
            Open unclosed = doubles.pop();
            found.add(unmatched(text, unclosed, lastNonSpace(text, i), doubles.size()));
            doubles.clear();
            doubles.push(new Open(i, true));
            return;
        }
        close(text, doubles, singles, i, found);
    }

    private void close(String text, Deque<Open> doubles, Deque<Open> singles, int markAt, List<Found> found) {
        Open open = doubles.pop();
        singles.removeIf(s -> s.at() > open.at());
        found.add(new Found(new CharSpan(open.at(), markAt + 1), new CharSpan(open.at() + 1, markAt), doubles.size(),
                true, false));
    }

    private void handleSingle(String text, int i, Deque<Open> doubles, Deque<Open> singles, List<Found> found) {
        char c = text.charAt(i);
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return; // an apostrophe: can’t, Shi’ite
        }
        boolean canClose = c != '‘' && !letterAfter && i > 0 && !isSpace(text.charAt(i - 1));
        if (canClose && !singles.isEmpty()) {
            Open open = singles.pop();
            if ((open.acrossLines() || i - open.at() <= MAX_SINGLE_LENGTH) && i - open.at() > 1) {
                found.add(new Found(new CharSpan(open.at(), i + 1), new CharSpan(open.at() + 1, i), doubles.size(), true,
                        true));
            }
            return;
        }
        boolean canOpen = c != '’' && !letterBefore && letterAfter && !isElision(text, i);
        if (canOpen && singles.size() < 2) {
            singles.push(new Open(i, c == '\''));
        }
    }

    /**
     * A line ends with a single-quoted speech still open (British papers quote speech in single marks,
     * and a quote that goes on into the next paragraph is left open: {@code She said: 'We have … possible.}
     * then {@code 'And the leaders …'}). When the open mark starts the quote of a speech — after a colon
     * or at the start of its paragraph — and the line ends a sentence: if the next paragraph re-opens it,
     * the quote goes on (returns the re-opening mark's position); otherwise it ends, unmatched, at the
     * line's end. A lone apostrophe never qualifies, so every other open single mark is dropped.
     */
    private static int endOfSingleQuotedLine(String text, int newline, CharSpan region, Deque<Open> singles,
            List<Found> found) {
        Open outer = singles.peekLast();
        int end = lastNonSpace(text, newline);
        String words = text.substring(outer.at() + 1, Math.max(outer.at() + 1, end));
        if (end <= outer.at() + 1 || !opensSpeech(text, outer.at(), region) || ".?!".indexOf(text.charAt(end - 1)) < 0
                || words.trim().split("\\s+").length < 3 || words.chars().anyMatch(ch -> isDoubleMark((char) ch))) {
            return -1; // ('Oumuamua “appears …”: a name's apostrophe in a line quoting with double marks)
        }
        int j = newline;
        while (j < region.end() && isSpace(text.charAt(j))) {
            j++;
        }
        boolean reopens = j + 1 < region.end() && (text.charAt(j) == '\'' || text.charAt(j) == '‘')
                && Character.isLetterOrDigit(text.charAt(j + 1)) && !isElision(text, j);
        if (reopens || closingSingleAhead(text, newline, region)) {
            singles.clear();
            singles.push(new Open(outer.at(), outer.straight(), true));
            return reopens ? j : newline;
        }
        found.add(new Found(new CharSpan(outer.at(), end), new CharSpan(outer.at() + 1, end), 0, false, true));
        return -1;
    }

    /**
     * True when, within a few lines and before any paragraph that opens a quote of its own, a single mark
     * right after a sentence's punctuation closes one ({@code … plea deal which I thought was fraudulent,'
     * Corsi said}): a quote that went on into the next paragraph without re-opening. A plural's
     * apostrophe ({@code teddy bears' picnic}) never follows punctuation.
     */
    private static boolean closingSingleAhead(String text, int newline, CharSpan region) {
        int limit = Math.min(region.end(), newline + LOOKAHEAD_CHARS);
        int lines = 0;
        boolean lineStart = true;
        for (int j = newline + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                if (++lines > LOOKAHEAD_LINES) {
                    return false;
                }
                lineStart = true;
                continue;
            }
            if (isSpace(c)) {
                continue;
            }
            if (lineStart && isSingleMark(c)) {
                return false; // a new quote begins
            }
            lineStart = false;
            boolean letterAfter = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
            if ((c == '\'' || c == '’') && !letterAfter && ".,?!".indexOf(text.charAt(j - 1)) >= 0) {
                return true;
            }
            if (isDoubleMark(c)) {
                return false;
            }
        }
        return false;
    }

    /** A mark at the start of its paragraph or right after a colon: where quoted speech begins. */
    private static boolean opensSpeech(String text, int mark, CharSpan region) {
        int j = mark;
        while (j > region.start() && text.charAt(j - 1) != '\n' && isSpace(text.charAt(j - 1))) {
            j--;
        }
        return j == region.start() || text.charAt(j - 1) == '\n' || text.charAt(j - 1) == ':';
    }

    /** 'em, 'til, '90s, 'n': a straight or curly mark that stands for missing letters, not a quote. */
    private static boolean isElision(String text, int i) {
        int end = i + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
        return word.equals("em") || word.equals("til") || word.equals("cause") || word.equals("n")
                || word.matches("\\d\\ds?");
    }

    /** The position of an opening mark that starts the next non-empty line, or -1. */
    private static int reopeningMark(String text, int newline, CharSpan region) {
        int j = newline;
        while (j < region.end() && isSpace(text.charAt(j))) {
            j++;
        }
        if (j >= region.end()) {
            return -1;
        }
        char c = text.charAt(j);
        boolean opens = c == '“' || c == '«' || c == '„' || (c == '"' && j + 1 < text.length()
                && !isSpace(text.charAt(j + 1)));
        return opens ? j : -1;
    }

    /** True when, within a few lines, the next double mark is one that closes rather than opens. */
    private static boolean closingMarkAhead(String text, int newline, CharSpan region) {
        int limit = Math.min(region.end(), newline + LOOKAHEAD_CHARS);
        int lines = 0;
        for (int j = newline + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n' && ++lines > LOOKAHEAD_LINES) {
                return false;
            }
            if (!isDoubleMark(c)) {
                continue;
            }
            boolean spaceBefore = isSpace(text.charAt(j - 1)) || isOpeningPunct(text.charAt(j - 1));
            if (c == '”' || c == '»') {
                return true;
            }
            if (c == '"' || c == '＂') {
                return !spaceBefore;
            }
            return false;
        }
        return false;
    }

    private static void closeAllUnmatched(String text, Deque<Open> doubles, int end, List<Found> found) {
        while (!doubles.isEmpty()) {
            Open open = doubles.pop();
            if (end > open.at() + 1) {
                found.add(unmatched(text, open, end, doubles.size()));
            }
        }
    }

    private static Found unmatched(String text, Open open, int end, int depth) {
        int contentEnd = Math.max(open.at() + 1, end);
        return new Found(new CharSpan(open.at(), contentEnd), new CharSpan(open.at() + 1, contentEnd), depth, false,
                false);
    }

    /** The end of the text on the line that {@code newline} ends, without trailing spaces. */
    private static int lineEnd(String text, int newline) {
        return lastNonSpace(text, newline);
    }

    private static int lastNonSpace(String text, int before) {
        int end = before;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whitespace including the no-break spaces that pasted web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '‟' || c == '＂';
    }

    private static boolean isSingleMark(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    private static boolean isOpeningPunct(char c) {
        return c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == '/' || c == ':';
    }

    private static boolean isClosingPunct(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '—' || c == '–' || c == '’' || c == '\'';
    }
}
