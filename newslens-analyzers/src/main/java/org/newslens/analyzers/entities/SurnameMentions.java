package org.newslens.analyzers.entities;

import org.newslens.analyzers.actors.Actor;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Later mentions of a person by family name alone that the recogniser missed: after "Michael
 * O’Hanlon", the bare "O’Hanlon" of the next sentences is often left untagged (an unfamiliar name,
 * an apostrophe), and with it the speaker of every quote it frames. A name the article already gave
 * in full is looked for again, as a whole capitalised word, wherever no other mention stands.
 */
final class SurnameMentions {

    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}’'-]{2,}");
    private static final double CONFIDENCE = 0.7;
    /** "Pius XII": a regnal number is no family name. */
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private SurnameMentions() {
    }

    /**
     * @param isCommonWord whether a word in lower case is an ordinary word ("may", "rice"), never taken
     *                     on its own for a name
     */
    static List<EntityGrouper.RawMention> find(String text, List<Sentence> sentences, List<EntityGrouper.RawMention> found,
                                               java.util.function.Predicate<String> isCommonWord) {
        Map<String, Actor> surnames = new LinkedHashMap<>();
        Map<String, Actor> commonSurnames = new LinkedHashMap<>();
        for (EntityGrouper.RawMention m : found) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String[] words = m.span().of(text).strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            String last = words[words.length - 1].replaceFirst("(?:'s|’s)$", "");
            if (SURNAME.matcher(last).matches() && !isCommonWord.test(last.toLowerCase(Locale.ROOT))) {
                surnames.putIfAbsent(last, m.actor());
            } else if (SURNAME.matcher(last).matches()) {
                commonSurnames.putIfAbsent(last, m.actor()); // "Theresa May": "May" alone only as "Mrs May"
            }
        }
        // A word the article also uses inside another kind of name ("Las Vegas", "Die Tagespost") is not
        // taken alone for the person.
        for (EntityGrouper.RawMention m : found) {
            if (m.type() != EntityType.PERSON) {
                for (String word : m.span().of(text).split("[\\s-]+")) {
                    surnames.remove(word);
                    commonSurnames.remove(word);
                }
            }
        }
        surnames.keySet().removeIf(w -> ROMAN.matcher(w).matches());
        List<EntityGrouper.RawMention> added = new ArrayList<>();
        if (!commonSurnames.isEmpty()) {
            // "Mrs May's deal", "Ms Rice said": an honorific makes a common word the family name given before
            Pattern honoured = Pattern.compile("(?<=\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s)("
                    + NameRecurrences.alternation(commonSurnames.keySet()) + ")(?![\\p{L}\\p{N}])");
            for (MatchResult m : NameRecurrences.untagged(text, sentences, honoured, found)) {
                added.add(new EntityGrouper.RawMention(new CharSpan(m.start(), m.end()), EntityType.PERSON, CONFIDENCE,
                        commonSurnames.get(m.group(1))));
            }
        }
        if (surnames.isEmpty()) {
            return added;
        }
        // "O’ Hanlon" / "O’Hanlon": the Irish prefix belongs to the name.
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}’'])(?:O[’'] ?)?(" + NameRecurrences.alternation(surnames.keySet())
                + ")(?![\\p{L}\\p{N}])");
        for (MatchResult m : NameRecurrences.untagged(text, sentences, pattern, found)) {
            added.add(new EntityGrouper.RawMention(new CharSpan(m.start(), m.end()), EntityType.PERSON, CONFIDENCE,
                    surnames.get(m.group(1))));
        }
        return added;
    }
}
