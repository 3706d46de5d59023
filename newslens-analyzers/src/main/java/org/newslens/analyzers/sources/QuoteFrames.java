package org.newslens.analyzers.sources;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.SourceType;

/**
 * Finds who speaks a quote from the reporting frame around it, in this order: a frame right after
 * the quote ("…,” the envoy told reporters; "…,” said Karen Freeman-Wilson; a headline's
 * "…': WHO"), a frame before it ("Lavrov said:", "according to analyst Israel Shamir,", "RIA quoted
 * Lavrov as saying", "Manafort called the story"), an introducing sentence that ends in a colon
 * ("as Swisher asked:"), a dash line under a set-off quote ("— Edward Dark, Twitter"), and finally
 * the speaker of the quote just before, when nothing but the quotes' own frames lies between.
 *
 * <p>Immutable; one instance per article.
 */
final class QuoteFrames {

    private static final int MAX_GAP_WORDS = 10;
    /** Words allowed between a person's speech verb and a quote a document's frame after it records. */
    private static final int RECORDED_GAP_WORDS = 20;
    /** A character of a speaker's name or description: no sentence end, but "Col." or "U.S." may stand in it. */
    private static final String NAME_CHAR = "(?:[^.;:!?\"“”\\n]|(?<=(?:^|[\\s.])\\p{Lu}\\p{L}{0,3})\\.(?=\\s|\\p{Lu}))";
    private static final Pattern FRAME_AFTER_SUBJECT_FIRST = Pattern.compile(
            "^\\s*[,;]?\\s*(?:[—–-]+\\s*)?(?<subj>" + NAME_CHAR + "{1,80}?)\\s+"
                    // "…,” the report said": a noun after a determiner is no verb; the subject goes on
                    + "(?<!\\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s)(?<cue>" + Cues.SPEECH_ALTERNATION
                    + ")\\b");
    // "…” advised Obama": the name after "advised" is whom it was said to, never an inverted speaker.
    private static final Pattern FRAME_AFTER_CUE_FIRST = Pattern.compile(
            "^\\s*[,;]?\\s*(?:[—–-]+\\s*)?(?!advise)(?<cue>" + Cues.SPEECH_ALTERNATION + ")\\s+(?<subj>"
                    + NAME_CHAR.replace("[^.", "[^,.") + "{1,80})");
    private static final Pattern HEADLINE_SOURCE = Pattern.compile("^\\s*:\\s*(?<subj>\\p{Lu}[^.;!?\\n]{0,40}?)\\s*$");
    private static final Pattern DASH_LINE = Pattern.compile("^\\s*[—–―-]+\\s*(?<subj>[^,\\n]{2,60})");
    private static final Pattern ACCORDING_AFTER = Pattern.compile(
            "^\\s*[,;]?\\s*(?<cue>according to|citing)\\s+(?<subj>(?:[^,.;:!?\"“”\\n]|\\.(?=\\S)){1,100})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^(?:[Aa]nd|[Bb]ut|or|[Oo]n|[Ii]n|at|[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|so|then|which|that|who|if"
                    + "|with|for|to)\\b");
    /** "Obama's “pastor,” Jeremiah Wright uttered “God damn…”": a verb with a quote of its own as object frames that. */
    private static final Pattern OBJECT_QUOTE = Pattern.compile("\\s+[“\"‘]");
    /** "Undercover Video: Andrew Gillum Staffer: “…”": at most so many words name the speaker after a heading. */
    private static final int HEADING_NAME_WORDS = 6;
    /** A verb right after "When", "After"…: it opens a subordinate clause, not the sentence's frame. */
    private static final int MAX_PARTICIPLE_SUBJECT_WORDS = 4;
    /** "…, whom he": the subject of a relative clause that frames the quote. */
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile(
            ",\\s*(?:whom|which)\\s+(?<subj>(?:he|she|they|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}))\\s*$");
    private static final Pattern SUBORDINATOR_BEFORE = Pattern.compile(
            "(?i)(?:^|[\\s,])(?:when|after|before|while|if|once|since|though|although|upon|as)\\s+$");
    /** Participles that go on with the speaker before: "…, adding: “…”". */
    private static final String PARTICIPLES = "adding|saying|continuing|noting|stressing|warning|insisting|explaining"
            + "|arguing|declaring|concluding";
    private static final Pattern PARTICIPLE_FRAME = Pattern.compile(
            "(?i)^[\\s,;—–-]*(?:and\\s+|then\\s+)?(?:" + PARTICIPLES + "|added|said|continued)\\b[^.!?]{0,40}$");
    /** "… have ‘started the ratification process’ on the terms of the agreement, adding: ‘…’": after a fragment. */
    private static final Pattern PARTICIPLE_AFTER_CLAUSE = Pattern.compile("(?i)^[^.!?“”\"‘’]{0,100}?,\\s*(?:and\\s+)?"
            + "(?:" + PARTICIPLES + ")\\b[^.!?]{0,40}$");
    private static final Pattern SENTENCE_TAIL = Pattern.compile(
            ",\\s*(?<subj>[^,;:\"“”]{1,40}?)\\s+(?<cue>said|says|added|wrote|told \\w+)\\s*[.!]?[\\s\"”’]*$");
    private static final Pattern PERCEIVED = Pattern.compile("\\b(?:heard|hear|hears|saw|see|sees|watched|watch)\\s+"
            + "([^,.;:!?\"“”]{1,40}?)\\s*$");
    private static final Pattern DASHES_ONLY = Pattern.compile("\\s*[—–-]+\\s*");
    /** The dash that opens an aside after a name: "O'Hanlon- whose plan", "Nasrallah — who". */
    private static final Pattern OPENING_DASH = Pattern.compile(
            "(?<=\\S)\\s*[—–-]+\\s+(?=(?:who|whose|which|a|an|the|himself|herself)\\b)");
    private static final Pattern CLAUSE_OWN_SUBJECT = Pattern.compile("\\b(?:what|whom|which|that)\\s+"
            + "(?<name>(?!I\\b|I['’])\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*$");
    private static final Pattern MAX_SUBJECT_WORDS = Pattern.compile("^\\S+(?:\\s+\\S+){0,7}$");
    /** Two named speakers joined by "and", each a capitalised phrase. */
    private static final Pattern SPEAKER_PAIR = Pattern.compile("^(\\s*\\p{Lu}[^,]*?)\\s+and\\s+(\\p{Lu}[^,]*)$");

