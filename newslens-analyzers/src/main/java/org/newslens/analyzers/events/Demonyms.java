package org.newslens.analyzers.events;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nationality adjectives that name an actor in event reports: "Russian air strikes" are struck by
 * Russia's armed forces, "a Turkish-brokered deal" is Turkey's government's. Maps each onto the
 * knowledge-base ids of the state's armed forces and government.
 */
final class Demonyms {

    /** The knowledge-base ids one adjective stands for. */
    record States(String forces, String government) {
    }

    private static final Map<String, States> BY_WORD = Map.ofEntries(
            Map.entry("russian", new States("russian-armed-forces", "russia-government")),
            Map.entry("syrian", new States("syrian-arab-army", "syria-government")),
            Map.entry("turkish", new States("turkish-armed-forces", "turkey-government")),
            Map.entry("iraqi", new States("iraqi-security-forces", "iraq-government")),
            Map.entry("iranian", new States("irgc", "iran-government")),
            Map.entry("american", new States("us-armed-forces", "us-government")),
            Map.entry("us", new States("us-armed-forces", "us-government")),
            Map.entry("u.s.", new States("us-armed-forces", "us-government")),
            Map.entry("israeli", new States("israel-government", "israel-government")),
            Map.entry("saudi", new States("saudi-government", "saudi-government")),
            Map.entry("british", new States("uk-government", "uk-government")),
            Map.entry("french", new States("france-government", "france-government")),
            Map.entry("qatari", new States("qatar-government", "qatar-government")),
            Map.entry("jordanian", new States("jordanian-armed-forces", "jordan-government")),
            Map.entry("lebanese", new States("lebanese-armed-forces", "lebanon-government")),
            Map.entry("egyptian", new States("egypt-government", "egypt-government")),
            Map.entry("emirati", new States("uae-government", "uae-government")));

    private static final Pattern MILITARY = Pattern.compile("(?i)(?:and (?:its |their )?allied\\s+|allied\\s+|government\\s+)?\\b(?:air|aerial|strikes?|warplanes?|jets?|aircraft|planes?|"
            + "bombers?|helicopters?|drones?|troops|forces|soldiers|army|military|artillery|sorties|bombs?|missiles?|navy|units)\\b");

    private static final Pattern NOT_AN_ACTOR = Pattern.compile("(?i)(?:border|borders|territory|soil|side|coast|"
            + "cities|city|towns?|villages?|countryside|desert|capital|people|civilians|refugees|children|women|"
            + "citizens|families|population|media|press|language|economy|pound|lira|rouble|ruble)\\b");
    private static final Pattern WORD = Pattern.compile("(?i)(u\\.s\\.|[a-z]+)(?:-(?:backed|led|brokered|sponsored|supported))?$");

    private Demonyms() {
    }

    /** The government a plural nationality noun after "the" stands for ("the Russians" → Russia's), if any. */
    static Optional<String> pluralActorId(String plural) {
        return org.newslens.analyzers.actors.PluralNationals.governmentId(plural);
    }

    /** The knowledge-base id of a government's armed forces, if the table knows it ("russia-government" → "russian-armed-forces"). */
    static Optional<String> forcesOf(String governmentId) {
        return BY_WORD.values().stream().filter(s -> s.government().equals(governmentId) && !s.forces().equals(governmentId))
                .map(States::forces).findFirst();
    }

    /**
     * The knowledge-base id a nationality word stands for, given the words after it: the armed forces
     * before military words and event nouns, else the government.
     */
    static Optional<String> actorId(String word, String following) {
        Matcher m = WORD.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        States states = BY_WORD.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (states == null) {
            return Optional.empty();
        }
        if (!word.contains("-") && NOT_AN_ACTOR.matcher(following).lookingAt()) {
            return Optional.empty(); // "the Syrian border", "Syrian refugees": a place or people, not the state
        }
        boolean backed = word.contains("-");
        return Optional.of(!backed && MILITARY.matcher(following).lookingAt() ? states.forces() : states.government());
    }
}
