package org.newslens.events;

import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.EventType;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Modality;
import org.newslens.core.model.SourceType;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking event mentions across articles, and the exports of the linked records. */
class EventLinkerTest {

    private static final Geo ALEPPO = new Geo("Aleppo", 36.2021, 37.1343, "SY", "city", "exact", 1, List.of());
    private static final Geo ALEPPO_EAST = new Geo("Aleppo", 36.21, 37.18, "SY", "city", "part", 1, List.of());
    private static final Geo IDLIB = new Geo("Idlib", 35.9306, 36.6339, "SY", "city", "exact", 1, List.of());

    private static EventReport report(String article, String outlet, String trigger, EventType type, String actor,
                                      Geo place, String day, Modality modality, String sentence) {
        EventMention mention = new EventMention(new CharSpan(10, 10 + trigger.length()), trigger, type,
                actor == null ? null : new EventArgument("kb:" + actor.toLowerCase().replace(' ', '-'), actor,
                        new CharSpan(0, 5), null, "stated"),
                null, place == null ? null : new EventArgument("location:" + place.place().toLowerCase(), place.place(),
                        new CharSpan(40, 46), place, "stated"),
                day == null ? null : new EventDate(day, day, day, new CharSpan(50, 60), 1, "stated"),
                modality, new CharSpan(0, 100), 0.8, "test");
        return new EventReport(null, article, "Title " + article, outlet, "2016-12-16", mention, sentence, outlet,
                SourceType.MEDIA_OUTLET, List.of());
    }

    @Test
    void theSameEventToldByTwoOutletsInOtherWordsIsOneRecordWithTheirWordsAndTheConflict() {
        List<EventReport> reports = List.of(
                report("a1", "Courier", "liberated", EventType.TERRITORY_CAPTURED, "Syrian Arab Army", ALEPPO, "2016-12-15",
                        Modality.FACT, "The army liberated eastern Aleppo on Thursday, killing 300 terrorists."),
                report("a2", "Voice", "fell", EventType.TERRITORY_CAPTURED, "Iranian militias", ALEPPO_EAST, "2016-12-15",
                        Modality.FACT, "Eastern Aleppo fell to Iranian militias on Thursday, killing 80 civilians."));
        List<EventRecord> records = new EventLinker(null).link(reports);
        assertEquals(1, records.size(), records.toString());
        EventRecord r = records.get(0);
        assertEquals(List.of("Courier", "Voice"), r.outlets());
        assertEquals(List.of("liberated"), r.words().get("Courier"));
        assertEquals(List.of("fell"), r.words().get("Voice"));
        assertTrue(r.conflicts().stream().anyMatch(c -> c.startsWith("actor:")), r.conflicts().toString());
        assertEquals("2016-12-15", r.dateFrom());
    }

    /** A report of an article that states no date at all, of an event it does not date either. */
    private static EventReport undated(String article, String trigger, int start, String sentence) {
        EventReport r = report(article, "Blog", trigger, EventType.TERRITORY_CAPTURED, null, ALEPPO, null, Modality.FACT,
                sentence);
        EventMention e = r.event();
        EventMention moved = new EventMention(new CharSpan(start, start + trigger.length()), e.text(), e.type(), e.actor(),
                e.target(), e.location(), e.date(), e.modality(), new CharSpan(start, start + 100), e.confidence(),
                e.reason());
        return new EventReport(null, article, r.title(), r.outlet(), null, moved, sentence, r.source(), r.sourceType(),
                r.via());
    }

    @Test
    void undatedEventsOfAnUndatedArticleCanBeOneRecordButNeverJoinAnotherArticleAndShowNoDate() {
        List<EventRecord> records = new EventLinker(null).link(List.of(
                undated("b1", "liberated", 10, "The army liberated the eastern districts of Aleppo."),
                undated("b1", "retaking", 300, "The retaking of Aleppo changes the war."),
                undated("b2", "captured", 10, "Government forces captured the eastern districts of Aleppo.")));
        assertEquals(2, records.size(), records.toString());
        EventRecord joined = records.stream().filter(r -> r.reports().size() == 2).findFirst().orElseThrow();
        assertTrue(joined.reports().stream().allMatch(r -> r.articleId().equals("b1")), joined.toString());
        assertNull(joined.dateFrom(), "an article's own stretch of time is no date to show");
    }