    /** A speaker and where the frame was. */
    record Attribution(Source source, String where, int quoteStart) {
    }

    private final String text;
    private final TextUnits units;
    private final SourceResolver resolver;

    QuoteFrames(String text, TextUnits units, SourceResolver resolver) {
        this.text = text;
        this.units = units;
        this.resolver = resolver;
    }

    /**
     * The speaker of {@code quote}, or null.
     *
     * @param preStart     where the text before the quote that may frame it starts
     * @param postEnd      where the text after it that may frame it ends
     * @param previous     the attribution of the outermost quote before this one, or null
     * @param previousEnd  where the previous quote's own frame ended
     */
    Attribution find(CharSpan quote, int preStart, int postEnd, Attribution previous, int previousEnd) {
        return find(quote, preStart, postEnd, previous, previousEnd, null);
    }

    /**
     * As {@link #find(CharSpan, int, int, Attribution, int)}; {@code fragmentBefore} is the speaker of a fragment
     * quoted earlier in the same sentence, whom a participle frame goes on from ("X said the council had ‘…’ in
     * March, adding: ‘…’").
     */
    Attribution find(CharSpan quote, int preStart, int postEnd, Attribution previous, int previousEnd,
                     Attribution fragmentBefore) {
        String post = text.substring(quote.end(), Math.max(quote.end(), postEnd));
        Source after = frameAfter(quote.start(), quote.end(), post, previous);
        Source before = frameBefore(preStart, quote.start());
        if (after != null && before != null && ACCORDING_AFTER.matcher(post).find()) {
            // "She told a town hall that “…”, according to WFAA": she speaks, the outlet reports it.
            return new Attribution(before.via(after), "before", quote.start());
        }
        if (after != null && after.type() == SourceType.ANONYMOUS && after.name() != null
                && SourceResolver.namesDocument("the " + after.name())) {
            // "She told officers that he had “forced himself on her,” the report said": her words, the report's record
            Source recorded = before != null ? before : frameBefore(preStart, quote.start(), RECORDED_GAP_WORDS);
            if (recorded != null && recorded.type() == SourceType.NAMED_PERSON) {
                return new Attribution(recorded.via(after), "before", quote.start());
            }
        }
        if (after != null) {
            return new Attribution(after, "after", quote.start());
        }
        if (before != null) {
            return new Attribution(before, "before", quote.start());
        }
        String pre = text.substring(preStart, quote.start());
        Attribution goneOn = fragmentBefore != null && PARTICIPLE_AFTER_CLAUSE.matcher(pre).find() ? fragmentBefore
                : previous != null && PARTICIPLE_FRAME.matcher(pre).find() ? previous : null;
        if (goneOn != null) {
            return new Attribution(goneOn.source().withCue(goneOn.source().cue(),
                    "goes on from the quote before (" + goneOn.source().name() + ")"), "participle", quote.start());
        }
        Source tail = sentenceTail(quote, previous);
        if (tail != null) {
            return new Attribution(tail, "tail", quote.start());
        }
        if (pre.isBlank()) {
            CharSpan introducer = units.unitBefore(quote.start());
            if (introducer != null && introducer.of(text).stripTrailing().endsWith(":")) {
                int colon = introducer.start() + introducer.of(text).lastIndexOf(':');
                Source intro = frameBefore(introducer.start(), colon + 1);
                if (intro != null) {
                    return new Attribution(intro, "introducer", quote.start());
                }
            }
            if (!post.chars().anyMatch(Character::isLetter)) {
                Source dash = dashLine(quote.end());
                if (dash != null) {
                    return new Attribution(dash, "dash", quote.start());
                }
            }
            if (previous != null && previousEnd <= quote.start()
                    && text.substring(previousEnd, quote.start()).chars().noneMatch(Character::isLetter)) {
                return new Attribution(previous.source().withConfidence(previous.source().confidence() - 0.1)
                        .withCue(previous.source().cue(), "continues the quote before (" + previous.source().name() + ")"),
                        "running", quote.start());
            }
        }
        return null;
    }

