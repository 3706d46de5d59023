package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.places.Nationalities;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "a major offensive on the Syrian capital": a place the recogniser cannot see, since no name is written.
 * Each "the <nationality> capital" becomes a place mention; the geocoder puts it at the country's
 * capital, where it joins the article's own mentions of that city.
 */
final class CapitalMentions {

    private static final Pattern CAPITAL = Pattern.compile("\\b[Tt]he\\s+(" + Nationalities.ALTERNATION
            + ")\\s+capital\\b(?![\\p{L}-])");
    private static final double CONFIDENCE = 0.8;

    private CapitalMentions() {
    }

    static List<EntityGrouper.RawMention> find(String text, List<EntityGrouper.RawMention> found) {
        List<EntityGrouper.RawMention> added = new ArrayList<>();
        Matcher m = CAPITAL.matcher(text);
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(1), m.end());
            if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                added.add(new EntityGrouper.RawMention(span, EntityType.LOCATION, CONFIDENCE, null));
            }
        }
        return added;
    }
}
