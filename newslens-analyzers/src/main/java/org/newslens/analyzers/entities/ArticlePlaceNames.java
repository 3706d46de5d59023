package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * Place names with an Arabic article in lower case, which the recogniser cuts or misreads: "Deir ez-Zor"
 * comes out as "Zor" (a town in Kuwait), "Deir al-Zour" as a person. A capitalised word, the article and the
 * word after it, when the gazetteer knows the whole name, are one place and replace whatever the recogniser
 * found inside them; knowledge-base names are left alone. Stateless.
 */
final class ArticlePlaceNames {

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}\\p{Ll}+[ -]"
            + "(?:al|el|ez|es|ed|ad|ar|as|ash|at|az|an|ath|ul|um)[- ]\\p{L}[\\p{L}'’]+(?![\\p{L}-])");
    private static final double CONFIDENCE = 0.8;

    private ArticlePlaceNames() {
    }

    /** The mentions with such names put right; {@code isKnownPlace} asks the gazetteer about a whole name. */
    static List<EntityGrouper.RawMention> apply(String text, List<EntityGrouper.RawMention> mentions,
                                               Predicate<String> isKnownPlace) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions);
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(), m.end());
            boolean known = out.stream().anyMatch(r -> r.actor() != null && r.span().overlaps(span));
            boolean already = out.stream().anyMatch(r -> r.type() == EntityType.LOCATION && r.span().contains(span));
            if (known || already || !isKnownPlace.test(m.group())) {
                continue;
            }
            out.removeIf(r -> r.span().overlaps(span));
            out.add(new EntityGrouper.RawMention(span, EntityType.LOCATION, CONFIDENCE, null));
        }
        return out;
    }
}
