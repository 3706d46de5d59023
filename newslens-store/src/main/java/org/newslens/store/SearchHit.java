package org.newslens.store;

/**
 * One article found. {@code snippet} is plain text in which the matched words are enclosed in
 * {@link #MARK_START} and {@link #MARK_END} characters, so a client can highlight them without
 * treating article text as markup.
 */
public record SearchHit(String key, String id, String title, String outlet, String author, String published,
                        float score, String snippet) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
