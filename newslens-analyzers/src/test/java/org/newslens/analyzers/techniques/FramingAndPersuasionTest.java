package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.ActorFraming;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;
import org.newslens.core.model.PersuasionProfile;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.Stance;
import org.newslens.core.model.Technique;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Layers;

/** Issue 6, item 1: actor framing and the persuasion profile, on layers built by hand. */
class FramingAndPersuasionTest {

    private static final String TEXT = "The butchers of the Assad regime shelled the town. The heroic Syrian Arab Army"
            + " liberated it.\nWestern media praise the \"moderate\" rebels of Ahrar al-Sham. The weather was mild.";

    private static CharSpan at(String words) {
        int start = TEXT.indexOf(words);
        return new CharSpan(start, start + words.length());
    }

    private static Entity actor(String id, String name, EntityType type, String... mentions) {
        return new Entity(id, name, type, null, List.of(), List.of(), null, 1.0,
                java.util.Arrays.stream(mentions).map(m -> new Mention(at(m), m, 1.0)).toList());
    }

    private static TechniqueSpan technique(Technique technique, String words) {
        return new TechniqueSpan(at(words), technique, 0.5, technique.displayName());
    }

    @Test
    void labelsGoToTheActorTheyTouchWithTheirStance() {
        List<Entity> entities = List.of(
                actor("kb:assad", "Bashar al-Assad", EntityType.PERSON, "Assad"),
                actor("kb:saa", "Syrian Arab Army", EntityType.ARMED_GROUP, "Syrian Arab Army"),
                actor("kb:ahrar", "Ahrar al-Sham", EntityType.ARMED_GROUP, "Ahrar al-Sham"));
        List<TechniqueSpan> techniques = List.of(
                technique(Technique.NAME_CALLING_LABELING, "The butchers of the"),
                technique(Technique.LOADED_LANGUAGE, "heroic"),
                technique(Technique.LOADED_LANGUAGE, "mild"));
        Quote scare = new Quote(at("\"moderate\""), QuoteKind.SCARE, false, null, null, null, 0.8, "a word held at a distance");
        FramingAnalyzer analyzer = new FramingAnalyzer(new ModelStore());
        List<ActorFraming> framing = analyzer.analyze(AnalysisInput.of(Article.ofText("t", TEXT),
                Map.of(Layers.ENTITIES, entities, Layers.TECHNIQUES, techniques, Layers.QUOTES, List.of(scare)),
                analyzer));

        ActorFraming assad = framing.stream().filter(f -> f.entity().equals("kb:assad")).findFirst().orElseThrow();
        assertEquals(Stance.NEGATIVE, assad.stance());
        assertEquals("The butchers of the", assad.labels().get(0).text());
        ActorFraming army = framing.stream().filter(f -> f.entity().equals("kb:saa")).findFirst().orElseThrow();
        assertEquals(Stance.POSITIVE, army.stance());
        assertEquals("heroic", army.labels().get(0).text());
        // "moderate" in scare quotes is two words away from Ahrar al-Sham: too far for a scare quote to reach.
        assertTrue(framing.stream().noneMatch(f -> f.entity().equals("kb:ahrar")), framing.toString());
        // "mild" describes no actor.
        assertTrue(framing.stream().flatMap(f -> f.labels().stream()).noneMatch(l -> l.text().equals("mild")));
    }

    @Test
    void aTechniqueSpanOfNothingButTheActorsNameAndFunctionWordsFramesNobody() {
        List<Entity> entities = List.of(actor("kb:saa", "Syrian Arab Army", EntityType.ARMED_GROUP, "Syrian Arab Army"));
        List<TechniqueSpan> techniques = List.of(technique(Technique.NAME_CALLING_LABELING, "The heroic Syrian Arab Army"));
        FramingAnalyzer analyzer = new FramingAnalyzer(new ModelStore());
        List<TechniqueSpan> bare = List.of(technique(Technique.NAME_CALLING_LABELING, "Syrian Arab Army"));
        List<ActorFraming> framing = analyzer.analyze(AnalysisInput.of(Article.ofText("t", TEXT),
                Map.of(Layers.ENTITIES, entities, Layers.TECHNIQUES, bare, Layers.QUOTES, List.of()), analyzer));
        assertTrue(framing.stream().flatMap(f -> f.labels().stream()).noneMatch(l -> l.kind().startsWith("Name_Calling")),
                "\"Syrian Arab Army\" alone says nothing about it: " + framing);
        List<ActorFraming> withWords = analyzer.analyze(AnalysisInput.of(Article.ofText("t", TEXT),
                Map.of(Layers.ENTITIES, entities, Layers.TECHNIQUES, techniques, Layers.QUOTES, List.of()),
                analyzer));
        assertTrue(withWords.stream().flatMap(f -> f.labels().stream()).anyMatch(l -> l.kind().startsWith("Name_Calling")),
                withWords.toString());
    }

