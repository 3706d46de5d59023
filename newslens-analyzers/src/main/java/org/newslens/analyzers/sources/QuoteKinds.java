package org.newslens.analyzers.sources;

import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.QuoteKind;

/**
 * Decides what a quote is doing: a direct statement stands as a sentence of its own with at most
 * a reporting frame around it; a partial quote is a fragment of someone's words inside the
 * writer's sentence; a scare quote is a word or two held at a distance with nobody speaking; a
 * title follows a word like "headlined" or "book" and is set in title case.
 */
final class QuoteKinds {

    static final int SCARE_MAX_WORDS = 4;
    private static final Pattern TITLE_CUE = Pattern.compile("(?i)\\b(?:article|book|film|movie|documentary|headline"
            + "|op-ed|column|essay|song|album|show|programme|program|series|piece|poem|novel|titled|entitled"
            + "|headlined|named|report|study|paper|expos[eé]|memoir|biography|best-?seller|textbook|anthology|podcast"
            + ")\\s*[,:]?\\s*$");
    /** "The Page One headline in the Evening Standard said it all: ‘First Stab Victims Of The New Year.’" */
    private static final Pattern HEADLINE_READ = Pattern.compile("(?i)\\bheadlines?\\b[^.!?“”\"‘’]{0,60}\\b(?:said|says|read"
            + "|reads|ran|runs|screamed|screams|blared|blares|declared|proclaimed|announced)(?:\\s+it\\s+all)?\\s*[,:]?\\s*$");
    /** "told CBS’ “Face the Nation”", "on NBC's “Meet the Press”": a broadcaster's programme. */
    private static final Pattern BROADCASTER = Pattern.compile("\\b(?:CBS|NBC|ABC|CNN|MSNBC|BBC|NPR|PBS|CNBC|HBO|C-SPAN"
            + "|ITV|Fox|Fox News|Fox Business|Sky News|Channel 4)(?:['’]s?)?\\s*$");
    /** "“Man sentenced to 20 years,” by Justin Carissimo, CBS News": a headline with its byline. */
    private static final Pattern BYLINE_AFTER = Pattern.compile("\\s*,?\\s*by\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}");
    /** "Excerpts from: “…”": what follows names the source, not anyone's words. */
    private static final Pattern EXCERPT_CUE = Pattern.compile("(?i)\\b(?:excerpts?|excerpted|adapted|extracts?|"
            + "reprinted|republished)\\s+from\\s*[,:]?\\s*$");
    /** A quote that is all one link ("“[Deconstructing Syria](…)”" in text converted from HTML): a linked title. */
    private static final Pattern LINKED = Pattern.compile("\\s*\\[[^\\]]{3,}]\\([^)]*\\)\\s*[,.]?\\s*");
    /** "the so-called “moderate rebels”": the writer holds the words at a distance, whoever said them. */
    /** "so-called", "the concept of", "the word": words quoted as words, held at a distance. */
    private static final Pattern SO_CALLED = Pattern.compile("(?i)\\b(?:so[- ]called|the\\s+(?:concept|notion|idea|term"
            + "|word|phrase|label|expression)(?:\\s+of)?)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private QuoteKinds() {
    }

    /** The kind, and a few words on why. */
    record Decision(QuoteKind kind, String why) {
    }

    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\bthat$");

    /** "the concept of", "so-called" right before the quote: the words are held up as words. */
    static boolean wordsAsWords(String pre) {
        return SO_CALLED.matcher(pre.stripTrailing()).find();
    }

