package org.newslens.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A search over the store.
 *
 * @param text       Lucene query syntax over title and text ("Aleppo AND evacuation", "\"east Aleppo\"");
 *                   blank for all articles
 * @param filters    per facet, the values an article must carry one of; facets are combined with AND
 * @param from       nullable; earliest publication date, inclusive
 * @param to         nullable; latest publication date, inclusive
 * @param offset     hits to skip
 * @param limit      hits to return, at most {@link #MAX_LIMIT}
 * @param facetLimit values to count per facet
 */
public record SearchRequest(String text, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                            int offset, int limit, int facetLimit) {

    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, List.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || facetLimit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0 and limit <= " + MAX_LIMIT
                    + "; were offset " + offset + ", limit " + limit + ", facetLimit " + facetLimit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Every article, newest first. */
    public static SearchRequest all(int limit) {
        return new SearchRequest("", Map.of(), null, null, 0, limit, 10);
    }

    public static SearchRequest text(String text, int limit) {
        return new SearchRequest(text, Map.of(), null, null, 0, limit, 10);
    }
}
