package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Sentence;

/**
 * Where names an article already gave occur again with no mention on them: the shared search behind
 * the family names and the places the recogniser missed. Stateless.
 */
final class NameRecurrences {

    private NameRecurrences() {
    }

    /** The names as one regex alternation, each quoted. */
    static String alternation(Collection<String> names) {
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        return alternatives.toString();
    }

    /** Every match of {@code pattern}, sentence by sentence, that no mention in {@code found} overlaps. */
    static List<MatchResult> untagged(String text, List<Sentence> sentences, Pattern pattern,
                                      List<EntityGrouper.RawMention> found) {
        List<MatchResult> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                CharSpan span = new CharSpan(m.start(), m.end());
                if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                    out.add(m.toMatchResult());
                }
            }
        }
        return out;
    }
}
