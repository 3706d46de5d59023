package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;

/**
 * "Security guard Jesus Campos … the Campos shooting": the recogniser calls the bare family name a place (Campos, in
 * Brazil), and no place of that name lies in the article's countries. A place with no point whose name is the family
 * name of just one person the article names in full is that person. Stateless.
 */
final class SurnamesNotPlaces {

    private SurnamesNotPlaces() {
    }

    /** @param isKnownPlace whether the gazetteer knows a name as a place (not a small gap-filling town) */
    static List<Entity> join(List<Entity> entities, java.util.function.Predicate<String> isKnownPlace) {
        List<Entity> out = new ArrayList<>(entities);
        for (Entity place : entities) {
            if (place.type() != EntityType.LOCATION || place.geo() != null || place.kbId() != null
                    || place.name().contains(" ") || isKnownPlace.test(place.name())) {
                continue;
            }
            // (not the recogniser's "Saint Lucia" or "Francis Vatican" persons)
            List<Entity> people = out.stream().filter(e -> e.type() == EntityType.PERSON && e.name().contains(" ")
                    && !e.name().matches("(?:Saint|St\\.?) .*")
                    && e.name().substring(e.name().lastIndexOf(' ') + 1).equals(place.name())).toList();
            if (people.size() != 1) {
                continue;
            }
            Entity person = people.get(0);
            List<Mention> mentions = new ArrayList<>(person.mentions());
            mentions.addAll(place.mentions());
            mentions.sort(Comparator.comparing(Mention::span));
            List<String> aliases = new ArrayList<>(person.aliases());
            if (!aliases.contains(place.name())) {
                aliases.add(place.name());
            }
            out.set(out.indexOf(person), new Entity(person.id(), person.name(), person.type(), person.kbId(), aliases,
                    person.descriptions(), person.geo(), person.confidence(), mentions));
            out.remove(place);
        }
        return out;
    }
}
