package org.newslens.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions a search can be narrowed by and counted over. {@code key} is the name used in
 * query parameters and JSON.
 */
public enum Facet {
    OUTLET("outlet"),
    AUTHOR("author"),
    ENTITY("entity"),
    PLACE("place"),
    TECHNIQUE("technique"),
    SOURCE_TYPE("sourceType"),
    /** The types of the events the article reports. */
    EVENT_TYPE("eventType");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The Lucene field holding this facet's exact values, for filtering. */
    String field() {
        return "f_" + key;
    }

    public static Optional<Facet> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
