package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Fuzzes the search parameters the API and CLI accept: any query text and facet values become a
 * Lucene query, or an IllegalArgumentException (answered as 400) that quotes the query.
 */
class QueryFuzzTest {

    private static final StoreSearch SEARCH = new StoreSearch(new EnglishAnalyzer(), StoredFields.facetsConfig());

    @FuzzTest(maxDuration = "30s")
    void anyQueryParsesOrIsRefusedWithAReason(FuzzedDataProvider data) {
        String facetValue = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        try {
            SearchRequest request = new SearchRequest(text, Map.of(Facet.ENTITY, List.of(facetValue)), null, null,
                    0, 20, 10);
            assertNotNull(SEARCH.query(request));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && e.getMessage().startsWith("cannot read the query"), e.getMessage());
        }
    }
}
