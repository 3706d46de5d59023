package org.newslens.analyzers.actors;

import java.util.List;
import java.util.Objects;
import org.newslens.core.model.EntityType;

/**
 * One entry of the actor knowledge base.
 *
 * @param placeAliases names that mean this actor as a government, but a city after a locative
 *                     preposition ("Moscow said" / "in Moscow")
 * @param source       the file and line it was read from, for messages
 */
public record Actor(String id, String name, EntityType type, List<String> aliases, String affiliation,
                    String description, List<String> placeAliases, String source) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        placeAliases = List.copyOf(placeAliases);
    }
}
