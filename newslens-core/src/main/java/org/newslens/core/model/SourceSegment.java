package org.newslens.core.model;

/**
 * Maps a run of the article text back to the raw input it came from (e.g. an HTML file):
 * text offsets {@code [textStart, textStart + length)} correspond to source offsets
 * {@code [sourceStart, sourceStart + sourceLength)}. When {@code length == sourceLength}
 * the mapping is character for character; otherwise (an entity such as {@code &amp;}) the run maps as a whole.
 */
public record SourceSegment(int textStart, int length, int sourceStart, int sourceLength) {

    public SourceSegment {
        if (textStart < 0 || length < 0 || sourceStart < 0 || sourceLength < 0) {
            throw new IllegalArgumentException("Negative value in source segment " + textStart + "+" + length
                    + " -> " + sourceStart + "+" + sourceLength);
        }
    }
}