    @Test
    void undatedMentionsAtTwoDistrictsOfOneCityAreTwoEvents() {
        Geo camberwell = new Geo("Camberwell", 51.4739, -0.0938, "GB", "city", "exact", 1, List.of());
        Geo hackney = new Geo("Hackney", 51.55, -0.05, "GB", "city", "exact", 1, List.of());
        EventReport stabbing = undated("c1", "murdered", 10, "A young mother was murdered in her home in Camberwell.");
        EventReport shooting = undated("c1", "shot", 400, "A woman was shot in a nightclub in Hackney.");
        List<EventReport> reports = List.of(atPlace(stabbing, camberwell, EventType.ATTACK_ON_CIVILIANS),
                atPlace(shooting, hackney, EventType.ATTACK_ON_CIVILIANS));
        assertEquals(2, new EventLinker(null).link(reports).size(), "9 km apart in London, with nothing else to join them");
    }

    private static EventReport atPlace(EventReport r, Geo place, EventType type) {
        EventMention e = r.event();
        EventMention moved = new EventMention(e.span(), e.text(), type, e.actor(), e.target(),
                new EventArgument("location:" + place.place().toLowerCase(), place.place(), new CharSpan(40, 46), place,
                        "stated"), e.date(), e.modality(), e.sentence(), e.confidence(), e.reason());
        return new EventReport(null, r.articleId(), r.title(), r.outlet(), null, moved, r.sentence(), r.source(),
                r.sourceType(), r.via());
    }

    @Test
    void placesFarApartDaysApartOrAPredictionStayApart() {
        List<EventReport> reports = List.of(
                report("a1", "Wire", "captured", EventType.TERRITORY_CAPTURED, null, ALEPPO, "2016-12-15", Modality.FACT, "s1"),
                report("a2", "Post", "captured", EventType.TERRITORY_CAPTURED, null, IDLIB, "2016-12-15", Modality.FACT, "s2"),
                report("a3", "Daily", "captured", EventType.TERRITORY_CAPTURED, null, ALEPPO, "2016-11-02", Modality.FACT, "s3"),
                report("a4", "Blog", "captured", EventType.TERRITORY_CAPTURED, null, ALEPPO, "2016-12-15", Modality.PREDICTION,
                        "s4"));
        assertEquals(4, new EventLinker(null).link(reports).size());
    }

    @Test
    void theSentenceModelRunsOfflineAndRanksAlikeWordingHigher() {
        List<float[]> v = new MiniLmEmbedder().embed(List.of(
                "Government forces captured the eastern districts of the city on Thursday.",
                "The army took control of the city's eastern neighbourhoods on Thursday.",
                "The central bank raised interest rates by half a point."));
        double alike = SentenceEmbedder.cosine(v.get(0), v.get(1));
        double unrelated = SentenceEmbedder.cosine(v.get(0), v.get(2));
        assertTrue(alike > unrelated + 0.2, alike + " vs " + unrelated);
    }

    @Test
    void theAcledCsvHasOneRowPerRecordAndDefusesFormulas() throws Exception {
        List<EventRecord> records = new EventLinker(null).link(List.of(
                report("a1", "=HYPERLINK(\"x\")", "shelled", EventType.SHELLING, "Syrian Arab Army", ALEPPO, "2016-12-14",
                        Modality.CLAIM, "Troops shelled Sukkari, \"residents\" said.")));
        StringWriter out = new StringWriter();
        AcledCsv.write(records, out);
        String[] lines = out.toString().split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,"
                + "latitude,longitude"), lines[0]);
        assertTrue(lines[1].contains(",2016-12-14,1,Explosions/Remote violence,Shelling/artillery/missile attack,Syrian Arab Army,"),
                lines[1]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"x\"\")"), "formula defused and quoted: " + lines[1]);
    }

    @Test
    void theGexfIsWellFormedWithTypedEdges() throws Exception {
        EventReport r = report("a1", "Wire", "struck", EventType.AIR_STRIKE, "Russian Armed Forces", IDLIB, "2016-12-14",
                Modality.FACT, "Jets struck.");
        EventMention m = r.event();
        EventMention withTarget = new EventMention(m.span(), m.text(), m.type(), m.actor(),
                new EventArgument("kb:ahrar-al-sham", "Ahrar al-Sham <\u0001>", new CharSpan(1, 2), null, "stated"),
                m.location(), m.date(), m.modality(), m.sentence(), m.confidence(), m.reason());
        EventReport withTargetReport = new EventReport(null, "a1", "t", "Wire", "2016-12-16", withTarget, "Jets struck.",
                null, null, List.of());
        StringWriter out = new StringWriter();
        ActorGraph.writeGexf(new EventLinker(null).link(List.of(withTargetReport)), out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("node").getLength());
        String xml = out.toString();
        assertTrue(xml.contains("label=\"AIR_STRIKE\""), xml);
        assertTrue(xml.contains("label=\"co-occurrence\""), xml);
    }
}
