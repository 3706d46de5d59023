package org.newslens.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity named in an article: all its mentions, one canonical name and a type.
 *
 * @param id         stable across articles: {@code kb:<id>} for actors in the knowledge base, else
 *                   {@code type:slug} of the canonical name, e.g. {@code person:jane-roe}
 * @param kbId       the knowledge-base id, or null for an entity found only by the recogniser
 * @param aliases    the other names the article uses for it (distinct mention texts other than {@code name})
 * @param descriptions titles and descriptions the article gives a person ("UN envoy", "Hezbollah's Secretary General")
 * @param geo        where it is, for places and facilities found in the gazetteer or knowledge base; else null
 * @param confidence the highest confidence among its mentions
 * @param mentions   in text order, never empty
 */
public record Entity(String id, String name, EntityType type, String kbId, List<String> aliases,
                     List<String> descriptions, Geo geo, double confidence, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        descriptions = List.copyOf(descriptions == null ? List.of() : descriptions);
        Confidence.check(confidence);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("Entity " + id + " has no mentions");
        }
    }

    public Entity withGeo(String newId, String newName, Geo newGeo) {
        return new Entity(newId, newName, type, kbId, aliases, descriptions, newGeo, confidence, mentions);
    }

    public Entity withDescriptions(List<String> newDescriptions) {
        return new Entity(id, name, type, kbId, aliases, newDescriptions, geo, confidence, mentions);
    }
}
