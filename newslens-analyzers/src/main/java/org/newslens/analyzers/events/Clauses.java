package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into clauses at punctuation and conjunctions, so that an event's arguments are
 * looked for among the words that belong to it. A dependency parse would do better at several
 * times the cost; this is the cheap approximation (README, design).
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);|:\\s|\\s[—–]\\s|\\s--\\s|\\s-\\s"
            // "...started transporting helicopters, and air force fighters to Kuweires": a second object, no clause
            + "|,\\s*and\\b(?!\\s+(?:(?!(?:the|a|an|its|their|his|her|they|he|she|we|it)\\s)[\\p{L}-]+\\s+){0,3}[\\p{L}-]+s\\s+(?:to|into)\\s+(?-i:\\p{Lu}))"
            + "|,\\s*(?:but|while|whereas|although|though|or|which|who|after|before|when|as|because|since|where|a claim|a figure|"
            + "(?:just|even) (?:as|when|after|before)|cutting|leaving|killing|forcing|ending|prompting|saying|adding|citing)\\b"
            // "withdrew in 2011, seven years later they still…": a comma splice with its own time and subject
            + "|,\\s*(?:[\\p{L}\\d-]+\\s+(?:years?|months?|weeks?|days?)\\s+(?:later|on|after|earlier)\\b,?\\s*)?"
            + "(?=(?:they|he|she|we|I)\\s+(?:still\\s+|now\\s+|also\\s+)?\\p{Ll}+)"
            + "|\\s(?:but|while|whereas|although|because|after|before|when|that|which|who|where|until|if|unless)\\s"
            // "air strikes in Syria in retaliation for shells fired into the Golan Heights": another event follows
            + "|,?\\s(?:in (?:retaliation|response|revenge|reprisal) for)\\s"
            + "|(?<!such|known|well|same|just|so|used|seen|regarded)\\sas\\s(?!well|part|a result|long|much|many|far|soon|of)"
            + "|\\s(?:said|says|say|told [\\p{L} ]{1,30}?|added|reported|claimed|stated|insisted|confirmed)\\s+(?:that\\s+)?(?=[\\p{L}\\p{N}])");

    /** After a relative clause's own verb and object: "were forced", "was later killed". */
    private static final Pattern MAIN_VERB_AFTER_RELATIVE = Pattern.compile(
            "(?<=\\S\\s\\p{Ll}{2,30}|\\S\\s\\p{L}{2,30}\\s\\p{Ll}{2,30})\\s(?=(?:were|was)\\s+(?:later\\s+|then\\s+|eventually\\s+)?"
                    + "(?:forced|unable|able|\\p{Ll}{2,}ed)\\b)");
    /** Clause-opening words after which the subject is the noun before the clause. */
    private static final Pattern RELATIVE = Pattern.compile("(?i).*\\b(?:which|who)\\s*$", Pattern.DOTALL);
    /** The boundary words that open a conditional clause. */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i).*\\b(?:if|unless)\\s*$", Pattern.DOTALL);
    /** A sentence that opens with a subordinate clause: "As their allies watched, ...". */
    private static final Pattern OPENING_SUBORDINATE = Pattern.compile("(?i)\\s*(?:as|while|when|after|before|although|though|"
            + "if|because|since|once|until|whereas)\\s[^,;:]{3,120}?,\\s");

    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    Clauses(String text, CharSpan sentence) {
        this.text = text;
        Matcher m = BOUNDARY.matcher(text).region(sentence.start(), sentence.end());
        starts.add(sentence.start());
        Matcher opening = OPENING_SUBORDINATE.matcher(text).region(sentence.start(), sentence.end());
        if (opening.lookingAt()) {
            ends.add(opening.end() - 2);
            starts.add(opening.end());
            m.region(opening.end(), sentence.end());
        }
        while (m.find()) {
            ends.add(m.start());
            starts.add(m.end());
            if (m.group().trim().equalsIgnoreCase("who")) {
                endOfRelative(m.end(), sentence.end());
            }
        }
        ends.add(sentence.end());
    }

    /**
     * "Iraqi troops who briefly seized a hospital … were forced to withdraw": where a relative clause
     * gives way to its noun's own verb, the main clause resumes (with "were" as its elided subject).
     */
    private void endOfRelative(int from, int sentenceEnd) {
        Matcher next = BOUNDARY.matcher(text).region(from, sentenceEnd);
        int limit = next.find() ? next.start() : sentenceEnd;
        Matcher resumed = MAIN_VERB_AFTER_RELATIVE.matcher(text).region(from, limit);
        if (resumed.find()) {
            ends.add(resumed.start());
            starts.add(resumed.start());
        }
    }

    /** The clause holding {@code span}; a trigger that straddles a boundary gets the union. */
    CharSpan around(CharSpan span) {
        int start = starts.get(0);
        int end = ends.get(ends.size() - 1);
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= span.start()) {
                start = starts.get(i);
            }
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            if (ends.get(i) >= span.end()) {
                end = ends.get(i);
            }
        }
        return new CharSpan(start, Math.max(start, end));
    }

    /** True when the clause was cut off right after "if" or "unless" ("And if troops are deployed …"). */
    boolean conditional(CharSpan clause) {
        return CONDITIONAL.matcher(text.substring(Math.max(0, clause.start() - 8), clause.start())).matches();
    }

    /** True when the clause is a relative clause ("..., who had cut water"), whose subject lies before it. */
    boolean relative(CharSpan clause) {
        return RELATIVE.matcher(text.substring(Math.max(0, clause.start() - 8), clause.start())).matches();
    }
}