    /** ", Nauert said." ending the sentence that holds a quote. */
    private Source sentenceTail(CharSpan quote, Attribution previous) {
        CharSpan unit = units.at(Math.min(text.length() - 1, quote.end()));
        if (unit == null || unit.end() <= quote.end()) {
            return null;
        }
        String rest = text.substring(quote.end(), unit.end());
        Matcher tail = SENTENCE_TAIL.matcher(rest);
        if (!tail.find()) {
            return null;
        }
        int at = quote.end();
        CharSpan cue = new CharSpan(at + tail.start("cue"), at + tail.end("cue"));
        return resolver.resolve(at + tail.start("subj"), at + tail.end("subj"), cue,
                "\"" + tail.group("cue") + "\" ending the sentence", quote.start(),
                previous == null ? null : previous.source());
    }

    /** Where the frame after a quote ends, for the running-quote rule. */
    int frameEnd(CharSpan quote, int postEnd) {
        return Math.max(quote.end(), postEnd);
    }

    /** The first letter of the last word: a name ends the speaker's words ("… lecturer Wes Fraser"). */
    private static char lastWordStart(String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return last.isEmpty() ? 'a' : last.charAt(0);
    }

    private Source frameAfter(int quoteStart, int at, String post, Attribution previous) {
        Source topic = previous == null ? null : previous.source();
        Matcher headline = HEADLINE_SOURCE.matcher(post);
        if (headline.find()) {
            return resolver.resolve(at + headline.start("subj"), at + headline.end("subj"), null, "headline source",
                    quoteStart, topic);
        }
        Matcher subjectFirst = FRAME_AFTER_SUBJECT_FIRST.matcher(post);
        Matcher cueFirst = FRAME_AFTER_CUE_FIRST.matcher(post);
        Matcher according = ACCORDING_AFTER.matcher(post);
        if (according.find()) {
            CharSpan cue = new CharSpan(at + according.start("cue"), at + according.end("cue"));
            Source s = resolver.resolve(at + according.start("subj"), at + according.end("subj"), cue,
                    "\"" + according.group("cue") + "\" after the quote", quoteStart, topic);
            if (s != null) {
                return s;
            }
        }
        boolean found = subjectFirst.find();
        int subjStart = found ? subjectFirst.start("subj") : -1;
        if (found && !MAX_SUBJECT_WORDS.matcher(subjectFirst.group("subj").trim()).matches()) {
            // "Queen's University, Belfast, research fellow and lecturer Wes Fraser told": the words after the last
            // comma are the speaker, the rest describes where they work.
            int comma = subjectFirst.group("subj").lastIndexOf(',');
            String rest = comma < 0 ? "" : subjectFirst.group("subj").substring(comma + 1).trim();
            boolean describedName = !rest.isEmpty() && !CLAUSE_START.matcher(rest).find()
                    && !rest.matches("(?is).*\\b(?:which|who|whom|that|as|concerning|regarding)\\b.*")
                    && Character.isUpperCase(rest.charAt(rest.length() - 1) == '.' ? 'a' : lastWordStart(rest));
            subjStart = describedName ? subjectFirst.start("subj") + comma + 1 : subjStart;
        }
        int subjEnd = found ? subjectFirst.end("subj") : -1;
        if (found && !MAX_SUBJECT_WORDS.matcher(post.substring(subjStart, subjEnd).trim()).matches()) {
            // "House Speaker Nancy Pelosi and Senate Minority Leader Charles Schumer said": two speakers, the first
            Matcher pair = SPEAKER_PAIR.matcher(post.substring(subjStart, subjEnd));
            if (pair.matches() && MAX_SUBJECT_WORDS.matcher(pair.group(1).trim()).matches()
                    && MAX_SUBJECT_WORDS.matcher(pair.group(2).trim()).matches()) {
                subjEnd = subjStart + pair.end(1);
            }
        }
        boolean a = found && MAX_SUBJECT_WORDS.matcher(post.substring(subjStart, subjEnd).trim()).matches()
                && !CLAUSE_START.matcher(subjectFirst.group("subj").trim()).find()
                && Cues.isVerbUse(text, at + subjectFirst.start("cue"), at + subjectFirst.end("cue"))
                && !OBJECT_QUOTE.matcher(text).region(at + subjectFirst.end("cue"), text.length()).lookingAt();
        boolean b = cueFirst.find();
        if (a && (!b || subjectFirst.start("cue") <= cueFirst.start("cue"))) {
            CharSpan cue = new CharSpan(at + subjectFirst.start("cue"), at + subjectFirst.end("cue"));
            Source s = resolver.resolve(at + subjStart, at + subjEnd, cue,
                    "speaker before \"" + subjectFirst.group("cue") + "\" after the quote", quoteStart, topic);
            if (s != null) {
                return s.withConfidence(s.confidence() + 0.05);
            }
        }
        if (b) {
            CharSpan cue = new CharSpan(at + cueFirst.start("cue"), at + cueFirst.end("cue"));
            Source s = resolver.resolve(at + cueFirst.start("subj"), at + cueFirst.end("subj"), cue,
                    "speaker after \"" + cueFirst.group("cue") + "\" after the quote", quoteStart, topic);
            if (s != null) {
                return s.withConfidence(s.confidence() + 0.05);
            }
        }
        return null;
    }

