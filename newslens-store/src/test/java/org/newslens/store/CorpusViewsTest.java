package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.Technique;

class CorpusViewsTest {

    private static final List<ArticleDigest> DIGESTS = List.of(
            ArticleDigests.of("k1", StoreFixtures.aleppo("a1")),
            ArticleDigests.of("k2", StoreFixtures.analysis("a2", "Wire Daily", LocalDate.of(2016, 12, 16),
                    "The Syrian Arab Army shelled Aleppo again.", "Syrian Arab Army", "Aleppo",
                    Technique.DOUBT, SourceType.ANONYMOUS)),
            ArticleDigests.of("k3", StoreFixtures.analysis("b1", "Other Post", LocalDate.of(2017, 3, 1),
                    "Shelling hit Idlib, said the Free Syrian Army.", "Free Syrian Army", "Idlib",
                    Technique.NAME_CALLING_LABELING, SourceType.NAMED_ORGANIZATION)));

    @Test
    void entitiesAndPlacesAreCountedByArticle() {
        var entities = CorpusViews.entities(DIGESTS, "ARMED_GROUP", 10);
        assertEquals("Syrian Arab Army", entities.get(0).name());
        assertEquals(2, entities.get(0).articles());
        var places = CorpusViews.places(DIGESTS, 10);
        assertEquals(List.of("Aleppo", "Idlib"), places.stream().map(CorpusViews.EntityCount::name).toList());
        assertEquals(36.2, places.get(0).lat());
    }

    @Test
    void outletProfilesGiveRatesAndSourceShares() {
        var outlets = CorpusViews.outlets(DIGESTS);
        assertEquals("Wire Daily", outlets.get(0).outlet());
        assertEquals(2, outlets.get(0).articles());
        assertEquals(Map.of("ANONYMOUS", 0.5, "AUTHOR", 0.5), outlets.get(0).sourceTypeShares());
        assertEquals(2, outlets.get(0).techniques());
    }

    @Test
    void actorsInOneSentenceAreLinkedAndTheNetworkWritesAsGraphMl() throws Exception {
        // In the fixtures each article is one sentence naming one actor and one place: no actor pair.
        assertTrue(CorpusViews.network(DIGESTS, 10, 1).edges().isEmpty());
        var linked = new CorpusViews.Network(
                List.of(new CorpusViews.Node("a", "Army & <Co>", "ARMED_GROUP", 2, 3),
                        new CorpusViews.Node("b", "Rebels", "ARMED_GROUP", 1, 1)),
                List.of(new CorpusViews.Edge("a", "b", "co-occurrence", 4, 2),
                        new CorpusViews.Edge("a", "b", "event:SHELLING", 1, 1)));
        StringWriter out = new StringWriter();
        GraphMl.write(linked, out);
        assertTrue(out.toString().contains("<data key=\"label\">Army &amp; &lt;Co&gt;</data>"), out.toString());
        assertTrue(out.toString().contains("<edge id=\"e0\" directed=\"false\" source=\"a\" target=\"b\">"), out.toString());
        assertTrue(out.toString().contains("<edge id=\"e1\" directed=\"true\" source=\"a\" target=\"b\">"
                + "<data key=\"kind\">event:SHELLING</data>"), "event edges are directed and typed");
    }

    @Test
    void theTimelineCountsPublicationDays() {
        var days = CorpusViews.timeline(DIGESTS);
        assertEquals(List.of("2016-12-15", "2016-12-16", "2017-03-01"),
                days.stream().map(CorpusViews.TimelineDay::date).toList());
        assertEquals(1, days.get(0).published());
    }
}
