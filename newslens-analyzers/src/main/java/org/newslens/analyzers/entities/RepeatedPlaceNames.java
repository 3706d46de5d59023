package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Sentence;

/**
 * Later mentions of a place the recogniser tagged once and missed elsewhere: "the terrorist
 * stronghold of Idlib" is found, "the Syrian Army's southern Idlib offensive" is not — and with it
 * the place of the offensive. A place name the article already gave is looked for again, as whole
 * words, wherever no other mention stands (one name, one meaning per article).
 */
final class RepeatedPlaceNames {

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’' -]{2,}");
    private static final double CONFIDENCE = 0.7;

    private RepeatedPlaceNames() {
    }

    /**
     * @param isCommonWord whether a word in lower case is an ordinary word ("may", "rice"), never taken
     *                     on its own for a place
     * @param isKnownPlace whether the gazetteer holds a name, a small town too ("Parkland"): only real places are looked for again, not the
     *                     recogniser's mistakes ("Ebola", "the Eucharist")
     */
    static List<EntityGrouper.RawMention> find(String text, List<Sentence> sentences, List<EntityGrouper.RawMention> found,
                                               Predicate<String> isCommonWord, Predicate<String> isKnownPlace) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityGrouper.RawMention m : found) {
            String name = m.span().of(text).strip();
            if (m.type() == EntityType.LOCATION && m.actor() == null && NAME.matcher(name).matches()
                    && (name.contains(" ") || !isCommonWord.test(name.toLowerCase(Locale.ROOT))) && isKnownPlace.test(name)) {
                names.add(name);
            }
        }
        // A name the article also uses as, or inside, another kind of name ("Jordan" the person) stays as it is.
        for (EntityGrouper.RawMention m : found) {
            if (m.type() != EntityType.LOCATION) {
                names.removeIf(n -> m.span().of(text).contains(n));
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}’'-])(?:" + NameRecurrences.alternation(names)
                + ")(?![\\p{L}\\p{N}]|-\\p{L})");
        List<EntityGrouper.RawMention> added = new ArrayList<>();
        for (MatchResult m : NameRecurrences.untagged(text, sentences, pattern, found)) {
            added.add(new EntityGrouper.RawMention(new CharSpan(m.start(), m.end()), EntityType.LOCATION, CONFIDENCE, null));
        }
        return added;
    }
}
