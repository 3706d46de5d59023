package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Participants the text describes without naming: "rebels", "jihadist militants", "civilians",
 * "regime militias". Event data needs them (ACLED codes "Rebels", "Civilians"); the entity
 * recogniser does not find them. Thread-safe.
 */
final class GenericParticipants {

    /** A generic participant found in the text, with its class name. */
    record Found(CharSpan span, String name) {
    }

    static final String REBELS = "Rebels";
    static final String MILITANTS = "Militants";
    static final String CIVILIANS = "Civilians";
    static final String PRO_GOVERNMENT = "Pro-government forces";

    private static final Map<String, Pattern> CLASSES = Map.of(
            REBELS, words("(?:syrian |armed |moderate |foreign-backed |us-backed |u\\.s\\.-backed |turkish-backed )?"
                    + "(?:rebels?|insurgents?|opposition (?:fighters|forces|groups|factions|commanders)|rebel (?:fighters|groups|forces|factions|commanders|officials|units))"),
            MILITANTS, words("(?:jihadist |islamist |foreign |armed )?(?:militants?|jihadists?|gunmen|terrorists?|extremists|"
                    + "death squads|(?:jihadist|islamist|terrorist|armed) (?:groups?|gangs?|fighters))"),
            CIVILIANS, words("civilians|residents|inhabitants|children|families|women and children|patients|"
                    + "villagers|refugees|displaced people|the wounded|wounded (?:fighters and )?civilians"),
            PRO_GOVERNMENT, words("(?:regime|loyalist|pro-government|pro-assad|assad's|government-allied|iranian-backed|"
                    + "shi'ite|shiite) (?:forces|troops|militias?|fighters|soldiers|units)"));

    private static Pattern words(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}'-])(?:" + regex + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Generic participants in {@code [from, to)}, in text order, none overlapping. */
    List<Found> find(String text, int from, int to) {
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, Pattern> entry : CLASSES.entrySet()) {
            Matcher matcher = entry.getValue().matcher(text).region(from, to);
            matcher.useTransparentBounds(true);
            while (matcher.find()) {
                CharSpan span = new CharSpan(matcher.start(), matcher.end());
                if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                    found.add(new Found(span, entry.getKey()));
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** Rebels and militants are the same side told in different words; so are the named pro-government groups. */
    static boolean armedOpposition(String name) {
        return REBELS.equals(name) || MILITANTS.equals(name);
    }
}
