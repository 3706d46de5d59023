package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Finds quotes (by their marks, or set off by layout), decides their kind and finds the speaker
 * of direct and partial quotes as an entity of the article. Rules, not a parser: the reporting
 * frames of news English are few and regular, and a dependency parse would cost more than the
 * whole rest of the pipeline (README, design section).
 *
 * <p>Needs {@link Layers#SENTENCES} and {@link Layers#ENTITIES}; produces {@link Layers#QUOTES}.
 * Stateless and thread-safe.
 */
public final class QuoteAnalyzer implements Analyzer<List<Quote>> {

    /** "… and claimed that ", "… and then said ": a speech verb sharing the subject of the sentence's frame. */
    private static final java.util.regex.Pattern COORDINATED_SPEECH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:and|then)\\s+(?:also\\s+)?(?:" + Cues.SPEECH_ALTERNATION + ")\\s+(?:that\\s+)?(?:the\\s+)?$");


    private static final double UNMATCHED_PENALTY = 0.75;
    static final int MAX_QUOTES = 2000;
    /** How far (words) a speech verb may stand before a short quote and still report it. */
    private static final int REPORTED_GAP_WORDS = 25;
    /** How many words may stand between a speech verb and a fragment quoted inside another quote. */
    private static final int NESTED_GAP_WORDS = 3;
    /** "a “lone wolf” attack": a quote that modifies the noun after it is the writer's scare quote. */
    private static final java.util.regex.Pattern NOUN_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?!(?:and|or|but|to|in|on|at|of|for|with|from|by|as|that|which|who|is|was|are|were|has|have|had"
            + "|will|would|could|can|may|might|than|then|when|while|if|because|after|before|since|during|over|under"
            + "|into|about|against|among|between|through|throughout|without|within|despite|across|toward|towards|near"
            + "|until|like|via|amid|upon|around"
            // "agreed to ‘stand by’ the deal": a determiner or pronoun after the quote begins its object
            + "|the|a|an|this|these|those|its|his|her|their|our|my|your|any|all|every|it|them|him|us|me|you)\\b)\\p{Ll}");
    /** Between two quotes, words that carry the reported speech on: a "that" clause or the same subject's next verb. */
    private static final java.util.regex.Pattern CLAUSE_GOES_ON = java.util.regex.Pattern.compile(
            "(?i)\\bthat\\b|\\band\\s+(?:said|added|confirmed|insisted|warned|stated|explained)\\b");
    private final QuoteMarks marks = new QuoteMarks();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Layer<List<Quote>> produces() {
        return Layers.QUOTES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public List<Quote> analyze(AnalysisInput input) {
        Article article = input.article();
        String text = article.text();
        TextUnits units = new TextUnits(text, input.get(Layers.SENTENCES));
        MentionIndex mentions = new MentionIndex(input.get(Layers.ENTITIES));
        SourceResolver resolver = new SourceResolver(text, mentions, article.author());
        QuoteFrames frames = new QuoteFrames(text, units, resolver);
        List<QuoteMarks.Found> found = marks.find(text, article.contentSpans());
        CharSpan headline = article.title() != null && !article.title().isBlank() && text.startsWith(article.title())
                ? new CharSpan(0, article.title().length()) : null;
        if (found.size() > MAX_QUOTES) {
            // Bounded work on hostile input: no real article holds thousands of quotes.
            input.report("quote analysis stopped after " + MAX_QUOTES + " of " + found.size() + " quotes");
            found = found.subList(0, MAX_QUOTES);
        }
        List<QuoteMarks.Found> outer = found.stream().filter(f -> f.depth() == 0).toList();

        List<Quote> quotes = new ArrayList<>();
        QuoteFrames.Attribution previous = null;
        QuoteFrames.Attribution fragmentSpeaker = null;
        int previousEnd = -1;
        CharSpan attributedUnit = null;
        QuoteFrames.Attribution attributedSpeaker = null;
        int outerIndex = 0;
        CharSpan lastTitle = null;
        for (QuoteMarks.Found f : found) {
            if (f.depth() > 0) {
                quotes.add(nested(text, units, frames, mentions, f, enclosing(outer, f)));
                continue;
            }
            CharSpan before = outerIndex > 0 ? outer.get(outerIndex - 1).span() : null;
            if (before != null && before.equals(lastTitle)
                    && TITLE_GAP.matcher(text.substring(before.end(), f.span().start())).matches()) {
                // "Giuliani told CBS’ “Face the Nation”: “…”": the frame runs through the programme's title
                before = outerIndex > 1 ? outer.get(outerIndex - 2).span() : null;
            }
            CharSpan after = outerIndex + 1 < outer.size() ? outer.get(outerIndex + 1).span() : null;
            outerIndex++;
            int preStart = preStart(text, units, f.span(), before);
            int postEnd = postEnd(text, units, f.span(), after);
            CharSpan sentence = units.at(f.span().start());
            QuoteFrames.Attribution fragmentBefore = fragmentSpeaker != null && sentence != null
                    && sentence.contains(fragmentSpeaker.quoteStart()) ? fragmentSpeaker : null;
            QuoteFrames.Attribution speaker = frames.find(f.span(), preStart, postEnd, previous, previousEnd,
                    fragmentBefore);
            String content = f.content().of(text);
            String pre = text.substring(preStart, f.span().start());
            String post = text.substring(f.span().end(), postEnd);
            QuoteKinds.Decision kind = QuoteKinds.classify(content, pre, post, false, speaker);
            if ((kind.kind() == QuoteKind.SCARE && !QuoteKinds.wordsAsWords(pre))
                    || (kind.kind() == QuoteKind.PARTIAL && speaker == null)) {
                // A short quote inside a sentence that reports someone's speech is a fragment of it ("the concept of
                // “blowback”" is a word held up as a word, whoever speaks).
                CharSpan unit = units.at(f.span().start());
                // From the sentence's start, past any quote before in it: "X said the leaders ‘have been very clear’
                // that what is on the table ‘will not be renegotiated’" reports X's words in both.
                int reportStart = unit == null ? preStart : Math.max(unit.start(), lineStart(text, f.span().start()));
                if (before != null && before.end() > reportStart && before.end() <= f.span().start()
                        && !CLAUSE_GOES_ON.matcher(text.substring(before.end(), f.span().start())).find()) {
                    reportStart = preStart; // "reported ‘abnormal sensations’ amid fears of a ‘sonic attack’": no more
                }
                Source reporter = unit == null ? null
                        : frames.frameBefore(reportStart, f.span().start(), REPORTED_GAP_WORDS);
                if (reporter != null && reporter.cue() != null && before != null
                        && before.contains(reporter.cue())) {
                    reporter = null; // the verb is inside the quote before, someone else's words
                }
                boolean modifier = NOUN_AFTER.matcher(text.substring(f.span().end(),
                        Math.min(text.length(), f.span().end() + 30))).lookingAt();
                if (reporter != null && reporter.cue() != null && !modifier
                        && Cues.SPEECH_VERB.matcher(reporter.cue().of(text)).lookingAt()) {
                    speaker = new QuoteFrames.Attribution(reporter.withConfidence(reporter.confidence() - 0.15),
                            "reported", f.span().start());
                    kind = new QuoteKinds.Decision(QuoteKind.PARTIAL, "a fragment of the words the sentence reports");
                }
            }
            if (kind.kind() == QuoteKind.SCARE && quotedName(text, f.content(), mentions)) {
                // "one of its branches “Al-Khurasan”", "militias such as “Unit 13”": a name in quotes keeps no distance.
                kind = new QuoteKinds.Decision(QuoteKind.TITLE, "a name set in quotes, not a scare quote");
            }
            if (speaker == null && kind.kind() != QuoteKind.TITLE && headline != null && headline.contains(f.span())) {
                QuoteFrames.Attribution named = headlineSpeaker(text, f, headline, mentions, resolver);
                if (named != null) {
                    speaker = named;
                    kind = new QuoteKinds.Decision(QuoteKind.PARTIAL, "a headline's quote: the words of "
                            + named.source().name());
                }
            }
            if (kind.kind() == QuoteKind.SCARE || kind.kind() == QuoteKind.TITLE) {
                speaker = null;
            }
            CharSpan unit = units.at(f.span().start());
            // "chanted “…” and claimed that “…”": a short quote after a second speech verb of the same subject
            boolean coordinated = kind.kind() == QuoteKind.SCARE && COORDINATED_SPEECH.matcher(pre).find();
            // "told the magazine that it wouldn't be “very covert” as a “large array of subwoofers” would be
            // needed": a second fragment of the same reported words
            boolean sameReport = kind.kind() == QuoteKind.SCARE && attributedSpeaker != null
                    && "reported".equals(attributedSpeaker.where()) && QuoteKinds.countWords(content) >= 3
                    && attributedSpeaker.source().cue() != null && attributedSpeaker.source().cue().end() < f.span().start()
                    && REPORTED_THAT.matcher(text.substring(attributedSpeaker.source().cue().end(), f.span().start())).find();
            if (speaker == null && (kind.kind() == QuoteKind.PARTIAL || coordinated || sameReport) && unit != null
                    && unit.equals(attributedUnit)) {
                // "According to X the US needs “20,000 troops” with “the right model”": one attribution covers
                // every fragment of its sentence.
                speaker = new QuoteFrames.Attribution(attributedSpeaker.source().withConfidence(
                        attributedSpeaker.source().confidence() - 0.1), "sentence", f.span().start());
                kind = new QuoteKinds.Decision(QuoteKind.PARTIAL, "a fragment of a sentence attributed to "
                        + attributedSpeaker.source().name());
            }
            if (speaker == null && kind.kind() == QuoteKind.PARTIAL && unit != null) {
                speaker = tailFrame(text, f.span().end(), unit.end(), resolver,
                        attributedSpeaker == null ? null : attributedSpeaker.source());
            }
            if (speaker != null && unit != null) {
                attributedUnit = unit;
                attributedSpeaker = speaker;
            }
            quotes.add(quote(f, kind, speaker));
            lastTitle = kind.kind() == QuoteKind.TITLE ? f.span() : null;
            fragmentSpeaker = speaker != null && kind.kind() == QuoteKind.PARTIAL ? speaker : null;
            if (speaker != null && kind.kind() == QuoteKind.DIRECT) {
                previous = speaker;
            } else if (kind.kind() == QuoteKind.DIRECT || kind.kind() == QuoteKind.TITLE) {
                previous = null; // "wrote in the book, “The Dictator Pope,” “…”": the words after a title are not the last speaker's
            }
            previousEnd = postEnd;
        }
        quotes.addAll(BlockQuotes.find(text, article.contentSpans(), found, resolver));
        quotes.sort(Comparator.comparing(Quote::span));
        return List.copyOf(quotes);
    }

    /**
     * "“Twenty cases and 17 deaths” have been recorded in the province, it said, citing …": the frame that closes
     * the sentence after a fragment speaks it; "it" is the source of the quotes just before.
     */
    private static QuoteFrames.Attribution tailFrame(String text, int from, int to, SourceResolver resolver,
                                                     Source topic) {
        if (from >= to) {
            return null; // a quote running past its sentence's end
        }
        java.util.regex.Matcher tail = Cues.TAIL_SUBJECT_FIRST.matcher(text).region(from, to);
        if (!tail.find() || tail.group("subj").trim().split("\\s+").length > 6
                || TAIL_RELATIVE.matcher(tail.group("subj")).find()) {
            return null;
        }
        CharSpan cue = new CharSpan(tail.start("cue"), tail.end("cue"));
        Source s = resolver.resolve(tail.start("subj"), tail.end("subj"), cue,
                "\"" + tail.group("cue") + "\" closing the sentence", tail.start("subj"), topic);
        return s == null || s.type() == SourceType.AUTHOR ? null
                : new QuoteFrames.Attribution(s.withConfidence(s.confidence() - 0.1), "sentence", from);
    }

    private static final java.util.regex.Pattern TAIL_RELATIVE = java.util.regex.Pattern.compile("\\b(?:who|whom|which)\\b");

    private static final java.util.regex.Pattern PROPER_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|\\d+|al-\\p{L}+|of|the))*");

    /** "one of its branches", "militias, for example", "a group called": what introduces a name, not a doubt. */
    private static final java.util.regex.Pattern NAME_INTRODUCED = java.util.regex.Pattern.compile(
            "(?i)(?:for example|for instance|such as|including|namely|called|named|known as|groups?|branch(?:es)?"
                    + "|factions?|militias?|brigades?|units?|battalions?|movement)\\s*,?\\s*$");

    /**
     * True when the quoted words are exactly the name of a knowledge-base actor, introduced as a name
     * ("one of its branches “Al-Khurasan”"); "the “Free Syrian Army”" alone may well be held at a distance.
     */
    private static boolean quotedName(String text, CharSpan content, MentionIndex mentions) {
        String words = content.of(text).strip();
        if (!PROPER_NAME.matcher(words).matches()
                || !NAME_INTRODUCED.matcher(text.substring(Math.max(0, content.start() - 30), content.start() - 1)).find()) {
            return false;
        }
        int start = content.start() + content.of(text).indexOf(words);
        int end = start + words.length();
        return mentions.within(start, end).stream().anyMatch(r -> r.span().start() == start && r.span().end() == end
                && r.entity().kbId() != null);
    }

    /** After a quote that opens a headline: "“They All Look The Same” – Hillary Cracks Joke", "“…”: X". */
    private static final java.util.regex.Pattern OPENING_QUOTE_BREAK = java.util.regex.Pattern.compile("\\s*[:–—-]\\s+");
    /** A headline's verb of saying or judging right after its subject: "Graham Unleashes", "Omar Defends". */
    private static final java.util.regex.Pattern HEADLINE_VERB = java.util.regex.Pattern.compile("\\s+(?:Says|Slams|Warns"
            + "|Admits|Defends|Unleashes|Proposes|Calls|Claims|Blasts|Rips|Urges|Vows|Denies|Demands|Accuses|Praises"
            + "|Targets|Tells|Insists|Declares|Threatens|Mocks|Attacks|Condemns|Questions|Dismisses|Rejects|Labels"
            + "|Brands|Dubs|Lashes|Hits|Promises|Reveals|Suggests|Asks|Announces|Explains|Argues|Responds"
            + "|Tweets|Writes|Touts|Boasts|Laments|Fires|Backs|Decries|Denounces|Pledges|Predicts|Confirms|Wants"
            + "|Thinks|Believes|Doubles|Goes|Knocks|Torches|Trashes|Scolds|Shreds|Destroys|Demolishes|Cracks)\\b");
    /** A clause of its own between the subject's verb and the quote: "… After San Francisco Jury Acquits “…”". */
    private static final java.util.regex.Pattern OTHER_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:after|as|while|when|before|because|since|amid|says|said|but)\\b|[;:,–—]");
    /** Title-case words that may stand before the subject: "Senator", "Pro-Sharia Democrat Candidate". */
    private static final java.util.regex.Pattern TITLE_WORDS = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,6}");

    /**
     * The speaker of a quote in a headline, where the headline's form says whose words they are: a person who
     * is the headline's subject and acts ("Senator Lindsey Graham Unleashes Firestorm … For “Most Unethical
     * Sham”", "“…” – Hillary Cracks Joke"), or a person the headline ends with after the quote ("“There needs
     * to be a reckoning”…: Mollie Hemingway"). A person the headline merely mentions ("Ex-MI6 chief says Theresa
     * May's deal “threatens…”", "Catholics to Pope Francis: “…”") is no speaker; null then.
     */
    private static QuoteFrames.Attribution headlineSpeaker(String text, QuoteMarks.Found f, CharSpan headline,
                                                          MentionIndex mentions, SourceResolver resolver) {
        java.util.regex.Matcher broken = OPENING_QUOTE_BREAK.matcher(text).region(f.span().end(), headline.end());
        boolean opens = text.substring(headline.start(), f.span().start()).isBlank() && broken.lookingAt();
        int subjectFrom = opens ? broken.end() : headline.start();
        for (MentionIndex.Ref r : mentions.within(headline.start(), headline.end())) {
            if (r.entity().type() != org.newslens.core.model.EntityType.PERSON || r.span().overlaps(f.span())) {
                continue;
            }
            String lead = text.substring(subjectFrom, Math.max(subjectFrom, r.span().start()));
            java.util.regex.Matcher verb = HEADLINE_VERB.matcher(text).region(r.span().end(), headline.end());
            boolean subject = r.span().start() >= subjectFrom && TITLE_WORDS.matcher(lead).matches() && verb.lookingAt()
                    && (opens || f.span().start() > r.span().end()
                    && !OTHER_CLAUSE.matcher(text.substring(verb.end(), f.span().start())).find());
            boolean signed = opens && r.span().start() == broken.end()
                    && text.substring(r.span().end(), headline.end()).replaceAll("[\\p{P}\\s]", "").isEmpty();
            if (subject || signed) {
                return new QuoteFrames.Attribution(resolver.fromEntity(r, null, 0.6, subject
                        ? "the headline's subject" : "the person the headline ends with"), "headline", f.span().start());
            }
        }
        return null;
    }

    private static Quote quote(QuoteMarks.Found f, QuoteKinds.Decision kind, QuoteFrames.Attribution speaker) {
        double confidence = speaker == null ? (kind.kind() == QuoteKind.SCARE ? 0.7 : 0.6) : speaker.source().confidence();
        String reason = kind.why();
        if (speaker != null) {
            reason += "; " + speaker.source().reason();
        }
        if (!f.closed()) {
            confidence *= UNMATCHED_PENALTY;
            reason += "; no closing mark, ended at the paragraph's end";
        }
        return new Quote(f.span(), kind.kind(), false, speaker == null ? null : speaker.source().entityId(),
                speaker == null ? null : speaker.source().name(), speaker == null ? null : speaker.source().cue(),
                Math.min(1, confidence), reason);
    }

    /**
     * A quote inside another: the words of someone the outer quote reports in a frame of its own ("Ahrens tweeted,
     * “In 1993, Farrakhan told women: ‘You’re a failure…’”": Farrakhan's), a frame before it within the outer
     * quote; otherwise a fragment or scare quote with no speaker.
     */
    private static Quote nested(String text, TextUnits units, QuoteFrames frames, MentionIndex mentions,
                                QuoteMarks.Found f, QuoteMarks.Found outer) {
        String content = f.content().of(text);
        if (outer != null) {
            CharSpan within = outer.content();
            CharSpan unit = units.at(f.span().start());
            int preStart = Math.max(within.start(), unit == null ? lineStart(text, f.span().start())
                    : Math.min(unit.start(), f.span().start()));
            int postEnd = Math.min(within.end(), unit == null ? f.span().end() : Math.max(unit.end(), f.span().end()));
            postEnd = Math.max(postEnd, f.span().end());
            QuoteFrames.Attribution speaker = frames.find(f.span(), preStart, postEnd, null, -1);
            // Only a frame before it, naming someone the article knows: an outer quote's own words after a nested one
            // ("‘…’, a senior Labour MP has said.”") and its "you" or "that person" are no one to name.
            // The speaker must be named in the words before it inside the outer quote (its "he" may be anyone the outer
            // speaker means), and
            // a fragment must follow its verb closely ("the pope has vowed ‘zero tolerance’", not "Gillum conceded
            // … and now Broward has put him ‘back in play’"); a label verb names a thing ("a party called ‘Brexit’").
            if (speaker != null && "before".equals(speaker.where()) && speaker.source().entityId() != null
                    && speaker.source().cue() != null
                    && !Cues.LABEL_VERB.matcher(speaker.source().cue().of(text)).matches()
                    && mentions.within(preStart, f.span().start()).stream()
                    .anyMatch(r -> r.entity().id().equals(speaker.source().entityId()))) {
                QuoteKinds.Decision kind = QuoteKinds.classify(content, text.substring(preStart, f.span().start()),
                        text.substring(f.span().end(), postEnd), false, speaker);
                boolean close = QuoteKinds.countWords(text.substring(speaker.source().cue().end(),
                        Math.max(speaker.source().cue().end(), f.span().start()))) <= NESTED_GAP_WORDS;
                if (kind.kind() == QuoteKind.DIRECT || (kind.kind() == QuoteKind.PARTIAL && close)) {
                    return quote(f, new QuoteKinds.Decision(kind.kind(), kind.why() + " (inside another quote)"),
                            speaker);
                }
            }
        }
        QuoteKinds.Decision kind = QuoteKinds.classify(content, "", "", true, null);
        return new Quote(f.span(), kind.kind(), false, null, null, null, f.closed() ? 0.6 : 0.45, kind.why());
    }

    private static QuoteMarks.Found enclosing(List<QuoteMarks.Found> outer, QuoteMarks.Found f) {
        return outer.stream().filter(o -> o.span().contains(f.span())).findFirst().orElse(null);
    }

    /** Where the text that may frame a quote from before begins: its sentence, after any earlier quote. */
    private static int preStart(String text, TextUnits units, CharSpan quote, CharSpan before) {
        CharSpan unit = units.at(quote.start());
        int start = unit == null ? lineStart(text, quote.start()) : Math.min(unit.start(), quote.start());
        if (before != null && before.end() > start && before.end() <= quote.start()) {
            start = before.end();
        }
        return Math.max(start, lineStart(text, quote.start()));
    }

    private static final java.util.regex.Pattern TITLE_GAP = java.util.regex.Pattern.compile("[\\s:,]*");
    /** A reported clause ("told the magazine in 2017 that …") with no sentence end in it. */
    private static final java.util.regex.Pattern REPORTED_THAT = java.util.regex.Pattern.compile("^[^.!?;:]*\\bthat\\b[^.!?;:]*$");
    private static final java.util.regex.Pattern NAME_THEN_SAID = java.util.regex.Pattern.compile(
            "(?!(?:He|She|They|It|We|I|You|This|That|These|Those)\\b)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+(?:said|says|wrote|writes|added|adds|tweeted|asked"
                    + "|asks|told|tells|exclaimed|shouted|declared)\\b(?!\\s+(?:that|a|an)\\b)");

    /** Where the text that may frame a quote from after ends: the sentence it runs on into, on the same line. */
    private static int postEnd(String text, TextUnits units, CharSpan quote, CharSpan after) {
        int q = quote.end();
        while (q < text.length() && text.charAt(q) == ' ') {
            q++;
        }
        int lineEnd = text.indexOf('\n', quote.end());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        CharSpan unit = q < lineEnd ? units.at(q) : null;
        if (q >= lineEnd && lineEnd < text.length()) {
            // "…Why didn't I pick this up?”\nhe said.": a frame the layout put on the next line, in lower case
            int next = lineEnd;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
                CharSpan nextUnit = units.at(next);
                int nextLineEnd = text.indexOf('\n', next);
                if (nextUnit != null) {
                    return Math.max(quote.end(), Math.min(nextUnit.end(), nextLineEnd < 0 ? text.length() : nextLineEnd));
                }
            }
        }
        String quoted = text.substring(quote.start(), quote.end()).replaceAll("[\\s\"“”‘’'«»]+$", "");
        // "…“we want Trump.” (President Trump later repeated …)": a bracket opens a sentence of its own too
        if (unit != null && unit.start() >= q && (Character.isUpperCase(text.charAt(q)) || text.charAt(q) == '(')
                && (quoted.endsWith(".") || unit.of(text).split("\\s+").length > 6)
                // "…CLOSE OUR SOUTHERN BORDER!” Trump wrote of the caravan in a series of tweets.": after "!" or "?"
                // the splitter ends the sentence, but a name and its verb of saying still frame the quote
                && !(quoted.matches("(?s).*[!?]") && NAME_THEN_SAID.matcher(unit.of(text)).lookingAt())) {
            unit = null; // "…Assange.” It later tweeted…": the next sentence is not this quote's frame
        }
        int end = unit == null ? quote.end() : Math.min(unit.end(), lineEnd);
        if (after != null && after.start() < end) {
            end = after.start();
        }
        return Math.max(end, quote.end());
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }
}
