package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "The soldiers seized Salam hospital": a named hospital, airport, air base, prison or mosque that
 * the recogniser (trained on persons, places and organisations) leaves untagged. A capitalised name
 * right before the facility word makes a facility — unless that name is already another mention, a
 * place the article names ("a Mosul hospital" is a hospital in Mosul), or a common word ("The hospital").
 */
final class FacilityNames {

    private static final Pattern FACILITY = Pattern.compile(
            "(?<![\\p{L}’'-])(\\p{Lu}[\\p{Ll}’'-]+(?:[ -](?:al-)?\\p{Lu}[\\p{Ll}’'-]+){0,2})\\s+"
                    + "(?:[Mm]ilitary\\s+|[Nn]ational\\s+|[Ii]nternational\\s+)?"
                    + "(?:[Hh]ospital|[Aa]irport|[Aa]ir\\s[Bb]ase|[Aa]irbase|[Pp]rison|[Mm]osque)(?![\\p{L}])");
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her",
            "our", "new", "old", "main", "military", "field", "children's", "children’s", "state", "central", "general",
            "public", "private", "local", "city", "regional", "university", "women's", "women’s", "one", "another",
            "every", "each", "no", "some", "any", "which", "whose", "after", "before", "near", "at", "in", "from");
    private static final double CONFIDENCE = 0.75;

    private FacilityNames() {
    }

    static List<EntityGrouper.RawMention> find(String text, List<EntityGrouper.RawMention> found) {
        List<EntityGrouper.RawMention> added = new ArrayList<>();
        Matcher m = FACILITY.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String first = name.split("[ -]")[0].toLowerCase(Locale.ROOT);
            CharSpan span = new CharSpan(m.start(), m.end());
            if (NOT_A_NAME.contains(first) || TitleCaseLines.isTitleCase(text, span.start(), span.end(), 4)
                    || found.stream().anyMatch(f -> f.span().overlaps(span))) {
                continue;
            }
            added.add(new EntityGrouper.RawMention(span, EntityType.FACILITY, CONFIDENCE, null));
        }
        return added;
    }
}
