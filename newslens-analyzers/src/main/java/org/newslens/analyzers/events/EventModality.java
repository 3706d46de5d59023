package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Modality;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;

import java.util.regex.Pattern;

/**
 * Decides how an event is told, from the words before its trigger in the clause and the sourcing of
 * its sentence. Negation beats condition beats prediction beats attribution.
 */
final class EventModality {

    /** The modality and the words that decided it. */
    record Decision(Modality modality, String why) {
    }

    // ("Not only did Trump threaten …, but he also …" affirms)
    private static final Pattern NEGATED = Pattern.compile("(?i).*\\b(?:not(?!\\s+only\\b)|never|no|n't|neither|nor|without|failed to|"
            + "denied|deny|denies|refused to)\\b(?:\\s+\\S+){0,4}\\s*$", Pattern.DOTALL);
    private static final Pattern NEGATED_APOSTROPHE = Pattern.compile("(?i).*n[’']t\\b(?:\\s+\\S+){0,4}\\s*$", Pattern.DOTALL);
    // (lower-case "may" only: "In May, Malek stabbed three people" names the month)
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)(?:.*\\b(?:if|unless|could|might|(?-i:may)|should|would have|"
            + "in case|whether|wants? to see|wanted to see|like to see|wish(?:es)? to see|hopes? to see)\\b.*)|(?:^\\s*if\\b.*)",
            Pattern.DOTALL);
    /** "If they make it here and Trump does nothing but arrest them, …": the sentence opens with its condition. */
    private static final Pattern CONDITION_OPENING = Pattern.compile("(?is)^\\W*(?:if|unless)\\b[^,;:]*$");
    /** "To recapture oil fields, forces crossed …": a clause that opens with its purpose tells what is intended. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)^\\s*(?:in order )?to\\s+$");
    private static final Pattern PREDICTION = Pattern.compile("(?i).*\\b(?:will(?!\\s+of\\b)|would|shall|going to|plans? to|planning to|"
            + "planned to|expected to|set to|about to|threaten(?:s|ed)? to|vow(?:s|ed)? to|inten(?:d|ds|ded) to|"
            + "prepar(?:es|ing|ed) to|is to|are to|soon|upcoming|imminent)\\b.*", Pattern.DOTALL);
    /** "attacks will be carried out", "a withdrawal could follow": the future or condition comes after a noun. */
    private static final Pattern PREDICTION_AFTER = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:will|would|is to|are to|"
            + "is expected to|are expected to|is planned|are planned)\\s+(?:be|take|begin|start|follow|come)\\b.*", Pattern.DOTALL);
    private static final Pattern HYPOTHETICAL_AFTER = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:could|might|may)\\s+"
            + "(?:be|take|begin|start|follow|come|happen)\\b.*", Pattern.DOTALL);
    /** "the attack never happened", "the attack had been imaginary": denied after the trigger. */
    private static final Pattern NEGATED_AFTER = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:(?:never|did not|didn[’']t)\\s+"
            + "(?:happen(?:ed)?|occur(?:red)?|t(?:ook|ake) place)|(?:had been|was|were|is|are)\\s+(?:purely\\s+)?(?:imaginary"
            + "|fictitious|invented|fabricated|a fabrication|a hoax|made up))\\b.*", Pattern.DOTALL);
    /** "the government announced that it had been the victim of an attack": reported, in the clause before it. */
    private static final Pattern REPORTED_THAT = Pattern.compile("(?i)\\b(?:announced|said|says|claimed|claims|reported"
            + "|alleged|asserted|insisted|stated|maintained)\\s+that\\b");
    private static final Pattern HEDGED = Pattern.compile("(?i).*\\b(?:reportedly|allegedly|purportedly|claimed|claims|"
            + "said to|believed to|accused|rumou?red|according to|apparently)\\b.*", Pattern.DOTALL);

    private EventModality() {
    }

    /** "was said to", "is believed to": a hedge that is a predicate of its own. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\band\\b|[,;:—–]");
    private static final Pattern PASSIVE_HEDGE = Pattern.compile("(?i)(?:is|are|was|were|been|being)\\s.*");

    /**
     * True when the sentence rests on unnamed sources only through a hedge after the trigger's clause: "a man was
     * stabbed in the street and was said to be critically ill" tells the stabbing itself as fact.
     */
    private static boolean laterPredicateHedged(Claim claim, CharSpan trigger, String after, String sentence,
                                                int sentenceStart) {
        int end = trigger.end() - sentenceStart;
        int from = claim.cue() == null ? -1 : claim.cue().start() - sentenceStart;
        int to = claim.cue() == null ? -1 : claim.cue().end() - sentenceStart;
        return claim.sourceType() == SourceType.ANONYMOUS && end >= 0 && from >= end && to <= sentence.length()
                && PASSIVE_HEDGE.matcher(sentence.substring(from, to)).matches()
                && CLAUSE_BREAK.matcher(sentence.substring(end, from)).find();
    }

    /**
     * @param before the clause's words before the trigger
     * @param after  the clause's words after the trigger
     * @param sentenceBefore the sentence's words before the trigger
     * @param claim  the claim covering the sentence, or null when the sentence is not a claim
     * @param quote  the quote the trigger stands in, or null
     * @param quoteByOutlet whether that quote's speaker is a media outlet
     */
    static Decision decide(CharSpan trigger, String before, String after, String sentence, String sentenceBefore,
                           Claim claim, Quote quote, boolean quoteByOutlet) {
        if (NEGATED.matcher(before).matches() || NEGATED_APOSTROPHE.matcher(before).matches()) {
            return new Decision(Modality.NEGATED, "negation before the trigger");
        }
        if (HYPOTHETICAL.matcher(before).matches() || CONDITION_OPENING.matcher(sentenceBefore).matches()) {
            return new Decision(Modality.HYPOTHETICAL, "condition or possibility before the trigger");
        }
        if (PREDICTION.matcher(before).matches() || PURPOSE.matcher(before).matches()) {
            return new Decision(Modality.PREDICTION, "future or intention before the trigger");
        }
        if (NEGATED_AFTER.matcher(after).matches()) {
            return new Decision(Modality.NEGATED, "denied after the trigger");
        }
        if (HYPOTHETICAL_AFTER.matcher(after).matches()) {
            return new Decision(Modality.HYPOTHETICAL, "possibility after the trigger");
        }
        if (PREDICTION_AFTER.matcher(after).matches()) {
            return new Decision(Modality.PREDICTION, "future after the trigger");
        }
        if (quote != null && quote.block() && claim != null && claim.sourceType() == SourceType.MEDIA_OUTLET) {
            // An excerpt of a wire report set off by layout is told in the cited report's voice.
            return new Decision(Modality.FACT, "in an excerpt of a report by " + claim.source());
        }
        if (quote != null && quote.block() && claim == null && quoteByOutlet) {
            // The excerpted report's headline: no claim sentence, but still the report's own voice.
            return new Decision(Modality.FACT, "in an excerpt of a report by " + quote.speakerName());
        }
        if (quote != null && quote.kind() != QuoteKind.SCARE && quote.kind() != QuoteKind.TITLE) {
            return new Decision(Modality.CLAIM, "in a quote" + (quote.speakerName() != null ? " by " + quote.speakerName() : ""));
        }
        if (claim != null && claim.cue() != null && claim.cue().overlaps(trigger)) {
            // "X announced ...": the announcement itself is what the writer reports.
            return new Decision(Modality.FACT, "the trigger is the attributing verb");
        }
        if (REPORTED_THAT.matcher(sentenceBefore).find()) {
            return new Decision(Modality.CLAIM, "reported (\"…that\") before the trigger");
        }
        if (claim != null && claim.sourceType() != SourceType.AUTHOR && claim.sourceType() != SourceType.MEDIA_OUTLET
                && !laterPredicateHedged(claim, trigger, after, sentence, trigger.start() - sentenceBefore.length())) {
            return new Decision(Modality.CLAIM, "sentence attributed to " + claim.sourceType()
                    + (claim.source() != null ? " (" + claim.source() + ")" : ""));
        }
        if (HEDGED.matcher(sentenceBefore).matches() || HEDGED.matcher(after).matches()) {
            // (only the trigger's own clause after it: "was stabbed … and was said to be critically ill", "attacked by
            // ten men — including, allegedly, X" tell the stabbing and the attack as fact)
            return new Decision(Modality.CLAIM, "hedged");
        }
        if (claim != null && claim.sourceType() == SourceType.MEDIA_OUTLET) {
            return new Decision(Modality.FACT, "a cited report's voice (" + claim.source() + ")");
        }
        return new Decision(Modality.FACT, "the writer's voice");
    }
}
