package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.places.Nationalities;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "an offensive on the Syrian capital", "rebels driven from Syria's largest city": a city the recogniser
 * cannot see, since no name is written. "the <nationality> capital" becomes a place mention, and a
 * country's mention followed by "'s capital", "'s largest city" or "'s second city" is widened over
 * those words (it names the city, not the country); "the country's largest city" becomes a mention
 * too. The geocoder puts them at that city, where they join the article's own mentions of it.
 */
final class DescribedCities {

    private static final Pattern NATIONAL_CAPITAL = Pattern.compile("\\b[Tt]he\\s+((?:" + Nationalities.ALTERNATION
            + ")\\s+capital)\\b(?![\\p{L}-])");
    /** What follows a country's name when the words mean one of its cities. */
    private static final Pattern CITY_OF_COUNTRY = Pattern.compile("['’]s\\s+(?:capital(?:\\s+city)?|"
            + "(?:second[- ])?(?:largest|biggest)\\s+city|second\\s+city)\\b(?![\\p{L}-])");
    /** "the country's largest city": the city of the country the article is about (the geocoder decides which). */
    private static final Pattern THE_COUNTRYS_CITY = Pattern.compile("\\b[Tt]he\\s+((?:country|nation)['’]s\\s+"
            + "(?:capital(?:\\s+city)?|(?:second[- ])?(?:largest|biggest)\\s+city|second\\s+city))\\b(?![\\p{L}-])");
    private static final double CONFIDENCE = 0.8;

    private DescribedCities() {
    }

    /**
     * @param isCountry whether a name is a country's
     */
    static List<EntityGrouper.RawMention> apply(String text, List<EntityGrouper.RawMention> found,
                                                Predicate<String> isCountry) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(found.size());
        for (EntityGrouper.RawMention m : found) {
            Matcher city = CITY_OF_COUNTRY.matcher(text).region(m.span().end(), text.length());
            if (m.type() == EntityType.LOCATION && m.actor() == null && city.lookingAt()
                    && isCountry.test(m.span().of(text).strip())) {
                out.add(new EntityGrouper.RawMention(new CharSpan(m.span().start(), city.end()), EntityType.LOCATION,
                        CONFIDENCE, null));
            } else {
                out.add(m);
            }
        }
        addUnnamed(text, NATIONAL_CAPITAL, out);
        addUnnamed(text, THE_COUNTRYS_CITY, out);
        return out;
    }

    /** A place mention over group 1 of every match that no mention covers yet. */
    private static void addUnnamed(String text, Pattern description, List<EntityGrouper.RawMention> out) {
        Matcher m = description.matcher(text);
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(1), m.end(1));
            if (out.stream().noneMatch(f -> f.span().overlaps(span))) {
                out.add(new EntityGrouper.RawMention(span, EntityType.LOCATION, CONFIDENCE, null));
            }
        }
    }
}