    static Decision classify(String content, String pre, String post, boolean nested, QuoteFrames.Attribution speaker) {
        int words = countWords(content);
        String trimmedPre = pre.stripTrailing();
        if (BYLINE_AFTER.matcher(post).lookingAt()) {
            return new Decision(QuoteKind.TITLE, "a headline followed by its byline");
        }
        if (LINKED.matcher(content).matches() || (EXCERPT_CUE.matcher(trimmedPre).find() && words >= 2)) {
            return new Decision(QuoteKind.TITLE, LINKED.matcher(content).matches() ? "a linked title"
                    : "the source of an excerpt");
        }
        if (BROADCASTER.matcher(trimmedPre).find() && titleCase(content) && words <= SCARE_MAX_WORDS + 2) {
            return new Decision(QuoteKind.TITLE, "a programme of \"" + lastWord(trimmedPre) + "\"");
        }
        if (HEADLINE_READ.matcher(trimmedPre).find() && titleCase(content)) {
            return new Decision(QuoteKind.TITLE, "a headline quoted");
        }
        if (TITLE_CUE.matcher(trimmedPre).find() && titleCase(content)) {
            return new Decision(QuoteKind.TITLE, "title-case words after \"" + lastWord(trimmedPre) + "\"");
        }
        if (SO_CALLED.matcher(trimmedPre).find() && words <= SCARE_MAX_WORDS) {
            return new Decision(QuoteKind.SCARE, "\"" + SO_CALLED.matcher(trimmedPre).results().reduce((a, b) -> b)
                    .map(java.util.regex.MatchResult::group).orElse("so-called") + "\" before it");
        }
        if (nested) {
            return words <= SCARE_MAX_WORDS ? new Decision(QuoteKind.SCARE, "short quote inside another quote")
                    : new Decision(QuoteKind.PARTIAL, "quote inside another quote");
        }
        // "claimed that “Ramadan reminds us …”": words made the object of the writer's "that" clause are part of it
        boolean afterThat = THAT_BEFORE.matcher(trimmedPre).find();
        boolean preOk = !hasLetters(pre) || trimmedPre.endsWith(":")
                || (speaker != null && (trimmedPre.endsWith(",") || "before".equals(speaker.where())
                && closeToCue(pre, speaker) && !afterThat));
        boolean postOk = !hasLetters(post) || (speaker != null && "after".equals(speaker.where()))
                || (words >= 6 && content.strip().matches("(?s).*[,.!?…]$"));
        // "X said, “…”" and "X said: “…”" introduce a statement whatever follows it.
        boolean introduced = speaker != null && ((trimmedPre.matches("(?s).*\\b\\p{L}+\\s*[,:]$")
                && speaker.source().cue() != null) || "introducer".equals(speaker.where())
                || "participle".equals(speaker.where()));
        boolean standsAlone = (preOk && postOk) || introduced;
        if (speaker != null) {
            if (standsAlone && (sentenceLike(content) || introduced) && words >= 3) {
                return new Decision(QuoteKind.DIRECT, "a statement of its own with its reporting frame");
            }
            return new Decision(QuoteKind.PARTIAL, "a fragment inside the writer's sentence");
        }
        if (words <= SCARE_MAX_WORDS) {
            return new Decision(QuoteKind.SCARE, words + " word(s) in quotes with nobody speaking them");
        }
        return standsAlone ? new Decision(QuoteKind.DIRECT, "a statement of its own; no speaker found")
                : new Decision(QuoteKind.PARTIAL, "a fragment inside the writer's sentence; no speaker found");
    }

    static int countWords(String content) {
        int n = 0;
        var m = WORD.matcher(content);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True when the cue ends within a few words of the quote ("Nasrallah said earlier this week “…”"). */
    private static boolean closeToCue(String pre, QuoteFrames.Attribution speaker) {
        CharSpan cue = speaker.source().cue();
        if (cue == null) {
            return false;
        }
        int quoteStart = speaker.quoteStart();
        return cue.end() <= quoteStart && quoteStart - cue.end() < 40
                && countWords(pre.substring(Math.max(0, pre.length() - (quoteStart - cue.end())))) <= 3;
    }

    private static boolean sentenceLike(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
            if (c == '(' || c == '[') {
                return true; // "(r)ight now": the writer's bracketed change of case
            }
        }
        return false;
    }

    private static boolean titleCase(String content) {
        var m = WORD.matcher(content);
        int long_ = 0;
        int capitalised = 0;
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (first && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            first = false;
            if (w.length() >= 4) {
                long_++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return !first && capitalised >= 0.6 * long_;
    }

    private static boolean hasLetters(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    private static String lastWord(String s) {
        String[] parts = s.split("\\s+");
        return parts[parts.length - 1];
    }
}
