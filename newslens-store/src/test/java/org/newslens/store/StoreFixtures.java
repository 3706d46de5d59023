package org.newslens.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Mention;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.Technique;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/** Small hand-made analyses: an article, its actors and places, one technique and one claim. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static Analysis analysis(String id, String outlet, LocalDate published, String text, String actor,
                             String place, Technique technique, SourceType sourceType) {
        Article article = new Article(id, id + ".txt", "Title of " + id, "A. Writer", outlet, published, text,
                List.of(), List.of());
        Map<Layer<?>, Object> layers = new LinkedHashMap<>();
        layers.put(Layers.SENTENCES, List.of(new Sentence(new CharSpan(0, text.length()), tokens(text))));
        int actorAt = text.indexOf(actor);
        int placeAt = text.indexOf(place);
        layers.put(Layers.ENTITIES, List.of(
                new Entity("kb:" + actor.toLowerCase().replace(' ', '-'), actor, EntityType.ARMED_GROUP, null,
                        List.of(), List.of(), null, 0.9,
                        List.of(new Mention(new CharSpan(actorAt, actorAt + actor.length()), actor, 0.9))),
                new Entity("location:" + place.toLowerCase(), place, EntityType.LOCATION, null, List.of(), List.of(),
                        new Geo(place, 36.2, 37.16, "SY", "city", "exact", 0.9, List.of()), 0.9,
                        List.of(new Mention(new CharSpan(placeAt, placeAt + place.length()), place, 0.9)))));
        layers.put(Layers.TECHNIQUES, List.of(new TechniqueSpan(new CharSpan(0, 5), technique, 0.7, "cue words")));
        layers.put(Layers.CLAIMS, List.of(new Claim(new CharSpan(0, text.length()), sourceType, null, null, List.of(),
                null, 0.5, 0.8, "test")));
        return new Analysis(article, layers, List.of());
    }

    /** Whitespace-separated tokens, as offsets. */
    static List<org.newslens.core.model.Token> tokens(String text) {
        List<org.newslens.core.model.Token> tokens = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new org.newslens.core.model.Token(new CharSpan(m.start(), m.end())));
        }
        return tokens;
    }

    static Analysis aleppo(String id) {
        return analysis(id, "Wire Daily", LocalDate.of(2016, 12, 15),
                "Rebels left eastern Aleppo on Thursday as the Syrian Arab Army advanced. " + id,
                "Syrian Arab Army", "Aleppo", Technique.LOADED_LANGUAGE, SourceType.AUTHOR);
    }
}
