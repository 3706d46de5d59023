package org.newslens.analyzers.events;

import java.util.List;
import java.util.Optional;
import org.newslens.analyzers.actors.Actor;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.places.Gazetteer;
import org.newslens.analyzers.places.Place;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.EventArgument;

/**
 * Where a statement is made when its sentence names no place: in the speaking state's own country, as ACLED
 * codes a government's statements ("The next day the Iranian regime warned of …" is told in Iran, not at the
 * Syrian town the article is about). The state is the actor itself, or the one a knowledge-base actor belongs
 * to ("Donald Trump" → the US government), found by its seat ("Washington") in the gazetteer; the country must be
 * one the article names. A statement made at the UN ("her speech to the Security Council") is at the UN's seat in
 * New York. Stateless.
 */
final class StatementPlaces {

    /** How many affiliation steps to follow up to a government ("Quds Force" → IRGC → Iran's government). */
    private static final int MAX_STEPS = 3;

    private final ActorKnowledgeBase actors;
    private final Gazetteer gazetteer;

    StatementPlaces(ActorKnowledgeBase actors, Gazetteer gazetteer) {
        this.actors = actors;
        this.gazetteer = gazetteer;
    }

    /** "her speech to the UN Security Council", "told the General Assembly": statements made at the UN's seat. */
    private static final java.util.regex.Pattern AT_THE_UN = java.util.regex.Pattern.compile("(?i)\\b(?:to|at|before"
            + "|in|addressing|addressed|told)\\s+the\\s+(?:(?:UN|U\\.N\\.|United Nations)(?:\\s+(?:Security Council"
            + "|General Assembly))?|Security Council|General Assembly)\\b");
    private static final String UN_SEAT = "un-headquarters";

    /** The UN's seat (New York) when the sentence says the statement was made there; else null. */
    EventArgument venue(String sentence) {
        if (!AT_THE_UN.matcher(sentence).find()) {
            return null;
        }
        return actors.byId(UN_SEAT).filter(a -> a.location() != null)
                .map(a -> new EventArgument("kb:" + a.id(), a.name(), null, new org.newslens.core.model.Geo(a.name(),
                        a.location().lat(), a.location().lon(), a.location().country(), "facility", "exact", 0.9,
                        List.of()), "venue"))
                .orElse(null);
    }

    /** The article's country entity of the state behind {@code actor}, as a place with basis "speaker"; or null. */
    EventArgument countryOf(EventArgument actor, List<Entity> entities) {
        if (actor == null || actor.id() == null) {
            return null;
        }
        Entity entity = entities.stream().filter(e -> actor.id().equals(e.id())).findFirst().orElse(null);
        if (entity == null) {
            return null;
        }
        if (entity.type() == EntityType.LOCATION) {
            return isCountry(entity) ? argument(entity) : null;
        }
        String code = entity.kbId() == null ? null : seatCountry(entity.kbId());
        if (code == null) {
            return null;
        }
        return entities.stream().filter(e -> e.type() == EntityType.LOCATION && isCountry(e)
                && code.equals(e.geo().country())).findFirst().map(StatementPlaces::argument).orElse(null);
    }

    /** The ISO code of the country whose seat of government the actor, or the actor it belongs to, names. */
    private String seatCountry(String kbId) {
        Optional<Actor> actor = actors.byId(kbId);
        for (int step = 0; step < MAX_STEPS && actor.isPresent(); step++) {
            if (!actor.get().placeAliases().isEmpty()) {
                return gazetteer.candidates(actor.get().placeAliases().get(0)).stream()
                        .filter(p -> "city".equals(p.kind())).max(java.util.Comparator.comparingLong(Place::population))
                        .map(Place::country).orElse(null);
            }
            String up = actor.get().affiliation();
            actor = up == null ? Optional.empty() : actors.byId(up);
        }
        return null;
    }

    private static boolean isCountry(Entity e) {
        return e.geo() != null && "country".equals(e.geo().kind());
    }

    private static EventArgument argument(Entity country) {
        return new EventArgument(country.id(), country.name(), null, country.geo(), "speaker");
    }
}
