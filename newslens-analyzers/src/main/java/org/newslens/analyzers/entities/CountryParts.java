package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "northern Syria", "south-eastern Turkey", "the North of Syria": a part of a country is a region of its
 * own — where an offensive or an evacuation goes — not the country. The recogniser tags only the
 * country; its mention is widened over the direction before it, so the part becomes its own place
 * (one entity with "Northern Syria" written with a capital) and the geocoder puts it in that part.
 * Only countries: "eastern Aleppo" stays a mention of Aleppo, a few kilometres from its centre.
 */
final class CountryParts {

    private static final String DIRECTION = "(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central";
    /** The direction right before the country: "in northern Syria", "into South-eastern Turkey". */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])(" + DIRECTION + ")\\s$");
    /** "the North of Syria", "the north-east of Syria". */
    private static final Pattern DIRECTION_OF = Pattern.compile("(?i)(?<![\\p{L}-])(?:the\\s)(" + DIRECTION
            + ")\\s(?:part\\s)?of\\s$");

    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}.]+\\)");

    private CountryParts() {
    }

    /**
     * @param isCountry whether a name is a country's (the gazetteer's reading); "South Korea" as one name
     *                  is left alone, being a country itself
     */
    static List<EntityGrouper.RawMention> widen(String text, List<EntityGrouper.RawMention> mentions,
                                                Predicate<String> isCountry) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            out.add(m.type() == EntityType.LOCATION && m.actor() == null && isCountry.test(m.span().of(text).strip())
                    ? widened(text, m, isCountry) : m);
        }
        return out;
    }

    private static EntityGrouper.RawMention widened(String text, EntityGrouper.RawMention m, Predicate<String> isCountry) {
        if (BRACKETED_ACRONYM.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
            return m; // "northwest Democratic Republic of Congo (DRC)": the bracket names the country
        }
        String before = text.substring(Math.max(0, m.span().start() - 30), m.span().start());
        Matcher of = DIRECTION_OF.matcher(before);
        Matcher direct = BEFORE.matcher(before);
        int start;
        if (of.find()) {
            start = m.span().start() - (before.length() - of.start(1));
        } else if (direct.find()) {
            start = m.span().start() - (before.length() - direct.start(1));
        } else {
            return m;
        }
        String widened = text.substring(start, m.span().end());
        if (isCountry.test(widened)) {
            return m; // a country whose name starts with a direction, cut short by the recogniser
        }
        return new EntityGrouper.RawMention(new CharSpan(start, m.span().end()), EntityType.LOCATION, m.confidence(), null);
    }
}
