package org.newslens.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.SourceSegment;
import org.newslens.core.model.Token;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Diagnostic;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

class AnalysisJsonTest {

    private static final String TEXT = "\uFEFFTalks in Geneva\n\nThe envoy met Lavrov on Monday. \uD83D\uDE00 Share this!";

    private final AnalysisJson json = new AnalysisJson();

    private static Analysis sample() {
        Article article = new Article("a1", "demo/a1.txt", "Talks in Geneva", "Jane Roe", "The Daily Example",
                LocalDate.of(2016, 12, 5), TEXT,
                List.of(new Boilerplate(new CharSpan(50, 61), "share", 0.9, "share prompt")),
                List.of(new SourceSegment(0, 10, 120, 10), new SourceSegment(10, 1, 135, 5)));
        Sentence sentence = new Sentence(new CharSpan(18, 47),
                List.of(new Token(new CharSpan(18, 21)), new Token(new CharSpan(22, 27))));
        Entity lavrov = new Entity("kb:sergey-lavrov", "Sergey Lavrov", EntityType.PERSON, "sergey-lavrov",
                List.of("Lavrov"), List.of("Russian foreign minister"), null, 0.97,
                List.of(new Mention(new CharSpan(32, 38), "Lavrov", 0.97)));
        Map<Layer<?>, Object> layers = new LinkedHashMap<>();
        layers.put(Layers.SENTENCES, List.of(sentence));
        layers.put(Layers.ENTITIES, List.of(lavrov, new Entity("location:geneva-ch", "Geneva", EntityType.LOCATION, null,
                List.of(), List.of(), new org.newslens.core.model.Geo("Geneve", 46.2, 6.15, "CH", "city", "exact", 0.85,
                List.of(new org.newslens.core.model.Geo.GeoAlternative("Geneva", 41.8, -88.3, "US", 0.1))), 0.9,
                List.of(new Mention(new CharSpan(9, 15), "Geneva", 0.9)))));
        layers.put(Layers.PUBLICATION, new org.newslens.core.model.Publication(LocalDate.of(2016, 12, 5), false,
                "metadata"));
        layers.put(Layers.DATES, List.of(new org.newslens.core.model.DateMention(new CharSpan(39, 45), "Monday", "DATE",
                "2016-12-05", "2016-12-05", "2016-12-05", 0.8)));
        layers.put(Layers.QUOTES, List.of(new org.newslens.core.model.Quote(new CharSpan(18, 31),
                org.newslens.core.model.QuoteKind.DIRECT, false, "kb:sergey-lavrov", "Sergey Lavrov", new CharSpan(39, 45),
                0.8, "speaker before cue")));
        layers.put(Layers.CLAIMS, List.of(new org.newslens.core.model.Claim(new CharSpan(18, 47),
                org.newslens.core.model.SourceType.NAMED_PERSON, "Sergey Lavrov", "kb:sergey-lavrov",
                List.of("RIA Novosti"), new CharSpan(39, 45), 0.6, 0.85, "subject of \"said\"")));
        layers.put(Layers.SOURCING, new org.newslens.core.model.SourcingProfile(1,
                Map.of(org.newslens.core.model.SourceType.NAMED_PERSON, 1),
                Map.of(org.newslens.core.model.SourceType.NAMED_PERSON, 1.0), 0, 0,
                List.of(new org.newslens.core.model.SourcingProfile.CitedSource("RIA Novosti", null, 1, 0)),
                List.of(new org.newslens.core.model.SourcingProfile.CitedSource("Sergey Lavrov", "kb:sergey-lavrov", 1, 1)),
                List.of(), List.of(), Map.of(org.newslens.core.model.QuoteKind.DIRECT, 1), 0, List.of()));
        return new Analysis(article, layers, List.of(new Diagnostic("entities", "a note")));
    }

    @Test
    void roundTripIsLossless() {
        Analysis original = sample();
        Analysis read = json.read(json.write(original));
        assertEquals(original, read);
        assertEquals(json.write(original), json.write(read));
    }

    @Test
    void theStreamedJsonIsExactlyTheTreeSerialised() throws Exception {
        Analysis original = sample();
        assertEquals(AnalysisJson.mapper().writeValueAsString(json.toTree(original)), json.write(original));
        Map<Layer<?>, Object> estimated = new LinkedHashMap<>(original.layers());
        estimated.put(Layers.PUBLICATION, new org.newslens.core.model.Publication(LocalDate.of(2016, 12, 7), true,
                "latest full date"));
        Analysis withEstimate = new Analysis(original.article(), estimated, original.diagnostics());
        assertEquals(AnalysisJson.mapper().writeValueAsString(json.toTree(withEstimate)), json.write(withEstimate));
        assertEquals(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json.toTree(original)),
                json.writePretty(original));
    }

    @Test
    void contractFieldsHaveTheDocumentedNamesAndFlatSpans() {
        JsonNode tree = json.toTree(sample());
        assertEquals("a1", tree.get("id").asText());
        assertEquals("2016-12-05", tree.get("published").asText());
        assertEquals(50, tree.get("boilerplate").get(0).get("start").asInt());
        assertEquals(61, tree.get("boilerplate").get(0).get("end").asInt());
        JsonNode entity = tree.get("entities").get(0);
        assertEquals("kb:sergey-lavrov", entity.get("id").asText());
        assertEquals("Lavrov", entity.get("aliases").get(0).asText());
        assertEquals("PERSON", entity.get("type").asText());
        assertEquals(32, entity.get("mentions").get(0).get("start").asInt());
        assertTrue(tree.get("boilerplate").get(0).get("span") == null, "span is flattened, not nested");
        JsonNode quote = tree.get("quotes").get(0);
        assertEquals("DIRECT", quote.get("kind").asText());
        assertEquals("kb:sergey-lavrov", quote.get("speaker").asText());
        assertEquals(39, quote.get("cue").get("start").asInt());
        assertEquals(2, quote.get("cue").size(), "a cue is just {start, end}");
        JsonNode claim = tree.get("claims").get(0);
        assertEquals("NAMED_PERSON", claim.get("sourceType").asText());
        assertEquals("RIA Novosti", claim.get("via").get(0).asText());
        assertEquals(1, tree.get("sourcing").get("bySourceType").get("NAMED_PERSON").asInt());
    }

    @Test
    void anEstimatedPublicationDateIsFlaggedAndReadBackAsAnEstimate() {
        Article undated = Article.ofText("u", "On Monday, December 5, 2016, talks resumed.");
        Analysis analysis = new Analysis(undated, Map.of(Layers.PUBLICATION, new org.newslens.core.model.Publication(
                LocalDate.of(2016, 12, 5), true, "latest full date in the text")), List.of());
        JsonNode tree = json.toTree(analysis);
        assertEquals("2016-12-05", tree.get("published").asText());
        assertTrue(tree.get("publishedEstimated").asBoolean());
        assertEquals(analysis, json.read(json.write(analysis)));
    }

    @Test
    void missingDateIsNull() {
        Analysis plain = new Analysis(Article.ofText("x", "Some text."), Map.of(), List.of());
        JsonNode tree = json.toTree(plain);
        assertTrue(tree.get("published").isNull());
        assertEquals(plain, json.read(json.write(plain)));
    }

    @Test
    void badDateIsRejectedNamingTheField() {
        String bad = json.write(sample()).replace("2016-12-05", "5 Dec 2016");
        JsonContractException e = assertThrows(JsonContractException.class, () -> json.read(bad));
        assertTrue(e.getMessage().contains("published"), e.getMessage());
    }
}