    @Test
    void scareQuotesRightBeforeAnActorCountAsNegative() {
        String text = "They armed the \"moderate\" Ahrar al-Sham fighters.";
        int quote = text.indexOf('"');
        int actor = text.indexOf("Ahrar");
        Entity ahrar = new Entity("kb:ahrar", "Ahrar al-Sham", EntityType.ARMED_GROUP, null, List.of(), List.of(), null,
                1.0, List.of(new Mention(new CharSpan(actor, actor + 13), "Ahrar al-Sham", 1.0)));
        Quote scare = new Quote(new CharSpan(quote, quote + 10), QuoteKind.SCARE, false, null, null, null, 0.8, "scare");
        FramingAnalyzer analyzer = new FramingAnalyzer(new ModelStore());
        List<ActorFraming> framing = analyzer.analyze(AnalysisInput.of(Article.ofText("t", text),
                Map.of(Layers.ENTITIES, List.of(ahrar), Layers.TECHNIQUES, List.of(), Layers.QUOTES, List.of(scare)),
                analyzer));
        assertEquals(1, framing.size());
        assertEquals("scare quote", framing.get(0).labels().get(0).kind());
        assertEquals(Stance.NEGATIVE, framing.get(0).stance());
    }

    @Test
    void listedLabelWordsBesideAnActorCountEvenWhenTheModelMarkedNothing() {
        String text = "Yesterday the terrorists of Jabhat al-Nusra shelled the town, and the army hit back.";
        int at = text.indexOf("Jabhat");
        Entity nusra = new Entity("kb:nusra", "Jabhat al-Nusra", EntityType.ARMED_GROUP, null, List.of(), List.of(), null,
                1.0, List.of(new Mention(new CharSpan(at, at + 15), "Jabhat al-Nusra", 1.0)));
        FramingAnalyzer analyzer = new FramingAnalyzer(new ModelStore());
        List<ActorFraming> framing = analyzer.analyze(AnalysisInput.of(Article.ofText("t", text),
                Map.of(Layers.ENTITIES, List.of(nusra), Layers.TECHNIQUES, List.of(), Layers.QUOTES, List.of()),
                analyzer));
        assertEquals(1, framing.size());
        ActorFraming.Label label = framing.get(0).labels().get(0);
        assertEquals("terrorists", label.text());
        assertEquals("loaded word", label.kind());
        assertEquals(Stance.NEGATIVE, framing.get(0).stance());
        // "army" lies beyond the comma: another clause.
        assertEquals(1, framing.get(0).labels().size());
    }

    @Test
    void fightersTheTextDoesNotNameAreASideFramedByWhatTheWriterCallsThem() {
        String text = "US-backed terrorists shelled the camp. Nusra terrorists fled.\nWestern media praise the"
                + " \"moderate\" rebels. Loyalist forces advanced.";
        int at = text.indexOf("Nusra");
        Entity nusra = new Entity("kb:nusra", "Jabhat al-Nusra", EntityType.ARMED_GROUP, null, List.of(), List.of(), null,
                1.0, List.of(new Mention(new CharSpan(at, at + 5), "Nusra", 1.0)));
        int quote = text.indexOf('"');
        Quote scare = new Quote(new CharSpan(quote, quote + 10), QuoteKind.SCARE, false, null, null, null, 0.8, "scare");
        FramingAnalyzer analyzer = new FramingAnalyzer(new ModelStore());
        List<ActorFraming> framing = analyzer.analyze(AnalysisInput.of(Article.ofText("t", text),
                Map.of(Layers.ENTITIES, List.of(nusra), Layers.TECHNIQUES, List.of(), Layers.QUOTES, List.of(scare)),
                analyzer));
        ActorFraming opposition = framing.stream().filter(f -> f.entity().equals("side:armed-opposition")).findFirst()
                .orElseThrow(() -> new AssertionError(framing.toString()));
        List<String> labels = opposition.labels().stream().map(ActorFraming.Label::text).toList();
        assertEquals(List.of("US-backed terrorists", "\"moderate\"", "rebels"), labels,
                "\"Nusra terrorists\" are Nusra's, not the unnamed side's");
        assertEquals(Stance.NEGATIVE, opposition.stance());
        assertTrue(framing.stream().anyMatch(f -> f.entity().equals("side:pro-government-forces")), framing.toString());
    }

    @Test
    void persuasionProfileCountsPerThousandWordsAndCoveredText() {
        List<TechniqueSpan> techniques = List.of(
                technique(Technique.NAME_CALLING_LABELING, "The butchers of the"),
                technique(Technique.LOADED_LANGUAGE, "heroic"));
        PersuasionProfile profile = PersuasionAnalyzer.profile(Article.ofText("t", TEXT), techniques);
        assertEquals(29, profile.words());
        assertEquals(2, profile.techniques());
        assertEquals(Math.round(2000.0 / 29 * 1000) / 1000.0, profile.perThousandWords(), 1e-9);
        assertEquals(1, profile.byTechnique().get(Technique.LOADED_LANGUAGE));
        assertEquals(0, profile.byTechnique().get(Technique.DOUBT));
        assertTrue(profile.coveredShare() > 0.1 && profile.coveredShare() < 0.2, "" + profile.coveredShare());
    }
}
