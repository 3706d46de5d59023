package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.text.Datelines;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;

/**
 * Finds on whose word a sentence rests, in this order: the speaker of the quote that makes up
 * most of it; a reporting frame at its end (", residents said."); "X quoted Y as saying"; a
 * speech or belief verb of the main clause ("unnamed sources said", "Tedros said Wednesday");
 * "according to X" and "citing X", which also name intermediaries; hedges that stand for unnamed
 * sources ("reportedly", "reports emerged"); the outlet of an excerpt the sentence belongs to;
 * and otherwise the writer.
 *
 * <p>One instance per article.
 */
final class ClaimAttribution {

    private static final double QUOTE_SHARE = 0.5;
    /** "…, incident reports from the suburb of Westerville show.": the record the writer's account rests on. */
    private static final Pattern TAIL_SHOWS = Pattern.compile(
            ",\\s*(?<subj>[^,;:\"“”]{1,90}?)\\s+(?<cue>shows?|showed)\\s*[.!]*[\\s\"”’]*$");
    /** "… told by his FBI handlers that": the agent of a passive verb of saying. */
    private static final Pattern PASSIVE_AGENT = Pattern.compile("\\s+by\\s+(?<agent>[^,;:.“”\"()]{2,80}?)"
            + "(?=\\s+(?:that|to|whether|if|about|of|as|in|on|at|for)\\b|\\s*[,;:.()]|\\s*$)");
    private static final Pattern TAIL_CUE_FIRST = Pattern.compile(
            ",\\s*(?<cue>said|says|added|adds|wrote|writes|reported|reports(?!\\s+(?:say|said|show|suggest|indicate))"
                    + "|according to)\\s+(?<subj>(?:[^,;:.\"“”]|\\.(?=\\S)){2,80}?)"
                    + "(?:,[^,;:.]{0,80})?\\s*[.!]?[\\s\"”’]*$");
    /**
     * "Trump has threatened to send the military": a threat or pledge with an infinitive reports what the
     * subject said it would do.
     */
    private static boolean pledge(String masked, Matcher verb) {
        return Cues.PLEDGE_VERB.matcher(verb.group()).matches()
                && INFINITIVE_AFTER.matcher(masked).region(verb.end(), masked.length()).lookingAt();
    }
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)\\b(?:did not|didn['’]t|does not|doesn['’]t"
            + "|declined to|refused to|would not|wouldn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|never)"
            + "(?:\\s+(?:immediately|yet|publicly|directly))?\\s+$");
    /** "No one has ever suggested …", "Nobody claims …": a speech verb with no one to say it. */
    private static final Pattern NOBODY_BEFORE = Pattern.compile("(?i)\\b(?:no one|no-one|nobody|none of (?:them|us|you))"
            + "(?:\\s+(?:has|have|had|ever|yet|publicly|seriously|really|would|will|can|could))*\\s+$");
    private static final Pattern INFINITIVE_AFTER = Pattern.compile("\\s+to\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|their\\b)[a-z]+\\b");
    private static final Pattern RELATIVE_IN_SUBJECT = Pattern.compile("\\s(?:who|whom|which)\\s");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile("^\\W*(?:In|On|As|At|After|Before|During|With"
            + "|Meanwhile|However|Additionally|Later|Earlier)\\b[^,]{0,60},");
    /** A past-tense or present-tense verb ending the sentence's subject: "He praised", "Manafort called". */
    private static final Pattern FIRST_VERB = Pattern.compile("\\s(?:[a-z]+ed|is|are|was|were|has|have|had|do|does|did"
            + "|don['’]t|doesn['’]t|didn['’]t|can|could|will|would|may|might|must|said|says|told|tells|wrote|writes"
            + "|made|gave|took|saw|went|came|became|began|met|put|set|sent|spoke|thought|thinks|knows|knew)\\b");
    private static final Pattern CLAUSE_VERB = Pattern.compile("\\b(?:was|were|is|are|had|has|have|would|will|did)\\b");
    private static final int MAX_SUBJECT_WORDS = 16;
    /**
     * "Putin described the talks as “very difficult”" reports his assessment; "X called the story “fake”"
     * only labels (our gold sets keep those the writer's).
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)describe[sd]");
    private static final Pattern RELATIVE_OPENING = Pattern.compile(",\\s*(?:where|who|whom|which|when)\\s");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:after|because|while|when|although|though"
            // "Authorities have since said": an adverb, no subordinate clause
            + "|(?<!\\b(?:have|has|had|ever)\\s)since"
            + "|if|unless|whereas|until|before|once|so that|even as)\\s");
    private static final Pattern TOLD_MEDIA = Pattern.compile("(?i)\\b(?:told|tells|telling|in an interview with"
            + "|speaking to|speaking with|in comments to|wrote in|writing in)\\s+$");

    private final String text;
    private final SourceResolver resolver;
    private final MentionIndex mentions;
    private final SpanIndex<Quote> quoteIndex;
    private final Map<String, Entity> entitiesById;
    private final String author;
    private Source topic;
    /** The quotes overlapping the sentence being attributed. */
    private List<Quote> quotes = List.of();

    ClaimAttribution(String text, SourceResolver resolver, MentionIndex mentions, List<Quote> quotes,
                     Map<String, Entity> entitiesById, String author) {
        this.text = text;
        this.resolver = resolver;
        this.mentions = mentions;
        this.quoteIndex = new SpanIndex<>(quotes, Quote::span);
        this.entitiesById = entitiesById;
        this.author = author;
    }

    /**
     * The source of one sentence.
     *
     * @param previous the source of the sentence before, which "he" or "it" may refer to; or null
     */
    Source find(CharSpan unit, Source previous) {
        this.topic = previous;
        this.quotes = quoteIndex.overlapping(unit.start(), unit.end(), Quote::span);
        Source quoted = fromQuotes(unit);
        if (quoted != null && quoted.type() != SourceType.ANONYMOUS) {
            return quoted;
        }
        Source framedQuote = framedQuote(unit);
        if (framedQuote != null && opensWithQuote(unit)) {
            return framedQuote; // "“…,” continued the neighbour, adding that…": the sentence is built on the quote
        }
        String masked = maskQuotes(unit);
        Source own = fromFrames(unit, masked);
        Quote block = enclosingBlock(unit);
        if (own != null) {
            return block == null ? own : own.via(fromQuote(block, "excerpt"));
        }
        if (framedQuote != null) {
            return framedQuote;
        }
        if (quoted != null) {
            return quoted;
        }
        if (block != null) {
            return fromQuote(block, "part of the excerpt");
        }
        return new Source(SourceType.AUTHOR, author, null, List.of(), null, 0.6, "no attribution: the writer's own");
    }

    private Source fromQuotes(CharSpan unit) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
            if (q.block() || q.kind() == QuoteKind.SCARE || q.kind() == QuoteKind.TITLE || !q.span().overlaps(unit)) {
                continue;
            }
            int overlap = Math.min(q.end(), unit.end()) - Math.max(q.start(), unit.start());
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        if (best == null || bestOverlap < QUOTE_SHARE * unit.length()
                || (best.speakerName() == null && best.kind() == QuoteKind.PARTIAL)) {
            return null;
        }
        return fromQuote(best, "quoted words");
    }

    private boolean opensWithQuote(CharSpan unit) {
        return quotes.stream().anyMatch(q -> !q.block() && q.start() == unit.start());
    }

    /** A quote whose attributing words lie in this sentence: the sentence reports that speaker's words. */
    private Source framedQuote(CharSpan unit) {
        for (Quote q : quotes) {
            if (!q.block() && q.speakerName() != null && q.cue() != null && unit.contains(q.cue())
                    && (!labelFrame(q) || describedInMainClause(unit, q.cue()))
                    // "went up to a restaurant, shouted “Allahu Akbar” and began smashing": a cry is no statement
                    && !(q.kind() == QuoteKind.PARTIAL && Cues.CRY_VERB.matcher(q.cue().of(text)).matches())
                    // "the discipline---which John Paul insisted involves … “without exception”---is being dropped":
                    // the words belong to a relative clause, not to the sentence's frame
                    && !RELATIVE_WITH_SUBJECT.matcher(text.substring(unit.start(), Math.max(unit.start(), q.cue().start())))
                            .find()
                    && q.span().overlaps(unit) && (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL)) {
                return fromQuote(q, "the sentence reports the words");
            }
        }
        return null;
    }

    private static final Pattern RELATIVE_WITH_SUBJECT = Pattern.compile("(?:^|[\\s,—–-])(?<!\\bin\\s)(?:which|whom)\\s+"
            + "(?:he|she|they|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*$");

    /** Verbs that label with "as" ("praised him as “…”", "referred to Jews as “…”"); not denials ("dismissed as"). */
    private static final Pattern LABEL_AS = Pattern.compile("(?i)praised|praises|hailed|hails|lauded|lauds|referred to"
            + "|refers to|defines|defined|characteri[sz]e[sd]|portray(?:ed|s)");

    /**
     * "called the story “…”", "praised him as “…”": a label the writer reports, not a statement. A denial ("Iran
     * dismissed as “lies” the charge") stays its speaker's claim.
     */
    private boolean labelFrame(Quote q) {
        CharSpan cue = q.cue();
        return Cues.LABEL_VERB.matcher(cue.of(text)).matches() || LABEL_AS.matcher(cue.of(text)).matches()
                && Cues.LABEL_VERB.matcher(text.substring(cue.start(), Math.max(cue.end(), q.start()))).lookingAt();
    }

    /** "Putin described the talks as “…”", not "…school, where friends described him as “…”". */
    private boolean describedInMainClause(CharSpan unit, CharSpan cue) {
        return DESCRIBED.matcher(cue.of(text)).matches()
                && !RELATIVE_OPENING.matcher(text.substring(unit.start(), cue.start())).find();
    }

    /** The source a quote's speaker stands for. */
    private Source fromQuote(Quote quote, String how) {
        if (quote.speakerName() == null) {
            return new Source(SourceType.ANONYMOUS, null, null, List.of(), quote.cue(), 0.4,
                    how + " with no speaker found");
        }
        Entity entity = quote.speaker() == null ? null : entitiesById.get(quote.speaker());
        SourceType type = entity != null ? SourceResolver.typeOf(entity.type()) : typeOfWords(quote.speakerName());
        return new Source(type, quote.speakerName(), quote.speaker(), List.of(), quote.cue(),
                Math.min(0.9, quote.confidence()), how + " of " + quote.speakerName());
    }

    /** The source type of a speaker known only by the article's words ("ICRC official", "Western media", "Rick"). */
    static SourceType typeOfWords(String words) {
        if (words.equals(words.toLowerCase(Locale.ROOT)) && java.util.Arrays.stream(words.split("\\s+"))
                .noneMatch(Cues::isInstitutionNoun)) {
            return SourceType.ANONYMOUS; // "report", "another attendee": common nouns, no name ("the group" is a body)
        }
        if (words.matches("(?i)(?:the|a|an|one|another)\\s.*") && !Cues.isInstitutionNoun(words.replaceAll(".*\\s", ""))) {
            return SourceType.ANONYMOUS; // "the professor": a person the article describes but does not name
        }
        if (words.matches("(?i)(?:a|an)\\s.*") && !words.matches("(?i).*\\b(?:newspaper|paper|channel|network|outlet"
                + "|website|site)$")) {
            return SourceType.ANONYMOUS; // "A jihad group": a body the article does not name
        }
        String head = words.replaceAll(".*\\s", "");
        if (Cues.isAnonymousNoun(head) && !head.toLowerCase(Locale.ROOT).startsWith("spokes")) {
            // "US government official": the head is a person unnamed, not the body ("a Justice Department spokesman"
            // speaks for the department on the record)
            return SourceType.ANONYMOUS;
        }
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Cues.isAnonymousNoun(w)) {
                return SourceType.ANONYMOUS;
            }
            if (Cues.isInstitutionNoun(w)) {
                return SourceType.NAMED_ORGANIZATION;
            }
        }
        return SourceType.NAMED_PERSON;
    }

    private Source fromFrames(CharSpan unit, String masked) {
        int at = unit.start();
        Source innermost = tailFrame(at, masked);
        if (innermost == null) {
            Source quoting = quotedAsSaying(at, masked);
            Source main = mainClause(at, masked);
            innermost = quoting == null ? main : main == null ? quoting
                    : cueStart(main) < cueStart(quoting) ? main : quoting;
        }
        List<Source> according = new ArrayList<>(accordingTo(at, masked));
        if (innermost != null && innermost.cue() != null) {
            CharSpan found = innermost.cue();
            according.removeIf(s -> s.cue() != null && s.cue().overlaps(found));
        }
        if (innermost != null) {
            // "state media reported, citing a military source": the one cited is the source, the reporter carries it.
            for (Source cited : List.copyOf(according)) {
                if (cited.cue() != null && cited.cue().of(text).toLowerCase(Locale.ROOT).startsWith("citing")
                        && cued(innermost, cited)) {
                    according.remove(cited);
                    innermost = cited.via(innermost);
                }
            }
        }
        if (innermost == null && !according.isEmpty()) {
            innermost = according.remove(according.size() - 1);
        }
        if (innermost != null) {
            for (int i = according.size() - 1; i >= 0; i--) {
                innermost = innermost.via(according.get(i));
            }
            return innermost;
        }
        Matcher hedge = Cues.ANONYMOUS_HEDGE.matcher(masked);
        boolean found = hedge.find();
        while (found && ASIDE_BEFORE_HEDGE.matcher(masked.substring(0, hedge.start())).find()) {
            found = hedge.find(); // "attacked by ten men — including, allegedly, the son of …": the aside's hedge, not the sentence's
        }
        if (found) {
            CharSpan cue = new CharSpan(at + hedge.start(), at + hedge.end());
            // "is accused of": the accusers have no name to show; "reportedly" stands for the reports
            String name = hedge.group().matches("(?i)(?:is|are|was|were|been|being)\\s.*") ? null : hedge.group();
            return new Source(SourceType.ANONYMOUS, name, null, List.of(), cue, 0.7,
                    "unnamed sources behind \"" + hedge.group() + "\"");
        }
        return null;
    }

    /** A hedge set off by commas in an aside after a dash or "including": ", allegedly," hedges only the aside. */
    private static final java.util.regex.Pattern ASIDE_BEFORE_HEDGE = java.util.regex.Pattern.compile(
            "(?:\\s[—–]\\s|\\s--\\s|\\bincluding\\b)[^.;]{0,40},\\s*$");

    /** Where the sentence's own words begin after a dateline ("DAMASCUS, Syria (Reuters) - "); 0 without one. */
    private static int datelineEnd(String masked) {
        return Math.max(0, Datelines.end(masked, 0, masked.length()));
    }

    /** Whether {@code speaker}'s verb comes before the "citing" that names {@code cited}. */
    private static boolean cued(Source speaker, Source cited) {
        return speaker.cue() != null && speaker.cue().end() <= cited.cue().start();
    }

    private Source tailFrame(int at, String masked) {
        Matcher subjectFirst = Cues.TAIL_SUBJECT_FIRST.matcher(masked);
        Matcher shows = TAIL_SHOWS.matcher(masked);
        if (shows.find() && shows.group("subj").trim().split("\\s+").length <= 10) {
            CharSpan cue = new CharSpan(at + shows.start("cue"), at + shows.end("cue"));
            Source s = resolver.resolve(at + shows.start("subj"), at + shows.end("subj"), cue,
                    "\"" + shows.group("cue") + "\" at the end", at + shows.start("subj"), topic);
            if (s != null) {
                return s;
            }
        }
        if (subjectFirst.find() && subjectFirst.group("subj").trim().split("\\s+").length <= 6
                && !RELATIVE_IN_SUBJECT.matcher(" " + subjectFirst.group("subj") + " ").find()) {
            CharSpan cue = new CharSpan(at + subjectFirst.start("cue"), at + subjectFirst.end("cue"));
            Source s = resolver.resolve(at + subjectFirst.start("subj"), at + subjectFirst.end("subj"), cue,
                    "\"" + subjectFirst.group("cue") + "\" at the end", at + subjectFirst.start("subj"), topic);
            if (s != null) {
                return withMedia(s, at + subjectFirst.end("cue"));
            }
        }
        Matcher cueFirst = TAIL_CUE_FIRST.matcher(masked);
        if (cueFirst.find() && cueFirst.group("subj").trim().split("\\s+").length <= 6
                && !CLAUSE_VERB.matcher(cueFirst.group("subj")).find()) {
            CharSpan cue = new CharSpan(at + cueFirst.start("cue"), at + cueFirst.end("cue"));
            Source tail = resolver.resolve(at + cueFirst.start("subj"), at + cueFirst.end("subj"), cue,
                    "\"" + cueFirst.group("cue") + "\" at the end");
            if (tail != null && tail.type() == SourceType.ANONYMOUS && cueFirst.group("cue").equals("according to")
                    && SourceResolver.namesDocument(cueFirst.group("subj"))) {
                // "Guyger said she confused the flat for her own, according to court documents": the documents
                // carry her words; she is the source.
                Source main = mainClause(at, masked.substring(0, cueFirst.start()));
                if (main != null && main.type() != SourceType.AUTHOR && main.type() != SourceType.ANONYMOUS) {
                    return main.via(tail);
                }
            }
            return tail;
        }
        return null;
    }

    private Source quotedAsSaying(int at, String masked) {
        Matcher m = Cues.QUOTED_AS_SAYING.matcher(masked);
        if (!m.find()) {
            return null;
        }
        CharSpan cue = new CharSpan(at + m.start(), at + m.end());
        Source inner = resolver.resolve(at + m.start("inner"), at + m.end("inner"), cue, "quoted as saying");
        Source outer = resolver.resolve(clauseStart(masked, m.start()) + at, at + m.start(), null, "quoting");
        return inner == null ? outer : inner.via(outer);
    }

    /** The first speech or belief verb of a main clause whose subject names a source. */
    private Source mainClause(int at, String masked) {
        Matcher verb = Cues.CLAIM_VERB.matcher(masked);
        while (verb.find()) {
            Matcher agent = PASSIVE_AGENT.matcher(masked).region(verb.end(), masked.length());
            if (Cues.isReportingPassive(masked, verb.start(), verb.group()) && agent.lookingAt()
                    && !insideAccordingTo(masked, verb.start())
                    // "when asked by Senator Booker whether …, Kavanaugh steered clear": a subordinate clause
                    && !SUBORDINATE.matcher(masked.substring(clauseStart(masked, verb.start()), verb.start())).find()) {
                // "Campbell had been told by his FBI handlers that …": the agent speaks
                Source s = resolver.resolve(at + agent.start("agent"), at + agent.end("agent"), cue(at, verb),
                        "agent of \"" + verb.group() + " by\"");
                if (s != null && s.type() != SourceType.AUTHOR) {
                    return s;
                }
                continue;
            }
            if (!Cues.isVerbUse(masked, verb.start(), verb.end()) || insideAccordingTo(masked, verb.start())
                    || (Cues.QUOTE_ONLY_VERB.matcher(verb.group()).matches()
                        // "Trump has threatened to send the military": a pledge or threat he made, in his words
                        && !pledge(masked, verb))) {
                continue;
            }
            if (NEGATED_BEFORE.matcher(masked.substring(Math.max(0, verb.start() - 30), verb.start())).find()
                    || NOBODY_BEFORE.matcher(masked.substring(Math.max(0, verb.start() - 40), verb.start())).find()) {
                // ("No one has ever suggested London won't stay open": nobody is the source)
                continue; // "China's foreign ministry did not comment": the writer tells that nobody said anything
            }
            int from = Math.max(Math.max(clauseStart(masked, verb.start()), quoteEndBefore(at, verb.start())),
                    datelineEnd(masked));
            if (from > verb.start()) {
                continue;
            }
            int[] participleSubject = Cues.participleSubject(masked.substring(from, verb.start()), verb.group());
            int subjectEnd = verb.start();
            if (participleSubject != null) {
                subjectEnd = from + participleSubject[1];
                from += participleSubject[0];
            }
            String subject = masked.substring(from, verb.start());
            Matcher relative = RELATIVE_IN_SUBJECT.matcher(subject);
            if (relative.find() && !insideRelativeClause(subject)) {
                subjectEnd = from + relative.start(); // "Source who works at X said": the head comes before "who"
            }
            Matcher subordinate = SUBORDINATE.matcher(subject);
            boolean subordinateVerb = false;
            while (subordinate.find()) {
                int comma = subject.indexOf(',', subordinate.end());
                if (comma < 0) {
                    subordinateVerb = true; // "…in sight after Assad vowed": the verb of a subordinate clause
                    break;
                }
                from += comma + 1; // "When Arnold complained, the professor said": the main clause follows the comma
                subject = masked.substring(from, verb.start());
                subjectEnd = Math.max(subjectEnd, from);
                // "Shortly after X spoke, police went there when Y called to complain": a second one after the comma
                subordinate = SUBORDINATE.matcher(subject);
            }
            if (subordinateVerb) {
                continue;
            }
            if (subject.trim().split("\\s+").length > MAX_SUBJECT_WORDS || insideRelativeClause(subject)) {
                continue; // "…in sight after Assad vowed", "…, who apologized and said": not the sentence's frame
            }
            String how = "subject of \"" + verb.group() + "\"";
            CharSpan cue = cue(at, verb);
            int quoteEnd = quoteEndBefore(at, verb.start());
            Source s = quoteEnd > 0 && from == quoteEnd
                    ? resolver.resolve(at + from, at + subjectEnd, cue, how, quoteStartBefore(at, quoteEnd), topic)
                    : resolver.resolveSubject(at + from, at + subjectEnd, cue, how, topic);
            boolean noSubject = subject.isBlank() || subject.trim().matches(
                    "(?:did|does|do|also|would|will|has|have|had|could|can|then|later)(?:\\s+\\w+)?");
            if (s == null && (from > 0 && noSubject || subject.matches("(?s).*\\b(?:and|but)\\s*"))) {
                // "…, but warned that…": the verb shares the sentence's subject.
                s = resolver.resolve(at, at + sentenceSubjectEnd(masked), cue, how, at, topic);
            }
            if (s != null && SourceResolver.namesDocument(subject.replaceFirst("(?i)^\\W*(?:but|and|so)\\s+", ""))) {
                Source inner = innerSpeaker(at, masked, verb.end());
                if (inner != null) {
                    return inner.via(s); // "court documents say Patel told drivers …": Patel, as the documents record
                }
            }
            if (s != null && Cues.PLEDGE_VERB.matcher(verb.group()).matches()
                    && (s.type() != SourceType.NAMED_PERSON && s.type() != SourceType.NAMED_ORGANIZATION
                        || FIRST_VERB.matcher(" " + LEADING_ADVERBIAL.matcher(subject).replaceFirst("")
                            .replaceFirst("(?s)(?:\\s+(?:has|have|had|also|then|once|may have|might have|had already))+\\s*$", "")
                            + " ").find())) {
                // "These men threatened to kill him": an act the writer tells, not words anyone is the source of;
                // "Trump will find other ways … as he had promised to do": the pledge is not the sentence's frame
                continue;
            }
            if (s != null) {
                return withMedia(s, at + verb.end());
            }
        }
        return null;
    }

    /** "the report says a Treasury official wrote …": right after a document's verb, someone else's speech verb. */
    private static final Pattern INNER_FRAME = Pattern.compile("^\\s+(?:that\\s+)?(?<subj>[^,;:.\"“”]{1,60}?)\\s+"
            + "(?:told|said|says|wrote|writes|claimed|claims|admitted|testified|stated|insisted|asserted)\\b");

    private Source innerSpeaker(int at, String masked, int cueEnd) {
        Matcher inner = INNER_FRAME.matcher(masked.substring(cueEnd));
        if (!inner.find() || CLAUSE_VERB.matcher(inner.group("subj")).find()) {
            return null;
        }
        CharSpan cue = new CharSpan(at + cueEnd + inner.end("subj"), at + cueEnd + inner.end());
        Source s = resolver.resolve(at + cueEnd + inner.start("subj"), at + cueEnd + inner.end("subj"), cue,
                "speaker the document records");
        return s == null || s.type() == SourceType.AUTHOR ? null : s;
    }

    private static int cueStart(Source source) {
        return source.cue() == null ? Integer.MAX_VALUE : source.cue().start();
    }

    private static CharSpan cue(int at, Matcher verb) {
        return new CharSpan(at + verb.start(), at + verb.end());
    }

    /** True for "…linguist, who on Thursday apologized and": a verb inside a relative clause that is still open. */
    private static boolean insideRelativeClause(String subject) {
        Matcher relative = Pattern.compile("(?:^|[\\s,—–-])(?:who|whom|which)\\s").matcher(subject);
        int last = -1;
        while (relative.find()) {
            last = relative.end();
        }
        if (last < 0 || subject.indexOf(',', last) >= 0) {
            return false;
        }
        // "a man who claims", "…, who apologized and said": the verb belongs to the relative clause;
        // "Source who works at X said": the relative clause has ended and the verb is the sentence's.
        String after = subject.substring(last).trim();
        // "…---which John Paul insisted": the relative clause's own subject, then its verb ("a speech in which
        // he said" reports his words)
        return after.isEmpty() || after.matches("(?s).*\\b(?:and|or)$")
                || !subject.substring(0, last).matches("(?s).*\\bin\\s+(?:which|whom)\\s$") && after.matches("(?:he|she|they|we|I|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})")
                || after.matches("(?:have|has|had|are|is|were|was|will|would|also|then)(?:\\s+\\p{L}+ly)?");
    }

    /** Where (in the text) the quote that ends at {@code quoteEnd} (relative to the sentence) starts. */
    private int quoteStartBefore(int at, int quoteEnd) {
        return quotes.stream().filter(q -> !q.block() && q.end() - at == quoteEnd).mapToInt(Quote::start).findFirst()
                .orElse(at + quoteEnd);
    }

    /** The end (relative to the sentence) of the last quote that closes before {@code offset}, or 0. */
    private int quoteEndBefore(int at, int offset) {
        int end = 0;
        for (Quote q : quotes) {
            if (!q.block() && q.end() > at && q.end() - at <= offset) {
                end = Math.max(end, q.end() - at);
            }
        }
        return end;
    }

    private static boolean insideAccordingTo(String masked, int offset) {
        int according = masked.toLowerCase(Locale.ROOT).lastIndexOf("according to", offset);
        return according >= 0 && masked.indexOf(',', according) > offset;
    }

    /** "Kim's ability to", "his record of": a possessor and a common noun that is no document or body. */
    static final Pattern CITED_QUALITY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.-]*\\s+)*\\p{Lu}[\\p{L}.-]*['’]s?\\s+"
            + "(?:ability|willingness|record|failure|success|age|youth|experience|talent|skill|courage|decision|refusal"
            + "|desire|need|role|behaviou?r|conduct|actions?|tactics|leadership|history)\\b");

    private List<Source> accordingTo(int at, String masked) {
        List<Source> found = new ArrayList<>();
        Matcher m = Cues.ACCORDING_TO.matcher(masked);
        while (m.find()) {
            int end = m.end();
            while (end < masked.length() && ",;!?".indexOf(masked.charAt(end)) < 0 && !(masked.charAt(end) == '.'
                    && (end + 1 >= masked.length() || Character.isWhitespace(masked.charAt(end + 1))))) {
                end++; // a full stop ends the phrase; the one in "U.S." does not
            }
            CharSpan cue = new CharSpan(at + m.start(), at + m.end());
            if (CITED_QUALITY.matcher(masked.substring(m.end(), end)).lookingAt()) {
                continue; // "Trump said, citing Kim's ability to …": a quality of someone, not a source
            }
            Source s = resolver.resolve(at + m.end(), at + end, cue, "\"" + m.group().trim() + "\"");
            if (s == null) {
                s = resolver.leadingEntity(at + m.end(), at + end, cue, "\"" + m.group().trim() + "\"");
            }
            if (s != null && s.type() != SourceType.AUTHOR) {
                found.add(s);
            }
        }
        return found;
    }

    /** "Her mother told the Atlanta Journal-Constitution": the outlet carried the words to the writer. */
    private Source withMedia(Source source, int cueEnd) {
        int lineEnd = text.indexOf('\n', cueEnd);
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, cueEnd + 60);
        for (MentionIndex.Ref ref : mentions.within(cueEnd, limit)) {
            if (ref.entity().type() == EntityType.MEDIA_OUTLET
                    && TOLD_MEDIA.matcher(text.substring(Math.max(0, cueEnd - 20), ref.span().start())
                    .replaceAll("(?i)\\bthe\\s+$", "")).find()) {
                return source.via(resolver.fromEntity(ref, null, 0.8, "outlet"));
            }
        }
        return source;
    }

    /** The end of the sentence's subject: its first word when a pronoun, else its first entity or few words. */
    private int sentenceSubjectEnd(String masked) {
        int start = 0;
        Matcher leading = LEADING_ADVERBIAL.matcher(masked);
        if (leading.find()) {
            start = leading.end();
        }
        Matcher verb = FIRST_VERB.matcher(masked);
        return verb.find(start) ? verb.start() : 0;
    }

    /** Where the clause holding {@code offset} starts: after a semicolon, dash or ", and". */
    private static int clauseStart(String masked, int offset) {
        int start = 0;
        for (String boundary : new String[] {";", " — ", " – ", ", and ", ", but ", ", while ", ", whereas "}) {
            int i = masked.lastIndexOf(boundary, offset);
            if (i >= 0 && i + boundary.length() <= offset) {
                start = Math.max(start, i + boundary.length());
            }
        }
        return start;
    }

    private Quote enclosingBlock(CharSpan unit) {
        for (Quote q : quotes) {
            if (q.block() && q.span().contains(unit)) {
                return q;
            }
        }
        return null;
    }

    /** The sentence with quoted words blanked, so that verbs inside quotes are not read as the writer's frame. */
    private String maskQuotes(CharSpan unit) {
        StringBuilder masked = new StringBuilder(unit.of(text));
        for (Quote q : quotes) {
            if (q.block() || !q.span().overlaps(unit)) {
                continue;
            }
            int from = Math.max(q.start(), unit.start()) - unit.start();
            int to = Math.min(q.end(), unit.end()) - unit.start();
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(masked.charAt(i))) {
                    masked.setCharAt(i, 'x');
                }
            }
        }
        return masked.toString();
    }
}
