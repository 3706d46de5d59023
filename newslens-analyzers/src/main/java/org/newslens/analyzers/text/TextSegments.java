package org.newslens.analyzers.text;

import java.util.ArrayList;
import java.util.List;
import org.newslens.core.model.CharSpan;

/**
 * Cuts a stretch of text where a sentence must end regardless of punctuation: at blank lines,
 * and at single line breaks unless the text is hard-wrapped there (the next line continues in
 * lower case after a line that does not end a sentence).
 */
final class TextSegments {

    private TextSegments() {
    }

    static List<CharSpan> split(String text, CharSpan within) {
        List<CharSpan> segments = new ArrayList<>();
        int start = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r') && isBreak(text, i, within.end())) {
                addTrimmed(text, start, i, segments);
                start = i + 1;
            }
        }
        addTrimmed(text, start, within.end(), segments);
        return segments;
    }

    private static boolean isBreak(String text, int newline, int limit) {
        int before = newline - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = newline + 1;
        while (after < limit && Character.isWhitespace(text.charAt(after)) && text.charAt(after) != '\n') {
            after++;
        }
        if (after >= limit || before < 0 || text.charAt(after) == '\n' || text.charAt(before) == '\n') {
            return true;
        }
        char last = text.charAt(before);
        char next = text.charAt(after);
        boolean runsOn = Character.isLowerCase(next) && (Character.isLetterOrDigit(last) || last == ',' || last == '-');
        return !runsOn;
    }

    private static void addTrimmed(String text, int start, int end, List<CharSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new CharSpan(start, end));
        }
    }
}
