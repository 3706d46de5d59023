package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A half-open character range {@code [start, end)} on an article's text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units) into {@link Article#text()},
 * exactly as read: never into a normalised copy. Token ranges are a different type.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    @JsonIgnore
    public int length() {
        return end - start;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(CharSpan other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; fails with both offsets and the text length when the span lies outside it. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") exceeds text length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(CharSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
