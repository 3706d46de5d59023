package org.newslens.analyzers.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventType;

/**
 * "Seventeen people were killed at a school in Parkland … Adam Smith has been charged in the attack … the Parkland
 * shooting": an attack on civilians or a bombing has one side, and where the article names one attacker for such
 * violence at a place, its other mentions there without an attacker are his. Two attackers named at one place, or
 * none, leave every mention as it was. Stateless.
 */
final class OneSidedActors {

    private static final Set<EventType> ONE_SIDED = Set.of(EventType.ATTACK_ON_CIVILIANS, EventType.BOMBING);
    static final String BASIS = "same attack";

    private OneSidedActors() {
    }

    static List<EventMention> fill(List<EventMention> events) {
        Map<String, Set<String>> actorsAt = new HashMap<>();
        Map<String, EventArgument> actorAt = new HashMap<>();
        for (EventMention e : events) {
            String at = placeKey(e);
            // (a named side only: "militants" somewhere in the article are not everyone's attacker)
            if (at != null && e.actor() != null && e.actor().id() != null && "stated".equals(e.actor().basis())) {
                actorsAt.computeIfAbsent(at, k -> new HashSet<>()).add(e.actor().name());
                actorAt.putIfAbsent(at, e.actor());
            }
        }
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            String at = placeKey(e);
            Set<String> actors = at == null ? null : actorsAt.get(at);
            if (e.actor() == null && actors != null && actors.size() == 1) {
                EventArgument actor = actorAt.get(at).withBasis(BASIS);
                out.add(new EventMention(e.span(), e.text(), e.type(), actor, e.target(), e.location(), e.date(),
                        e.modality(), e.sentence(), e.confidence(), e.reason() + "; actor " + actor.name()
                        + " (named for the attack there)"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** The kind of violence and its place, for one-sided violence placed at a town or facility; else null. */
    private static String placeKey(EventMention e) {
        if (!ONE_SIDED.contains(e.type()) || e.location() == null || e.location().geo() == null
                || "country".equals(e.location().geo().kind()) || "region".equals(e.location().geo().kind())) {
            return null;
        }
        return e.type() + "@" + e.location().name().toLowerCase(Locale.ROOT);
    }
}
