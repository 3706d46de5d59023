package org.newslens.analyzers.actors;

import java.util.List;
import java.util.Objects;
import org.newslens.core.model.EntityType;

/**
 * One entry of the actor knowledge base.
 *
 * @param placeAliases names that mean this actor as a government, but a city after a locative
 *                     preposition ("Moscow said" / "in Moscow")
 * @param location     where a facility is, or null
 * @param source       the file and line it was read from, for messages
 */
public record Actor(String id, String name, EntityType type, List<String> aliases, String affiliation,
                    String description, List<String> placeAliases, Location location, String source) {

    /** A point given in the knowledge base, with its ISO country code. */
    public record Location(double lat, double lon, String country) {
    }


    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        placeAliases = List.copyOf(placeAliases);
    }
}