    /** A frame in {@code [from, to)} that ends at the quote (or colon) at {@code to}. */
    Source frameBefore(int from, int to) {
        return frameBefore(from, to, MAX_GAP_WORDS);
    }

    /** As {@link #frameBefore(int, int)}, allowing up to {@code maxGap} words between the verb and the quote. */
    Source frameBefore(int from, int to, int maxGap) {
        String pre = text.substring(from, to);
        Matcher quoted = Cues.QUOTED_AS_SAYING.matcher(pre);
        int lastStart = -1;
        while (quoted.find()) {
            lastStart = quoted.start();
        }
        Matcher lastQuoted = Cues.QUOTED_AS_SAYING.matcher(pre);
        if (lastStart >= 0 && lastQuoted.find(lastStart) && shortGap(pre.substring(lastQuoted.end()), maxGap)) {
            CharSpan cue = new CharSpan(from + lastQuoted.start(), from + lastQuoted.end());
            Source inner = resolver.resolve(from + lastQuoted.start("inner"), from + lastQuoted.end("inner"), cue,
                    "quoted as saying");
            Source outer = resolver.resolve(from, from + lastQuoted.start(), null, "quoting");
            if (inner != null) {
                return inner.via(outer);
            }
        }
        Matcher according = Cues.ACCORDING_TO.matcher(pre);
        int accordingAt = -1;
        int accordingEnd = -1;
        while (according.find()) {
            accordingAt = according.start();
            accordingEnd = according.end();
        }
        if (accordingAt >= 0 && pre.substring(accordingEnd).matches("[^.;!?]{1,150}")
                && !ClaimAttribution.CITED_QUALITY.matcher(pre.substring(accordingEnd)).lookingAt()) {
            int end = pre.indexOf(',', accordingEnd);
            // "according to X, “…”": only when the phrase ends right before the quote.
            if (end < 0 || QuoteKinds.countWords(pre.substring(end)) <= 3) {
                CharSpan cue = new CharSpan(from + accordingAt, from + accordingEnd);
                String how = "\"" + pre.substring(accordingAt, accordingEnd).trim() + "\"";
                Source s = resolver.resolve(from + accordingEnd, end < 0 ? to : from + end, cue, how);
                if (s == null) {
                    s = resolver.leadingEntity(from + accordingEnd, end < 0 ? to : from + end, cue, how);
                }
                if (s != null) {
                    return s;
                }
            }
        }
        Matcher verb = lastVerb(pre, Cues.SPEECH_VERB);
        Matcher label = lastVerb(pre, Cues.LABEL_VERB);
        if (label != null && (verb == null || label.start() > verb.start())) {
            verb = label;
        }
        if (verb != null && shortGap(pre.substring(verb.end()), maxGap)) {
            CharSpan cue = new CharSpan(from + verb.start(), from + verb.end());
            Matcher heard = PERCEIVED.matcher(pre.substring(0, verb.start()));
            if (heard.find()) {
                // "then heard Franken say “…”": the one heard speaking is the speaker.
                Source s = resolver.resolve(from + heard.start(1), from + heard.end(1), cue, "heard saying");
                if (s != null) {
                    return s;
                }
            }
            int clause = Math.max(pre.lastIndexOf(';', verb.start()), pre.lastIndexOf(" — ", verb.start()));
            int subjectEnd = verb.start();
            int subjectStart = Math.max(0, clause + 1);
            int[] participleSubject = Cues.participleSubject(pre.substring(subjectStart, verb.start()), verb.group());
            if (participleSubject != null) {
                subjectEnd = subjectStart + participleSubject[1];
                subjectStart += participleSubject[0];
            }
            Source outer = null;
            Matcher earlier = Cues.SPEECH_VERB.matcher(pre.substring(0, verb.start()));
            if (earlier.find(subjectStart) && Cues.isVerbUse(pre, earlier.start(), earlier.end())) {
                String between = pre.substring(earlier.end(), verb.start()).trim();
                // Nested only when the inner verb has a subject of its own: "reported that Spittler wrote".
                boolean nested = between.matches("(?is)that\\b.*") || between.matches("(?s).*\\b(?:he|she|they|it|I|we)");
                int comma = pre.indexOf(',', earlier.end());
                if (SUBORDINATOR_BEFORE.matcher(pre.substring(subjectStart, earlier.start())).find()
                        && comma >= 0 && comma < verb.start()) {
                    // "When asked whether …, Smith said, “…”": the earlier verb is a clause of its own.
                    subjectStart = comma + 1;
                } else if (!nested) {
                    subjectEnd = earlier.start(); // "The Guardian said X and said…": one subject, two verbs
                } else {
                    // "The CBS affiliate reported that Spittler wrote:": the inner verb has its own subject.
                    outer = resolver.resolveSubject(from + subjectStart, from + earlier.start(), null, "reporting", null);
                    subjectStart = earlier.end();
                }
            }
            Matcher ownSubject = CLAUSE_OWN_SUBJECT.matcher(pre.substring(subjectStart, subjectEnd));
            if (outer == null && ownSubject.find()) {
                // "… whether Kavanaugh thought Ford was part of what Kavanaugh referred to as “…”": the name right
                // before the verb, in a clause of its own
                subjectStart += ownSubject.start("name");
            }
            int subjectFrom = from + subjectStart;
            int subjectTo = from + subjectEnd;
            if (DASHES_ONLY.matcher(pre.substring(subjectStart, subjectEnd)).matches()) {
                // "O'Hanlon – whose plan … – advised Kerry “…”": the subject stands before the dash aside.
                int opening = openingDash(from);
                if (opening >= 0) {
                    subjectFrom = units.at(opening) == null ? opening : units.at(opening).start();
                    subjectTo = opening;
                }
            }
            Matcher relative = RELATIVE_SUBJECT.matcher(text.substring(subjectFrom, subjectTo));
            if (relative.find()) {
                subjectFrom += relative.start("subj"); // "the US, whom he referred to as the “…”": he speaks
            }
            Source inner = resolver.resolveSubject(subjectFrom, subjectTo, cue,
                    "speaker of \"" + verb.group() + "\" before the quote", null);
            if (inner != null && verb.group().endsWith("ing") && (inner.entityId() != null
                    && inner.entityId().startsWith("location:") || inner.entityId() == null && inner.name() != null
                    && inner.name().split("\\s+").length > MAX_PARTICIPLE_SUBJECT_WORDS)) {
                // "in Tehran, Iran chanting “…”", "a hoax about Parisians chanting “…”": a participle's subject is
                // the noun it hangs on, not a place or the clause before it
                inner = null;
            }
            if (inner != null) {
                return inner.via(outer);
            }
        }
        String trimmed = pre.stripTrailing();
        if (trimmed.endsWith(":")) {
            // "Undercover Video: Gillum Staffer: “…”": the speaker is named after any colon before.
            int colonBefore = trimmed.lastIndexOf(':', trimmed.length() - 2);
            if (colonBefore >= 0 && QuoteKinds.countWords(trimmed.substring(colonBefore)) > HEADING_NAME_WORDS) {
                colonBefore = -1; // a sentence after the colon, not a name set after a heading
            }
            Source named = resolver.resolve(from + colonBefore + 1, from + trimmed.length() - 1, null,
                    "named before the colon");
            if (colonBefore >= 0 && (named == null || named.entityId() == null && named.type() != SourceType.ANONYMOUS)) {
                // "One source is Paul Ryan: Evidence: “…”": a heading word between, not a speaker.
                named = resolver.resolve(from, from + trimmed.length() - 1, null, "named before the colon");
            }
            return named;
        }
        return null;
    }

