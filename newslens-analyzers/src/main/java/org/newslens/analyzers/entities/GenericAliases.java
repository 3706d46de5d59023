package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import org.newslens.analyzers.actors.Actor;

/**
 * "The regime does not want the IAEA to inspect": a knowledge-base alias that is only "the" and a common
 * noun (the Syrian government's "the regime") means that actor only in an article that names it, its
 * government, or one of its own people or forces another way; in a piece about Iran it is not Damascus.
 */
final class GenericAliases {

    private GenericAliases() {
    }

    static List<EntityGrouper.RawMention> unboundWhereUnnamed(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> kept = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            if (m.actor() == null || !isCommonWords(m.span().of(text)) || namedOtherwise(text, m.actor(), mentions)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** "the regime", "The regime": an article and one common noun ("regime forces" or "foreign office" say more). */
    private static boolean isCommonWords(String surface) {
        return surface.strip().matches("[Tt]he [a-z]+");
    }

    private static boolean namedOtherwise(String text, Actor actor, List<EntityGrouper.RawMention> mentions) {
        return mentions.stream().anyMatch(o -> o.actor() != null && !isCommonWords(o.span().of(text))
                && related(actor, o.actor()));
    }

    /** The same actor, its own side ("government forces" and the Syrian government or Assad), or a fellow of it. */
    private static boolean related(Actor actor, Actor other) {
        return other == actor || actor.id().equals(other.affiliation()) || other.id().equals(actor.affiliation())
                || actor.affiliation() != null && actor.affiliation().equals(other.affiliation());
    }
}
