package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.Technique;

class ArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void theSameArticleTwiceIsOneRecordAndItsAnalysisComesBackIntact() {
        var analysis = StoreFixtures.aleppo("a1");
        try (ArticleStore store = ArticleStore.open(dir)) {
            String key = store.put(analysis);
            assertEquals(key, store.put(analysis));
            store.commit();
            assertEquals(1, store.size());
            assertEquals(new AnalysisJson().write(analysis), store.analysisJson(key).orElseThrow(),
                    "the stored form (Smile, packed tokens) reads back as exactly the JSON contract");
            assertEquals(analysis, new AnalysisJson().read(store.analysisJson(key).orElseThrow()));
            assertEquals("Syrian Arab Army", store.digest(key).orElseThrow().entities().get(0).name());
        }
    }

    @Test
    void committedArticlesSurviveReopeningAndUncommittedOnesAreNotReportedLost() {
        String key;
        try (ArticleStore store = ArticleStore.open(dir)) {
            key = store.put(StoreFixtures.aleppo("a1"));
            store.commit();
        }
        try (ArticleStore reopened = ArticleStore.open(dir)) {
            assertTrue(reopened.contains(key));
            assertFalse(reopened.contains("0123"));
        }
    }

    @Test
    void searchCombinesTextFacetsAndDatesAndCountsFacetValues() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.put(StoreFixtures.aleppo("a1"));
            store.put(StoreFixtures.analysis("b1", "Other Post", LocalDate.of(2017, 3, 1),
                    "Shelling hit Idlib, said the Free Syrian Army.", "Free Syrian Army", "Idlib",
                    Technique.NAME_CALLING_LABELING, SourceType.NAMED_ORGANIZATION));
            store.commit();

            SearchResult advanced = store.search(SearchRequest.text("advance", 10));
            assertEquals(1, advanced.total(), "stemming finds 'advanced' for 'advance'");
            assertTrue(advanced.hits().get(0).snippet().contains(SearchHit.MARK_START + "advanced"
                    + SearchHit.MARK_END), advanced.hits().get(0).snippet());

            SearchResult all = store.search(SearchRequest.all(10));
            assertEquals(List.of("b1", "a1"), all.hits().stream().map(SearchHit::id).toList(), "newest first");
            assertEquals(List.of(new FacetCount("Loaded_Language", 1), new FacetCount("Name_Calling,Labeling", 1)),
                    all.facets().get("technique").stream()
                            .sorted(java.util.Comparator.comparing(FacetCount::value)).toList());

            var byPlace = new SearchRequest("", Map.of(Facet.PLACE, List.of("Idlib")), null, null, 0, 10, 5);
            assertEquals(List.of("b1"), store.search(byPlace).hits().stream().map(SearchHit::id).toList());
            var byDate = new SearchRequest("", Map.of(), LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31),
                    0, 10, 5);
            assertEquals(List.of("a1"), store.search(byDate).hits().stream().map(SearchHit::id).toList());
            var bySource = new SearchRequest("", Map.of(Facet.SOURCE_TYPE, List.of("AUTHOR", "ANONYMOUS")),
                    null, null, 0, 10, 5);
            assertEquals(1, store.search(bySource).total());
        }
    }

    @Test
    void digestsAreHandedOutNewestFirstForTheMatchingArticles() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                store.put(StoreFixtures.analysis("d" + i, "Wire Daily", LocalDate.of(2016, 12, 10 + i),
                        "Day " + i + " in Aleppo with the Syrian Arab Army.", "Syrian Arab Army", "Aleppo",
                        Technique.DOUBT, SourceType.ANONYMOUS));
            }
            store.commit();
            List<String> seen = new ArrayList<>();
            long total = store.forEachDigest(SearchRequest.all(0), 3, d -> seen.add(d.id()));
            assertEquals(5, total);
            assertEquals(List.of("d4", "d3", "d2"), seen);
        }
    }

    @Test
    void aBadQueryIsRefusedWithTheQueryInTheMessage() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> store.search(SearchRequest.text("Aleppo AND (", 10)));
            assertTrue(e.getMessage().contains("Aleppo AND ("), e.getMessage());
        }
    }

    @Test
    void aSecondWriterIsToldTheStoreIsInUse() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            var e = assertThrows(StoreException.class, () -> ArticleStore.open(dir));
            assertTrue(e.getMessage().contains("in use by another Newslens process"), e.getMessage());
            store.put(StoreFixtures.aleppo("a1"));
            store.commit();
            try (ArticleStore reader = ArticleStore.openReadOnly(dir)) {
                assertEquals(1, reader.size());
            }
        }
    }
}
