package org.newslens.core.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.newslens.core.model.Claim;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.Publication;
import org.newslens.core.model.Quote;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.SourcingProfile;
import org.newslens.core.model.ActorFraming;
import org.newslens.core.model.PersuasionProfile;
import org.newslens.core.model.TechniqueSpan;

/** The annotation layers Newslens knows, in the order they appear in the JSON contract. */
public final class Layers {

    /** Sentences with their tokens, covering the article's non-boilerplate text. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", new TypeReference<>() { });

    /** Named entities, each with its mentions. */
    public static final Layer<List<Entity>> ENTITIES = Layer.of("entities", new TypeReference<>() { });

    /** The publication date used to resolve relative dates, stated or estimated. */
    public static final Layer<Publication> PUBLICATION = Layer.of("publication", new TypeReference<>() { });

    /** Time expressions with resolved values. */
    public static final Layer<List<DateMention>> DATES = Layer.of("dates", new TypeReference<>() { });

    /** Quoted words with their kind and speaker. */
    public static final Layer<List<Quote>> QUOTES = Layer.of("quotes", new TypeReference<>() { });

    /** Checkable sentences and the source each rests on. */
    public static final Layer<List<Claim>> CLAIMS = Layer.of("claims", new TypeReference<>() { });

    /** Counts and shares of claims by source type, cited outlets and people. */
    public static final Layer<SourcingProfile> SOURCING = Layer.of("sourcing", new TypeReference<>() { });

    /** Propaganda-technique spans, each with a confidence and a reason. */
    public static final Layer<List<TechniqueSpan>> TECHNIQUES = Layer.of("techniques", new TypeReference<>() { });

    /** Technique rates per 1,000 words, overall and by technique. */
    public static final Layer<PersuasionProfile> PERSUASION = Layer.of("persuasion", new TypeReference<>() { });

    /** The loaded labels and scare quotes applied to each canonical actor, with a stance. */
    public static final Layer<List<ActorFraming>> FRAMING = Layer.of("framing", new TypeReference<>() { });

    /** Events: trigger, type, actor, target, place, date and modality. */
    public static final Layer<List<EventMention>> EVENTS = Layer.of("events", new TypeReference<>() { });

    private static final List<Layer<?>> ALL = List.of(SENTENCES, ENTITIES, PUBLICATION, DATES, QUOTES, CLAIMS, SOURCING,
            EVENTS, TECHNIQUES, PERSUASION, FRAMING);

    private Layers() {
    }

    public static List<Layer<?>> all() {
        return ALL;
    }
}
