package org.newslens.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity named in an article: all its mentions, one canonical name and a type.
 *
 * @param id         stable across articles for the same type and canonical name, e.g. {@code person:sergey-lavrov}
 * @param confidence the highest confidence among its mentions
 * @param mentions   in text order, never empty
 */
public record Entity(String id, String name, EntityType type, double confidence, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Confidence.check(confidence);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("Entity " + id + " has no mentions");
        }
    }
}
