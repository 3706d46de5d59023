package org.newslens.store;

import java.util.List;
import java.util.Map;

/** Hits of one page, the total number of matches and, per facet key, the most frequent values among all matches. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
