package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.Geo;

/**
 * Someone or somewhere a sentence names that can fill an event's slot: an entity mention, a
 * generic participant ("rebels") or a nationality word ("Russian").
 *
 * @param id   entity id, or null for a generic participant
 * @param type the entity type; null for generic participants
 */
record Participant(CharSpan span, String id, String name, EntityType type, Geo geo) {

    /** A place an event can happen at (a country counts; it ranks below towns and regions). */
    boolean place() {
        return type == EntityType.LOCATION || type == EntityType.FACILITY;
    }

    boolean country() {
        return place() && geo != null && "country".equals(geo.kind());
    }

    /** A place with no point, or one of several countries (a sea, a river, "the Middle East"): ranks low as a location. */
    boolean vague() {
        return geo == null || geo.country().isEmpty();
    }

    /** Can do things: people, governments, groups, and countries standing for their states. */
    boolean actorLike() {
        return type == null || (type != EntityType.LOCATION && type != EntityType.FACILITY && type != EntityType.MISC)
                || country();
    }

    EventArgument argument(String basis) {
        return new EventArgument(id, name, span, place() ? geo : null, basis);
    }
}