    /** Where the dash that opens an aside ending at {@code closing} stands in its sentence, or -1. */
    private int openingDash(int closing) {
        CharSpan unit = units.at(Math.max(0, closing - 1));
        if (unit == null) {
            return -1;
        }
        Matcher m = OPENING_DASH.matcher(text.substring(unit.start(), closing));
        int at = -1;
        while (m.find()) {
            at = unit.start() + m.start();
        }
        return at;
    }

    private Matcher lastVerb(String pre, Pattern verbs) {
        Matcher m = verbs.matcher(pre);
        int at = -1;
        while (m.find()) {
            if (Cues.isVerbUse(pre, m.start(), m.end())) {
                at = m.start();
            }
        }
        if (at < 0) {
            return null;
        }
        Matcher last = verbs.matcher(pre);
        last.find(at);
        return last;
    }

    private static boolean shortGap(String gap, int maxGap) {
        return !gap.matches("(?s).*[.!?]\\s.*") && gap.trim().split("\\s+").length <= maxGap;
    }

    private Source dashLine(int quoteEnd) {
        int lineEnd = text.indexOf('\n', quoteEnd);
        if (lineEnd < 0) {
            return null;
        }
        int next = lineEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int nextEnd = text.indexOf('\n', next);
        String line = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
        Matcher dash = DASH_LINE.matcher(line);
        if (!dash.find()) {
            return null;
        }
        Source s = resolver.resolve(next + dash.start("subj"), next + dash.end("subj"), null, "named on the dash line");
        return s;
    }
}
