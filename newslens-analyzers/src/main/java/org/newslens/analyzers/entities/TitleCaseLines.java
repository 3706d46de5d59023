package org.newslens.analyzers.entities;

/**
 * Headlines set in title case ("Patients Are ESCAPING The Hospital", "Mueller Report On President
 * Trump"): their capitals mark neither names nor titles.
 */
final class TitleCaseLines {

    private TitleCaseLines() {
    }

    /** True when the line holding {@code [start, end)} has at least {@code minWords} words, three in four capitalised. */
    static boolean isTitleCase(String text, int start, int end, int minWords) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', end);
        String[] words = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).trim().split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        return words.length >= minWords && capitalised * 4 >= words.length * 3;
    }
}
