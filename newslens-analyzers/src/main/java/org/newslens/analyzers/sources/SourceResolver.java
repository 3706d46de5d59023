package org.newslens.analyzers.sources;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.SourceType;

/**
 * Turns the words that name a speaker or source ("Russian Foreign Minister Sergei Lavrov", "the
 * envoy", "he", "unnamed sources", "the group") into a {@link Source}: an entity of the article
 * where it names one, the last suitable entity before it for pronouns and definite descriptions,
 * or the words themselves for sources the article does not name.
 *
 * <p>Works on the subject of a reporting clause, so it looks at the first noun phrase first and
 * skips what only modifies it: possessors ("Hezbollah's Secretary General"), complements
 * ("lawyers for Assange"), leading adverbials ("In a statement, Manafort said") and datelines.
 * Immutable and thread-safe.
 */
final class SourceResolver {

    /** How far back (characters) a pronoun or "the group" looks for its referent. */
    private static final int REFERENT_WINDOW = 2500;
    /** How far back (characters, about two sentences) "the nominee" may find the one person just named. */
    private static final int LATELY_CHARS = 300;
    private static final Pattern THE_MAN = Pattern.compile("the (?:man|woman)");
    /** "a man who had watched the attack": an unnamed person brought in, whom "the man" may mean. */
    private static final Pattern UNNAMED_INTRODUCED = Pattern.compile("(?i)\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:man|woman)\\b");
    /** "MOSUL, Iraq —", "BUDAPEST, Hungary, February 19, 2018 (LifeSiteNews) –": a town in capitals opens a long one. */
    private static final Pattern DATELINE = Pattern.compile("^(?:\\p{Lu}{2,}[\\p{Lu} .]*[,(][\\p{L}\\p{N} .,()]{0,80}?"
            + "|\\p{Lu}[\\p{L}\\p{N} .,()]{1,40})\\s[-—–]+\\s");
    private static final Set<String> LEADERS = Set.of("as", "in", "on", "after", "before", "during", "since", "when",
            "while", "although", "though", "despite", "following", "meanwhile", "however", "additionally", "also",
            "but", "and", "yet", "so", "still", "then", "earlier", "later", "last", "speaking", "asked", "at", "for",
            "with", "without", "if", "because", "by", "from", "instead", "indeed", "now", "today", "yesterday",
            "separately", "similarly", "moreover", "furthermore", "finally", "first", "second", "thus", "which",
            "according", "citing");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "they");
    private static final Set<String> WRITER_PRONOUNS = Set.of("i", "we");
    private static final Pattern TIME_TAIL = Pattern.compile("\\s+(?:(?:(?:last|this|early|late|earlier|later)\\s+"
            + "(?:week|month|year|weekend|night|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday))|yesterday|today|tonight)\\s*$");
    private static final Set<String> TRAILING_ADVERBS = Set.of("also", "later", "then", "again", "earlier", "further",
            "previously", "once", "repeatedly", "finally", "quickly", "recently", "initially", "reportedly", "has",
            "have", "had", "was", "were", "is", "are", "would", "will", "did", "does", "since", "already", "now");
    private static final Pattern NP_BOUNDARY = Pattern.compile(
            ",|;|\\(|\\s(?:who|which|that|whose|to|for|from|in|at|on|with|about|against|near|close|familiar|over"
                    + "|under|after|before|during|when|while|by|into"
                    // "one Russian source located in Moscow", "a source speaking on condition of anonymity"
                    + "|located|based|stationed|speaking)\\s");
    private static final Pattern CAPITALISED_NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{N}.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'’-]*|de|al|bin|van|von|da|del|la|el)){0,4}$");

    private static final Pattern NOT_NAMES = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|today|yesterday|tomorrow|this|that|these|those|it|they|there|here)\\b");

    private static final Pattern MEDIA_WORD = Pattern.compile("\\b(?:News|Times|Post|Journal|TV|Radio|Press|Daily"
            + "|Herald|Tribune|Gazette|Telegraph|Chronicle|Magazine|Enquirer|Inquirer|Dispatch|Courier|Examiner"
            + "|Sentinel|Globe)$");
    private static final Pattern DESCRIBED_PERSON = Pattern.compile("^\\p{Lu}[\\p{L}.-]*(?:'s|’s|’|')\\s+(?:[\\p{Ll}-]+\\s+)*"
            + "(?<role>[\\p{Ll}-]+)$");
    private static final Pattern INDEFINITE = Pattern.compile(
            "(?:a|an|one|another|two|three|four|several|some|many|other)\\s+(?!of\\b)[\\p{Ll}-]+");
    /** A plural noun for people with no name in it: "the lawmakers", "senators", "the two Iraqi generals". */
    private static final Pattern PEOPLE = Pattern.compile(
            "(?:(?:[Tt]he|[Tt]heir|[Tt]hese|[Tt]hose|[Bb]oth)\\s+(?:(?!of\\b)[\\p{L}\\d-]+\\s+){0,3}"
                    + "|(?:(?!of\\b)[\\p{Ll}\\d-]+\\s+){0,2})\\p{Ll}+");
    /** People who speak as a group the article does not name (the head of a {@link #PEOPLE} phrase). */
    private static final Set<String> PEOPLE_NOUNS = Set.of("lawmakers", "legislators", "senators", "congressmen",
            "representatives", "politicians", "leaders", "generals", "commanders", "soldiers", "troops", "fighters",
            "insurgents", "jihadists", "protesters", "protestors", "demonstrators", "students", "teachers", "parents",
            "nurses", "officers", "prosecutors", "judges", "voters", "supporters", "opponents", "conservatives",
            "liberals", "democrats", "republicans", "campaigners", "organisers", "organizers", "victims", "survivors",
            "civilians", "migrants", "farmers", "clerics", "bishops", "priests", "ministers", "envoys", "negotiators",
            "delegates", "monitors", "inspectors", "scholars", "historians", "economists", "commenters", "spokesmen",
            "staffers", "executives", "agents", "guards", "detainees", "prisoners", "hostages", "eyewitnesses",
            "rescuers", "volunteers", "paramedics", "firefighters", "fishermen", "settlers", "veterans", "pilots");
    /** "Northern Ireland MPs", "Tory MPs", "Brexiteers": capitalised modifiers before a plural of people. */
    private static final Pattern NAMED_GROUP = Pattern.compile(
            "(?:[Tt]he\\s+|[Mm]any\\s+|[Ss]ome\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?<head>\\p{Lu}[\\p{L}]+s|MPs|MEPs"
                    + "|[\\p{Ll}]+s)");
    /** Camps and movements whose members speak as one: "Brexiteers fear …". */
    private static final Set<String> GROUP_NAMES = Set.of("mps", "meps", "peers", "councillors", "brexiteers",
            "brexiters", "remainers", "leavers", "unionists", "loyalists", "nationalists", "republicans", "democrats",
            "conservatives", "tories", "progressives", "evangelicals", "separatists", "secularists", "environmentalists");
    /** A day or time that opens a clause before its subject: "Monday", "last week", "on Tuesday morning". */
    private static final Pattern TIME_LEAD = Pattern.compile("(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)"
            + "\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|week|month|year)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?=\\S)");
    private static final String DOCUMENT_NOUNS = "statement|report"
            + "|study|estimate|investigation|interview|announcement|post|tweet|release|communique|communiqué|document"
            + "|letter|memo|citation|alert|petition|filing|complaint|indictment|resolution|notice|ruling|decree"
            + "|manifesto|leaflet|paper|white paper|email|e-mail|plan|draft|dossier|assessment|audit|record|warrant|transcript";
    /** "the paper", "leaked documents", "a report released" (by whom follows). */
    /** A US politician's party and state, set after the name: "D-N.Y.", "R-Texas". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\s*[DRI]-[A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]*)?,?\\s*");
    private static final Pattern ASIDE_DASH = Pattern.compile("\\s(?:--|—|–)\\s");
    private static final Pattern DOCUMENT_WORD = Pattern.compile("\\b(?:" + DOCUMENT_NOUNS + ")s?\\b");
    private static final Pattern DOCUMENT = Pattern.compile("(?:(?:but|and)\\s+)?(?:(?:a|an|the|in a|in an)\\s+(?:[\\w-]+\\s+)?"
            // "newly released search warrant records": a few modifiers before a plural
            + "|(?:[\\w-]+\\s+){0,4}(?=(?:" + DOCUMENT_NOUNS + ")s\\b))"
            + "(?<noun>" + DOCUMENT_NOUNS + ")s?"
            + "(?:\\s+(?:released|issued|published|written|compiled|prepared|authored|drafted|signed|sent|penned|produced"
            + "|reviewed|obtained|seen|leaked|cited|quoted|filed)(?:\\s+(?:last|this|on|in|earlier)(?:\\s+\\w+)?)?)?");
    /** "The plan, authored by the Security Studies Group", "a report released by senators on the X subcommittee". */
    private static final String AUTHORED_BY = ",?\\s+(?:[\\w-]+\\s+){0,2}?(?:released|issued|published|written|compiled"
            + "|prepared|authored|drafted|produced|commissioned)\\s+by\\s+|\\s+by\\s+|\\s+from\\s+(?:the\\s+)?";
    /** A title left at the end of a line the text broke inside a name: "said Sen." / "Rob Portman, …". */
    private static final Pattern LINE_BREAK_AFTER = Pattern.compile("\\.?[ \\t]*\\r?\\n");
    private static final Pattern TITLE_ONLY = Pattern.compile("(?:Sen|Rep|Gov|Gen|Lt|Col|Adm|Dr|Prof|Sgt|Capt|Maj|Amb)\\.?");
    private static final Pattern ISSUED_BY = Pattern.compile("^\\s*,?\\s*(?:on\\s+\\p{Lu}\\p{L}+\\s+)?(?:(?:issued|released"
            + "|published|written|signed|sent|drafted|penned|authored|filed)\\s+(?:(?:last|this|on|in|earlier)\\s+\\w+\\s+)?)?"
            + "(?:by|from|in|of)\\s+");
    /** "a Westerville city spokeswoman", "the county spokesman": the voice of a local government. */
    private static final Pattern LOCAL_SPOKESPERSON = Pattern.compile(
            "\\b(?:city|county|town|village|municipal|state)\\s+(?:government\\s+|hall\\s+)?spokes(?:man|woman|person)$");
    /** What may follow the place that issued a document: the end of the phrase, or its verb. */
    private static final Pattern ISSUER_END = Pattern.compile("\\s*(?:[,.;:)]|$)|\\s+(?:said|says|states|stated)\\b");
    private static final Pattern INTERPRETER = Pattern.compile("(?:(?:his|her)\\s+)?(?:translator|interpreter)\\b");
    /** "his attorneys", "the family's lawyer": counsel the article may have named. */
    private static final Pattern COUNSEL = Pattern.compile(
            "(?:his|her|their|its|the|[\\p{L}'’]+['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(attorney|lawyer|counsel)s?");
    /** How close (characters) a person must be named to an organisation to count as its member. */
    private static final int AFFILIATION_WINDOW = 120;
    private static final Pattern PLURAL_NATIONALS = Pattern.compile("(?:[Tt]he\\s+)("
            + org.newslens.analyzers.actors.PluralNationals.ALTERNATION + ")");

    private final String text;
    private final MentionIndex mentions;
    private final String author;

    SourceResolver(String text, MentionIndex mentions, String author) {
        this.text = text;
        this.mentions = mentions;
        this.author = author;
    }

    /**
     * "… rejected by Obama administration officials … They said": "they" are the unnamed people last named, where
     * they come after (or hold, as a modifier) the last organisation named.
     */
    private Source unnamedPeopleBefore(int before, MentionIndex.Ref body, CharSpan cue, String how, String np) {
        // only in the sentence before and this one's words before the pronoun
        int from = sentenceStart(Math.max(0, sentenceStart(before) - 1));
        Matcher m = UNNAMED_PLURAL.matcher(text.substring(from, before));
        int end = -1;
        String phrase = null;
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            if (Cues.isAnonymousNoun(noun) && !NOT_SPEAKERS.contains(noun)) {
                end = from + m.end();
                phrase = m.group().strip();
            }
        }
        if (phrase == null || body != null && body.span().end() > end) {
            return null;
        }
        return new Source(SourceType.ANONYMOUS, stripDeterminer(phrase), null, List.of(), cue, 0.55,
                how + ": \"" + np + "\" = " + phrase + ", the people named just before");
    }

    /** Plural anonymous nouns too vague to be who "they" are. */
    private static final Set<String> NOT_SPEAKERS = Set.of("people", "others", "authors", "media", "families",
            "relatives", "friends", "neighbors", "neighbours", "men", "women");
    /** "Obama administration officials", "senior Cuban diplomats", "the researchers": capitalised modifiers or a few
     * ordinary ones before a plural noun. */
    private static final Pattern UNNAMED_PLURAL = Pattern.compile("(?<![\\p{L}'’])(?:(?:the|some|several|two|three|four"
            + "|many|other|former|senior|top|local|foreign|military|government|administration|intelligence|security"
            + "|\\p{Lu}[\\p{L}.-]*)\\s+){0,3}(?<noun>\\p{Ll}+s)\\b");

    /** Whether the words name a document: "court documents", "a report released", "the paper". */
    static boolean namesDocument(String words) {
        return DOCUMENT.matcher(words.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The first organisation, government, armed group or outlet named in {@code [from, to)}. */
    private MentionIndex.Ref firstBody(int from, int to) {
        return mentions.within(from, to).stream().filter(r -> isBody(r.entity())).findFirst().orElse(null);
    }

    /**
     * "Republican senators on the Permanent Subcommittee": the body that people the words describe sit on or
     * belong to; not one that only qualifies them ("a US government official" is an unnamed official).
     */
    private MentionIndex.Ref memberBody(int from, int to) {
        MentionIndex.Ref body = firstBody(from, to);
        return body != null && MEMBER_OF.matcher(text.substring(from, body.span().start())).find() ? body : null;
    }

    private static final Pattern MEMBER_OF = Pattern.compile("\\s(?:on|of|at|from|with|in)\\s+(?:the\\s+)?$");

    private static boolean isPlace(Entity e) {
        return e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY;
    }

    /**
     * Who the article said wrote the document it now names by its noun alone: the latest "the plan, authored by X",
     * "a report released by X", "the report by X", "X writes in the paper" before {@code before}; null where none.
     */
    private MentionIndex.Ref documentAuthor(String noun, int before) {
        String lead = text.substring(0, Math.max(0, before));
        MentionIndex.Ref found = null;
        java.util.regex.Matcher authored = Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "s?(?:" + AUTHORED_BY + ")")
                .matcher(lead);
        while (authored.find()) {
            int end = Math.min(lead.length(), authored.end() + 120);
            int stop = lead.indexOf('.', authored.end());
            MentionIndex.Ref body = firstBody(authored.end(), stop > 0 && stop < end ? stop : end);
            if (body == null && authored.group().strip().toLowerCase(Locale.ROOT).matches("(?s).*\\bfrom(?:\\s+the)?$")) {
                // "a statement from the Vatican": a seat of government right after "from" issued it
                int issuerAt = authored.end();
                body = mentions.within(issuerAt, Math.min(lead.length(), issuerAt + 40)).stream()
                        .filter(r -> isPlace(r.entity()) && r.span().start() == issuerAt
                                // (not "reports from the Columbus suburb of Westerville": a place that qualifies a noun)
                                && ISSUER_END.matcher(text).region(r.span().end(), text.length()).lookingAt())
                        .findFirst().orElse(null);
            }
            if (body == null) {
                body = mentions.within(authored.end(), Math.min(lead.length(), authored.end() + 40)).stream()
                        .filter(r -> r.entity().type() == EntityType.PERSON).findFirst().orElse(null);
            }
            if (body != null && body.span().start() - authored.end() <= 80) {
                found = body;
            }
        }
        java.util.regex.Matcher writes = Pattern.compile("(?i)\\b(?:writes|wrote|says|said|states|stated|argues|argued)"
                + "\\s+in\\s+(?:the|its|their|a|an)\\s+(?:[\\w-]+\\s+)?" + Pattern.quote(noun) + "\\b").matcher(lead);
        while (writes.find()) {
            int subjectFrom = Math.max(0, writes.start() - 60);
            List<MentionIndex.Ref> subjects = mentions.within(subjectFrom, writes.start()).stream()
                    .filter(r -> r.entity().type() != EntityType.LOCATION && r.span().end() >= writes.start() - 2).toList();
            if (!subjects.isEmpty() && (found == null || found.span().start() < writes.start())) {
                found = subjects.get(subjects.size() - 1);
            }
        }
        return found;
    }

    /**
     * Resolves the subject words in {@code [from, to)}; null when they name nobody.
     *
     * @param cue the attributing words, kept on the result
     */
    Source resolve(int from, int to, CharSpan cue, String how) {
        return resolve(from, to, cue, how, from, null);
    }

    /**
     * Resolves the subject of a verb that ends at {@code to}: first the words after the last comma
     * or bracket before it ("As Hezbollah Secretary General, Hassan Nasrallah said"; "(as Foreign
     * Policy magazine noted)"), unless they only describe someone ("…, the state department
     * spokeswoman, said"), then the whole clause.
     */
    Source resolveSubject(int from, int to, CharSpan cue, String how, Source topic) {
        Matcher issued = ISSUED_DOCUMENT.matcher(text).region(from, to);
        if (issued.find()) {
            to = issued.start(); // "President Trump issued a statement claiming": who issued it speaks
        }
        String clause = text.substring(from, to).stripTrailing();
        int bracket = clause.lastIndexOf('(');
        int cut = Math.max(clause.lastIndexOf(',', Math.max(0, clause.length() - 2)),
                bracket >= 0 && clause.indexOf(')', bracket) < 0 ? bracket : -1); // "(as X noted", not "(R-Pa.)"
        Matcher dash = ASIDE_DASH.matcher(clause);
        int dashes = 0;
        int closing = -1;
        while (dash.find()) {
            dashes++;
            closing = dash.end() - 2;
        }
        if (dashes >= 2) {
            // "In his latest slam at Sessions -- who, …, paving the way for Robert Mueller -- Trump said": after the
            // aside the dashes close (one dash opens an aside the verb stands in: "got it wrong -- it said …")
            cut = Math.max(cut, closing);
        }
        while (cut > 0 && PARTY_TAG.matcher(clause.substring(cut + 1)).matches()) {
            cut = clause.lastIndexOf(',', cut - 1); // "Chuck Schumer, D-N.Y., said": the tag describes the name
        }
        if (cut > 0) {
            String nearest = clause.substring(cut + 1).trim().toLowerCase(Locale.ROOT);
            // "Hassan Nasrallah, Hezbollah's Secretary General," describes the name before it; "Divorced couples may
            // receive communion, the pope said" has no name before the comma, and "a Pope who, as a prominent cardinal
            // declares" names its own speaker: there the role after the comma is the speaker.
            boolean nameBefore = !speakers(from, from + cut, clause.substring(0, cut)).isEmpty();
            boolean role = Cues.isPersonRole(nearest.replaceAll(".*\\s", "").replaceAll("\\W", ""));
            boolean description = !nearest.startsWith("as ")
                    && ((nameBefore && (role || nearest.matches("(?:a|an|the|another)\\s.*")))
                    || (role && !nearest.matches("(?:a|an|the)\\s.*")));
            if (!description && !nearest.matches("(?:who|which|that|whose)\\b.*")) {
                Source s = resolve(from + cut + 1, to, cue, how, from, topic);
                if (s != null && s.type() != SourceType.AUTHOR) {
                    return s;
                }
            }
        }
        return resolve(from, to, cue, how, from, topic);
    }

    /**
     * As {@link #resolve(int, int, CharSpan, String)}, looking for the referents of pronouns and
     * descriptions only before {@code horizon} (a quote's own words are not its speaker), and
     * preferring {@code topic} (the source of the sentence or quote before) when a pronoun fits it.
     */
    Source resolve(int from, int to, CharSpan cue, String how, int horizon, Source topic) {
        int[] region = trim(from, to);
        if (region == null) {
            return null;
        }
        from = region[0];
        to = region[1];
        int before = Math.min(from, horizon);
        String words = text.substring(from, to);
        int npEnd = from + firstNounPhraseLength(words);
        String np = text.substring(from, npEnd).trim();
        String npLower = np.toLowerCase(Locale.ROOT).replaceFirst("^(he|she|they|i|we)['’](?:d|ll|ve|re|s)$", "$1");
        // The head noun comes before "of": "the governor of Rif Dimashq".
        String head = lastWord(npLower.contains(" of ") ? npLower.substring(0, npLower.indexOf(" of ")) : npLower);
        if (TITLE_ONLY.matcher(np).matches() && LINE_BREAK_AFTER.matcher(text).region(npEnd, text.length()).lookingAt()) {
            // "…,” said Sen.\nRob Portman, the Ohio Republican": the name after the break the line made.
            MentionIndex.Ref named = mentions.within(to, Math.min(text.length(), to + 40)).stream()
                    .filter(r -> r.entity().type() == EntityType.PERSON).findFirst().orElse(null);
            if (named != null) {
                return fromEntity(named, cue, 0.75, how + ": \"" + np + "\" " + named.entity().name());
            }
        }
        java.util.regex.Matcher document = DOCUMENT.matcher(npLower);
        if (document.matches() && npEnd < to) {
            java.util.regex.Matcher by = ISSUED_BY.matcher(text.substring(npEnd, to));
            if (by.find()) {
                // "a statement by the U.S.-led coalition": the body that issued it is the source.
                Source issuer = resolve(npEnd + by.end(), to, cue, how + ": " + np + " by");
                String issuerId = issuer == null ? null : issuer.entityId();
                if (issuerId != null && by.group().strip().endsWith("in") && mentions.within(npEnd + by.end(), to).stream()
                        .anyMatch(r -> r.entity().id().equals(issuerId) && isPlace(r.entity()))) {
                    issuer = null; // "emails published in Chile": where, not by whom ("a statement from the Vatican" is)
                }
                MentionIndex.Ref body = issuer == null || issuer.type() == SourceType.ANONYMOUS
                        ? memberBody(npEnd + by.end(), to) : null;
                if (body != null) {
                    // "a report released by Republican senators on the Permanent Subcommittee": the body they sit on
                    return fromEntity(body, cue, 0.7, how + ": " + np + " by " + body.entity().name());
                }
                if (issuer != null && (issuer.entityId() != null || issuer.type() == SourceType.ANONYMOUS)) {
                    return issuer; // (not a stray capitalised word: "a memo from the U.S. Secretary of Defense")
                }
            }
        }
        MentionIndex.Ref writer = document.matches() && mentions.within(from, npEnd).isEmpty()
                ? documentAuthor(document.group("noun"), Math.min(from, horizon)) : null;
        // "The paper noted": a newspaper, unless the article said who wrote a paper ("SSG writes in the paper").
        // ("a three-page policy paper … The paper suggests": the document just brought in, not a newspaper)
        boolean newspaper = document.matches() && document.group("noun").equals("paper") && writer == null
                && !PAPER_INTRODUCED.matcher(text.substring(Math.max(0, before - REFERENT_WINDOW), before)).find();
        if (document.matches() && !newspaper && mentions.within(from, npEnd).isEmpty()) {
            if (writer != null) {
                // "SSG writes in the paper … “…,” the paper explains": the document speaks for whoever wrote it.
                return fromEntity(writer, cue, 0.65, how + ": \"" + np + "\", the " + document.group("noun") + " of "
                        + writer.entity().name() + " named before");
            }
            return new Source(SourceType.ANONYMOUS, stripDeterminer(np), null, List.of(), cue, 0.6,
                    how + ": \"" + np + "\", a document whose authors the article does not name");
        }
        MentionIndex.Ref appositive = appositiveAfter(npEnd, to);
        if (appositive != null && mentions.within(from, npEnd).stream()
                .noneMatch(r -> r.entity().type() == EntityType.PERSON)) {
            return fromEntity(appositive, cue, 0.8, how + ": appositive " + quoteOf(appositive.span()));
        }
        if (THE_MAN.matcher(npLower).matches() && !UNNAMED_INTRODUCED.matcher(
                text.substring(Math.max(0, before - REFERENT_WINDOW), before)).find()) {
            // "“Provocations,” the man said." after a speech by Gavin Williamson: the man last named, when no
            // unnamed "a man" was brought in to be "the man"
            MentionIndex.Ref referent = prominentPerson(before, npLower.endsWith("woman") ? "she" : "he");
            if (referent != null) {
                return fromEntity(referent, cue, 0.5, how + ": \"" + np + "\" = " + referent.entity().name()
                        + ", the person last named");
            }
        }
        if (npLower.startsWith("the ") && Cues.isPersonRole(head)
                && mentions.within(from, npEnd).stream().noneMatch(r -> r.entity().type() == EntityType.PERSON)) {
            MentionIndex.Ref affiliated = affiliatedPerson(from, npEnd, before);
            if (affiliated != null) {
                return fromEntity(affiliated, cue, 0.6, how + ": \"" + np + "\" = " + affiliated.entity().name()
                        + ", named beside the same organisation");
            }
            MentionIndex.Ref titled = mentions.lastBefore(before, before - REFERENT_WINDOW,
                    e -> e.type() == EntityType.PERSON && e.name().toLowerCase(Locale.ROOT).startsWith(head + " "));
            if (titled == null) {
                // "Sen. Mazie Hirono … the senator said": the title stood before the name in the text.
                titled = mentions.within(Math.max(0, before - REFERENT_WINDOW), before).stream()
                        .filter(r -> r.entity().type() == EntityType.PERSON && titledAs(r.span(), stripDeterminer(npLower)))
                        .reduce((first, second) -> second).orElse(null);
            }
            if (titled != null) {
                // "the pope", "the cardinal": the person named with that title ("Pope Francis", "Cardinal Wuerl")
                return fromEntity(titled, cue, 0.65, how + ": \"" + np + "\" = " + titled.entity().name());
            }
            if (topic != null && topic.type() == SourceType.NAMED_PERSON) {
                return new Source(topic.type(), topic.name(), topic.entityId(), List.of(), cue, 0.6,
                        how + ": \"" + np + "\" = " + topic.name() + ", the speaker just before");
            }
            MentionIndex.Ref described = mentions.lastBefore(before, before - REFERENT_WINDOW,
                    e -> e.type() == EntityType.PERSON
                            && e.descriptions().stream().anyMatch(d -> java.util.Arrays.asList(
                                    d.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head)));
            if (described != null) {
                return fromEntity(described, cue, 0.6, how + ": \"" + np + "\" = " + described.entity().name());
            }
            MentionIndex.Ref body = mentions.within(from, npEnd).stream()
                    .filter(r -> r.entity().type() != EntityType.LOCATION).findFirst().orElse(null);
            if (body != null) {
                // "The WHO chief said": without the person's name, the body they speak for.
                return fromEntity(body, cue, 0.55, how + ": \"" + np + "\" speaks for " + body.entity().name());
            }
            // (before the sentence that holds the words said: "Clinton was serving …, the lawyer said" is about Clinton)
            int said = Math.min(before, sentenceStart(Math.min(before, from)));
            List<MentionIndex.Ref> lately = mentions.within(Math.max(0, said - LATELY_CHARS), said).stream()
                    .filter(r -> r.entity().type() == EntityType.PERSON && !isPossessive(r.span())
                            && !insideQuote(sentenceStart(r.span().start()), r.span().start())).toList();
            // "When Arnold complained, the professor said …": where the text already used the word for someone
            // it set beside the person, it is not that person.
            boolean wordUsedBefore = Pattern.compile("(?i)\\b" + Pattern.quote(head) + "\\b")
                    .matcher(text.substring(Math.max(0, said - LATELY_CHARS), from)).find();
            if (!lately.isEmpty() && !wordUsedBefore && lately.stream().map(r -> r.entity().id()).distinct().count() == 1) {
                // "Kavanaugh called the allegations ridiculous. “…,” the judicial nominee added": the one person
                // the sentences just before name.
                return fromEntity(lately.get(lately.size() - 1), cue, 0.5, how + ": \"" + np + "\" = "
                        + lately.get(0).entity().name() + ", the only person named just before");
            }
            return new Source(SourceType.ANONYMOUS, np, null, List.of(), cue, 0.6,
                    how + ": \"" + np + "\", a person the article does not name");
        }
        if (LOCAL_SPOKESPERSON.matcher(npLower).find()) {
            MentionIndex.Ref place = mentions.within(from, npEnd).stream().filter(r -> isPlace(r.entity()))
                    .findFirst().orElse(null);
            if (place != null) {
                // "a Westerville city spokeswoman": she speaks for the town's government, on the record
                return fromEntity(place, cue, 0.7, how + ": \"" + np + "\" speaks for the government of "
                        + place.entity().name());
            }
        }
        List<MentionIndex.Ref> inNp = speakers(from, npEnd, np);
        boolean namesOnlyModify = !inNp.isEmpty() && inNp.stream().allMatch(r -> r.span().end() < lastNonSpace(npEnd)
                && !fits(head, r.entity().type()));
        if (namesOnlyModify && npLower.startsWith("the ") && lastWord(np).matches("\\p{Ll}+")
                && (Cues.isPersonRole(head) || Cues.isPersonDescription(head)) && !Cues.isAnonymousNoun(head)) {
            // "the Real Time host said", "the former prosecutor and Trump nemesis continued": a description of
            // someone, the name in it only a modifier; the speaker just before, or the last other person named
            Set<String> modifiers = inNp.stream().map(r -> r.entity().id()).collect(java.util.stream.Collectors.toSet());
            if (topic != null && topic.type() == SourceType.NAMED_PERSON && !modifiers.contains(topic.entityId())) {
                return new Source(topic.type(), topic.name(), topic.entityId(), List.of(), cue, 0.6,
                        how + ": \"" + np + "\" = " + topic.name() + ", the speaker just before");
            }
            MentionIndex.Ref described = mentions.lastBefore(before, before - REFERENT_WINDOW,
                    e -> e.type() == EntityType.PERSON && !modifiers.contains(e.id()));
            if (described != null) {
                return fromEntity(described, cue, 0.5, how + ": \"" + np + "\" = " + described.entity().name()
                        + ", the person last named");
            }
        }
        boolean indefinitePerson = npLower.matches("(?:a|an|another|one)\\s.*") && Cues.isPersonRole(head);
        boolean modifierOnly = namesOnlyModify
                && (Cues.isInstitutionNoun(head) || Cues.isAnonymousNoun(head) || indefinitePerson);
        MentionIndex.Ref spokenFor = head.startsWith("spokes") ? bodySpokenFor(inNp, npEnd, to) : null;
        if (spokenFor != null) {
            // "An EU commission spokeswoman", "a spokeswoman for European Commission president Jean-Claude Juncker":
            // a spokesperson speaks for the body on the record
            return fromEntity(spokenFor, cue, 0.7, how + ": \"" + np + "\" speaks for " + spokenFor.entity().name());
        }
        if (modifierOnly) {
            // "the Trump campaign", "US officials", "another senior Tory MP": the named word only modifies the head.
            SourceType type = Cues.isAnonymousNoun(head) || indefinitePerson ? SourceType.ANONYMOUS
                    : SourceType.NAMED_ORGANIZATION;
            return new Source(type, stripDeterminer(np), null, List.of(), cue, 0.7,
                    how + ": \"" + np + "\" (" + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        if (!inNp.isEmpty()) {
            return fromEntity(preferPerson(inNp), cue, 0.85, how + ": " + quoteOf(inNp.get(0).span()));
        }
        if (WRITER_PRONOUNS.contains(npLower)) {
            return new Source(SourceType.AUTHOR, author, null, List.of(), cue, 0.7, how + ": the writer (\"" + np + "\")");
        }
        if (PERSON_PRONOUNS.contains(npLower)) {
            MentionIndex.Ref referent = prominentPerson(before, npLower);
            boolean topicIsNewer = topic != null && topic.cue() != null
                    && (referent == null || referent.span().start() < sentenceStart(topic.cue().start()))
                    && (topic.type() == SourceType.NAMED_PERSON || topic.type() == SourceType.ANONYMOUS);
            if (topicIsNewer) {
                return new Source(topic.type(), topic.name(), topic.entityId(), List.of(), cue, 0.65,
                        how + ": \"" + np + "\" = " + topic.name() + ", the source just before");
            }
            if (referent == null) {
                // "“Please help,” she asks": someone speaks, but the article has named nobody it could be.
                return new Source(SourceType.ANONYMOUS, np, null, List.of(), cue, 0.4,
                        how + ": \"" + np + "\" with no one named before");
            }
            return fromEntity(referent, cue, 0.7, how + ": \"" + np + "\" = last person named, "
                    + referent.entity().name());
        }
        if (npLower.equals("it")) {
            String after = text.substring(npEnd, Math.min(text.length(), npEnd + 60));
            if (IMPERSONAL_PASSIVE.matcher(after).lookingAt()) {
                // "it is believed that …", "it was reported that …": nobody named says so
                return new Source(SourceType.ANONYMOUS, null, null, List.of(), cue, 0.55,
                        how + ": \"it is said\", no one named");
            }
            if (EVIDENTIAL_AFTER.matcher(after).lookingAt()) {
                // "It would also explain why …", "It confirms that …": a fact the writer argues from, not a speaker
                return new Source(SourceType.AUTHOR, author, null, List.of(), cue, 0.55,
                        how + ": \"it\" is what the writer argues from, no one speaking");
            }
        }
        if (THING_PRONOUNS.contains(npLower)) {
            boolean plural = npLower.equals("they");
            if (topic != null && (topic.type() == SourceType.NAMED_ORGANIZATION || topic.type() == SourceType.MEDIA_OUTLET
                    || (plural && (topic.type() == SourceType.ANONYMOUS || topic.type() == SourceType.NAMED_PERSON))
                    // "an official statement released after a cabinet meeting said … It said": the same document
                    || (!plural && topic.type() == SourceType.ANONYMOUS && topic.name() != null
                        && DOCUMENT_WORD.matcher(topic.name().toLowerCase(Locale.ROOT)).find()))) {
                return new Source(topic.type(), topic.name(), topic.entityId(), List.of(), cue, 0.65,
                        how + ": \"" + np + "\" = " + topic.name() + ", the source just before");
            }
            MentionIndex.Ref referent = mentions.lastBefore(before, before - REFERENT_WINDOW, SourceResolver::isBody);
            Source people = plural ? unnamedPeopleBefore(before, referent, cue, how, np) : null;
            if (people != null) {
                return people;
            }
            return referent == null ? null
                    : fromEntity(referent, cue, 0.6, how + ": \"" + np + "\" = last organisation named, "
                            + referent.entity().name());
        }
        if (anyWord(npLower, Cues::isAnonymousNoun) && npLower.startsWith("the ") && topic != null
                && topic.type() == SourceType.ANONYMOUS && topic.name() != null
                && lastWord(topic.name().toLowerCase(Locale.ROOT)).equals(head)) {
            // "a military source told…" … "the source said": the same unnamed source again.
            return new Source(SourceType.ANONYMOUS, topic.name(), null, List.of(), cue, 0.75,
                    how + ": \"" + np + "\" = " + topic.name() + ", named just before");
        }
        if (INTERPRETER.matcher(npLower).lookingAt()) {
            // (any person: the names of leaders the article translates are often not known to be a man's or a woman's)
            MentionIndex.Ref speaker = mentions.lastBefore(before, before - REFERENT_WINDOW,
                    e -> e.type() == EntityType.PERSON);
            if (speaker != null) {
                // "“…,” his translator was overheard saying": the words are the one translated
                return fromEntity(speaker, cue, 0.6, how + ": \"" + np + "\" speaks for " + speaker.entity().name());
            }
        }
        java.util.regex.Matcher counsel = COUNSEL.matcher(npLower);
        MentionIndex.Ref counselNamed = counsel.matches() ? appositiveAfter(npEnd, to) : null;
        if (counselNamed != null) {
            // "Saucier's lawyer, Greg Rinckey, said": the name the appositive gives
            return fromEntity(counselNamed, cue, 0.8, how + ": appositive " + quoteOf(counselNamed.span()));
        }
        if (counsel.matches()) {
            MentionIndex.Ref named = namedAs(counsel.group(1) + (npLower.endsWith("s") ? "s" : ""), before);
            if (named != null) {
                // "represented by his attorneys Marc Victor and Andrew Marcantel … His attorneys say": the first named
                return fromEntity(named, cue, 0.6, how + ": \"" + np + "\" = " + named.entity().name()
                        + ", named as such before");
            }
        }
        java.util.regex.Matcher described = DESCRIBED_PERSON.matcher(np);
        if (described.matches() && Cues.isPersonRole(described.group("role"))
                && mentions.within(from, npEnd).stream().noneMatch(r -> r.entity().type() == EntityType.PERSON
                && !isPossessive(r.span()))) {
            // "Smith's wife", "Khweis' defense attorney": a person described through someone else, not named.
            return new Source(SourceType.ANONYMOUS, np, null, List.of(), cue, 0.65,
                    how + ": \"" + np + "\", a person the article does not name");
        }
        java.util.regex.Matcher nationals = PLURAL_NATIONALS.matcher(np);
        if (nationals.matches()) {
            // "The Russians believe that …": the state the article already names (by "Moscow", "the Kremlin"…).
            String government = "kb:" + org.newslens.analyzers.actors.PluralNationals.governmentId(nationals.group(1))
                    .orElseThrow();
            MentionIndex.Ref state = mentions.within(0, text.length()).stream()
                    .filter(r -> r.entity().id().equals(government)).findFirst().orElse(null);
            if (state != null) {
                return fromEntity(state, cue, 0.7, how + ": \"" + np + "\" = " + state.entity().name());
            }
        }
        Matcher group = NAMED_GROUP.matcher(np);
        if (group.matches() && cue != null && !Cues.LABEL_VERB.matcher(cue.of(text)).lookingAt()
                && !stripDeterminer(np).equals(stripDeterminer(np).toLowerCase(Locale.ROOT))
                && (PEOPLE_NOUNS.contains(group.group("head").toLowerCase(Locale.ROOT))
                || GROUP_NAMES.contains(group.group("head").toLowerCase(Locale.ROOT)))
                && mentions.within(from, npEnd).stream().allMatch(r -> r.span().end() <= npEnd - group.group("head").length())) {
            // "Brexiteers fear …", "Northern Ireland MPs also hate …": a camp or a group of people, no one named
            return new Source(SourceType.ANONYMOUS, stripDeterminer(np), null, List.of(), cue, 0.65,
                    how + ": \"" + np + "\", people the article does not name");
        }
        boolean speechCue = cue != null && Cues.SPEECH_VERB.matcher(cue.of(text)).lookingAt();
        // "…,” the lawmakers said; "…,” senators said: people the article does not name, in the plural.
        boolean peopleSpeaking = PEOPLE.matcher(np).matches() && PEOPLE_NOUNS.contains(head)
                && mentions.within(from, npEnd).isEmpty();
        boolean someoneSpeaking = (INDEFINITE.matcher(npLower).lookingAt() || peopleSpeaking) && !Cues.isInstitutionNoun(head)
                && speechCue;
        // "The media outlet also reported": an institution whose modifier only looks like unnamed people
        boolean institutionHead = Cues.isInstitutionNoun(head) && !Cues.isAnonymousNoun(head) && npLower.startsWith("the ")
                && !DOCUMENT_WORD.matcher(head).matches();
        if ((anyWord(npLower, Cues::isAnonymousNoun) && !institutionHead) || someoneSpeaking) {
            // "a nurse in al-Mashhad said", "one commander said": someone the article does not name.
            return new Source(SourceType.ANONYMOUS, np, null, List.of(), cue, 0.8, how + ": unnamed source \"" + np + "\"");
        }
        if (Cues.isInstitutionNoun(head)) {
            return institution(from, np, head, cue, how);
        }
        List<MentionIndex.Ref> anywhere = speakers(from, to, words).stream()
                .filter(r -> r.entity().type() == EntityType.PERSON).toList();
        if (!anywhere.isEmpty()) {
            return fromEntity(preferPerson(anywhere), cue, 0.7, how + ": " + quoteOf(anywhere.get(0).span()));
        }
        String name = stripDeterminer(np);
        if (name.matches("\\p{Lu}[\\p{L}'’-]+") && name.equals(words.trim())) {
            // "…,” May told the BBC": the family name of a person the article names in full, even a month's name
            MentionIndex.Ref family = mentions.within(0, text.length()).stream()
                    .filter(r -> r.entity().type() == EntityType.PERSON && r.entity().name().endsWith(" " + name))
                    .findFirst().orElse(null);
            if (family != null) {
                return fromEntity(family, cue, 0.65, how + ": \"" + name + "\", family name of " + family.entity().name());
            }
        }
        if (CAPITALISED_NAME.matcher(name).matches() && MEDIA_WORD.matcher(name).find()) {
            return new Source(SourceType.MEDIA_OUTLET, name, null, List.of(), cue, 0.6,
                    how + ": outlet not in the entity layer, \"" + name + "\"");
        }
        boolean collective = (!name.contains(" ") && (name.endsWith("s") || name.endsWith("ly")))
                || name.contains("'s") || name.contains("’s")
                || !stripDeterminer(words.trim()).equals(name);
        if (CAPITALISED_NAME.matcher(name).matches() && !LEADERS.contains(name.toLowerCase(Locale.ROOT))
                && !NOT_NAMES.matcher(name).find() && !collective) {
            return new Source(SourceType.NAMED_PERSON, name, null, List.of(), cue, 0.6,
                    how + ": name not in the entity layer, \"" + name + "\"");
        }
        return null;
    }

    /**
     * For "the Brookings analyst": the last person named within a few words of an earlier mention
     * of the organisation the description names.
     */
    private MentionIndex.Ref affiliatedPerson(int from, int npEnd, int before) {
        for (MentionIndex.Ref body : mentions.within(from, npEnd)) {
            if (body.entity().type() == EntityType.PERSON) {
                continue;
            }
            String id = body.entity().id();
            MentionIndex.Ref best = null;
            for (MentionIndex.Ref candidate : mentions.within(Math.max(0, before - REFERENT_WINDOW), before)) {
                boolean near = candidate.entity().type() == EntityType.PERSON && mentions.within(
                        Math.max(0, candidate.span().start() - AFFILIATION_WINDOW),
                        Math.min(before, candidate.span().end() + AFFILIATION_WINDOW)).stream()
                        .anyMatch(r -> r.entity().id().equals(id));
                if (near) {
                    best = candidate; // the latest such person
                }
            }
            if (best != null) {
                return best;
            }
            // "The WHO chief said…", and a later sentence names "WHO Director-General Tedros".
            for (MentionIndex.Ref candidate : mentions.within(npEnd, Math.min(text.length(), npEnd + 600))) {
                if (candidate.entity().type() == EntityType.PERSON && mentions.within(
                        Math.max(0, candidate.span().start() - 40), candidate.span().start()).stream()
                        .anyMatch(r -> r.entity().id().equals(id))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The person a "he" or "she" before {@code before} most likely means: of the people named in the
     * latest sentence that names one, the first (its subject, usually) rather than the last.
     */
    private MentionIndex.Ref prominentPerson(int before, String pronoun) {
        java.util.function.Predicate<Entity> fits = e -> e.type() == EntityType.PERSON
                && NameGender.fits(pronoun, e.name());
        MentionIndex.Ref last = mentions.lastBefore(before, before - REFERENT_WINDOW, fits);
        if (last == null) {
            return null;
        }
        int start = sentenceStart(last.span().start());
        List<MentionIndex.Ref> named = mentions.within(start, before).stream().filter(r -> fits.test(r.entity()))
                .filter(r -> !isPossessive(r.span()) && !isComplement(start, r.span())).toList();
        // "“Avenatti is a third rate lawyer…” Trump wrote. He rejected…": a name inside the quote is not its speaker.
        List<MentionIndex.Ref> outside = named.stream().filter(r -> !insideQuote(start, r.span().start())).toList();
        List<MentionIndex.Ref> candidates = outside.isEmpty() ? named : outside;
        // A name known to be a woman's beats one of unknown gender for "she" (and a man's for "he").
        NameGender.Gender wanted = pronoun.startsWith("s") || pronoun.equals("her") ? NameGender.Gender.FEMALE
                : NameGender.Gender.MALE;
        return candidates.stream().filter(r -> NameGender.of(r.entity().name()) == wanted).findFirst()
                .orElse(candidates.isEmpty() ? last : candidates.get(0));
    }

    /** Whether a quotation opened between {@code from} and {@code offset} is still open there. */
    private boolean insideQuote(int from, int offset) {
        int open = 0;
        int straight = 0;
        for (int i = from; i < offset; i++) {
            char c = text.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return open > 0 || straight % 2 == 1;
    }

    private int sentenceStart(int offset) {
        for (int i = offset - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == ' ') && ".!?".indexOf(text.charAt(i - 1)) >= 0
                    && !Character.isUpperCase(text.charAt(Math.max(0, i - 2))))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * For "according to O'Hanlon the US needs…" (no comma to end the name): the entity named first
     * in the words, when it starts them.
     */
    Source leadingEntity(int from, int to, CharSpan cue, String how) {
        int[] region = trim(from, to);
        if (region == null) {
            return null;
        }
        return mentions.within(region[0], Math.min(to, region[0] + 60)).stream()
                .filter(r -> r.span().start() - region[0] <= 4 && r.entity().type() != EntityType.LOCATION)
                .findFirst().map(r -> fromEntity(r, cue, 0.7, how + ": " + quoteOf(r.span()))).orElse(null);
    }

    /** The first media outlet named in {@code [from, to)} outside the given spans (quoted headlines), or null. */
    Source firstOutlet(int from, int to, List<CharSpan> outside, CharSpan cue, String how) {
        return mentions.within(from, to).stream()
                .filter(r -> r.entity().type() == EntityType.MEDIA_OUTLET)
                .filter(r -> outside.stream().noneMatch(o -> o.overlaps(r.span())))
                .findFirst().map(r -> fromEntity(r, cue, 0.75, how + ": " + quoteOf(r.span()))).orElse(null);
    }

    /** The source for an entity mention, typed by what the entity is. */
    Source fromEntity(MentionIndex.Ref ref, CharSpan cue, double confidence, String reason) {
        Entity entity = ref.entity();
        return new Source(typeOf(entity.type()), entity.name(), entity.id(), List.of(), cue, confidence, reason);
    }

    static SourceType typeOf(EntityType type) {
        return switch (type) {
            case PERSON -> SourceType.NAMED_PERSON;
            case MEDIA_OUTLET -> SourceType.MEDIA_OUTLET;
            default -> SourceType.NAMED_ORGANIZATION;
        };
    }

    private Source institution(int from, String np, String head, CharSpan cue, String how) {
        MentionIndex.Ref named = mentions.lastBefore(from, from - REFERENT_WINDOW,
                e -> e.name().toLowerCase(Locale.ROOT).contains(head) || fits(head, e.type()));
        if (named != null && np.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return fromEntity(named, cue, 0.65, how + ": \"" + np + "\" = " + named.entity().name());
        }
        boolean indefinite = np.toLowerCase(Locale.ROOT).matches("(?:a|an|one)\\s.*");
        boolean outlet = OUTLET_HEADS.contains(head);
        if (indefinite && outlet) {
            // "A British newspaper alleges…" names the paper a sentence or two later ("A jihad group explained" names
            // no group: al-Qaeda named further on is not it).
            MentionIndex.Ref ahead = mentions.within(from, Math.min(text.length(), from + REFERENT_WINDOW / 3)).stream()
                    .filter(r -> fits(head, r.entity().type())).findFirst().orElse(null);
            if (ahead != null) {
                return fromEntity(ahead, cue, 0.55, how + ": \"" + np + "\" = " + ahead.entity().name() + ", named after");
            }
        }
        if (indefinite) {
            return new Source(SourceType.ANONYMOUS, np, null, List.of(), cue, 0.6, how + ": \"" + np + "\", unnamed");
        }
        SourceType type = outlet ? SourceType.MEDIA_OUTLET : SourceType.NAMED_ORGANIZATION;
        return new Source(type, np, null, List.of(), cue, 0.6, how + ": \"" + np + "\"");
    }

    /** A paper the article brings in as a document: "a three-page policy paper", "a white paper", "a research paper". */
    private static final Pattern PAPER_INTRODUCED = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}"
            + "(?:policy|white|research|position|discussion|working|strategy|briefing|academic|scientific|green)\\s+paper\\b");

    /** "issued a statement", "put out a video" right before a participle of saying, at the end of its subject. */
    private static final Pattern ISSUED_DOCUMENT = Pattern.compile("(?i)\\s+(?:issued|released|put out|published|posted"
            + "|sent out|sent)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:statement|post|tweet|video|message|letter|communiqu[eé]"
            + "|press release)\\s*$");

    private static final Set<String> OUTLET_HEADS = Set.of("newspaper", "paper", "broadsheet", "channel", "network",
            "outlet", "website", "site");

    private static boolean fits(String head, EntityType type) {
        return switch (head) {
            case "newspaper", "paper", "broadsheet", "channel", "network", "outlet", "website", "site", "agency" ->
                    type == EntityType.MEDIA_OUTLET;
            case "group", "organisation", "organization", "conference", "committee", "coalition", "council", "company",
                 "firm", "party", "movement", "alliance", "campaign", "militia" ->
                    type == EntityType.ORGANIZATION || type == EntityType.ARMED_GROUP;
            case "government", "ministry", "administration", "regime", "kremlin", "pentagon", "embassy" ->
                    type == EntityType.STATE_OR_GOVERNMENT;
            case "army", "military" -> type == EntityType.ARMED_GROUP || type == EntityType.STATE_OR_GOVERNMENT;
            default -> false;
        };
    }

    /** Mentions that can speak: not possessors, not complements, not places (unless they stand alone). */
    private List<MentionIndex.Ref> speakers(int from, int to, String words) {
        return mentions.within(from, to).stream()
                .filter(r -> !isPossessive(r.span()))
                .filter(r -> !isComplement(from, r.span()))
                .filter(r -> r.entity().type() != EntityType.LOCATION
                        || stripDeterminer(words.trim()).equals(r.span().of(text)))
                .toList();
    }

    /** The body a spokesperson's words name: a modifier before the noun, or the first body after "for". */
    private MentionIndex.Ref bodySpokenFor(List<MentionIndex.Ref> inNp, int npEnd, int to) {
        // ("a Muslim spokesman": a faith named as if it were a body speaks for no one)
        java.util.function.Predicate<MentionIndex.Ref> body = r -> isBody(r.entity())
                && !FAITH_WORDS.contains(r.span().of(text).strip());
        MentionIndex.Ref modifier = inNp.stream().filter(body).reduce((a, b) -> b).orElse(null);
        if (modifier != null) {
            return modifier;
        }
        Matcher forBody = SPOKESPERSON_FOR.matcher(text).region(npEnd, to);
        return forBody.lookingAt() ? mentions.within(forBody.end(), to).stream().findFirst().filter(body).orElse(null)
                : null;
    }

    private static final Set<String> FAITH_WORDS = Set.of("Muslim", "Islamic", "Christian", "Catholic", "Jewish",
            "Protestant", "Sunni", "Shia", "Shiite", "Hindu", "Buddhist", "Evangelical");
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("\\s+for\\s+(?:the\\s+)?");

    /** "it is believed", "it was widely reported": an impersonal passive of saying or thinking. */
    private static final Pattern IMPERSONAL_PASSIVE = Pattern.compile("(?i)\\s*(?:is|was|has\\s+been|had\\s+been|'s|’s)"
            + "\\s+(?:(?:widely|also|now|further|generally|often)\\s+)?(?:reported|said|believed|thought|feared"
            + "|understood|alleged|claimed|revealed|announced|rumou?red|expected|known|suggested)\\b");
    /** "it would also explain", "it confirms", "it tells us": an argument's evidence, not a speaker. */
    private static final Pattern EVIDENTIAL_AFTER = Pattern.compile("(?i)\\s*(?:(?:would|could|might|may|also|further"
            + "|only|clearly)\\s+)*(?:suggest|show|confirm|explain|remind|tell|mean|indicate|prove|demonstrate|add)s?\\b");

    /** Abbreviated titles written before names, as the role nouns that stand for them later. */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("rep", "congressman"), Map.entry("gov", "governor"), Map.entry("gen", "general"),
            Map.entry("col", "colonel"), Map.entry("maj", "major"), Map.entry("adm", "admiral"),
            Map.entry("sgt", "sergeant"), Map.entry("amb", "ambassador"), Map.entry("dr", "doctor"),
            Map.entry("pres", "president"), Map.entry("supt", "superintendent"), Map.entry("det", "detective"));

    /**
     * Whether the words right before a name are the role ("Sen. Mazie Hirono" for "senator", "Inspector General
     * Michael Horowitz" for "inspector general"; not "Attorney General Loretta Lynch" for "inspector general").
     */
    /** The last person before {@code before} whom the text introduced with the role word ("attorney Jane Roe"). */
    private MentionIndex.Ref namedAs(String role, int before) {
        Pattern introduced = Pattern.compile("(?i)\\b" + role + "\\s*,?\\s*$");
        return mentions.within(Math.max(0, before - REFERENT_WINDOW), before).stream()
                .filter(r -> r.entity().type() == EntityType.PERSON && introduced.matcher(
                        text.substring(Math.max(0, r.span().start() - 30), r.span().start())).find())
                .reduce((first, second) -> second).orElse(null);
    }

    private boolean titledAs(CharSpan name, String role) {
        String[] roleWords = role.trim().split("\\s+");
        int end = name.start();
        for (int i = roleWords.length - 1; i >= 0; i--) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            String word = text.substring(start, end).replace(".", "").toLowerCase(Locale.ROOT);
            if (!TITLE_ABBREVIATIONS.getOrDefault(word, word).equals(roleWords[i])) {
                return false;
            }
            end = start;
        }
        return true;
    }

    private static MentionIndex.Ref preferPerson(List<MentionIndex.Ref> refs) {
        return refs.stream().filter(r -> r.entity().type() == EntityType.PERSON).findFirst().orElse(refs.get(0));
    }

    private MentionIndex.Ref appositiveAfter(int npEnd, int to) {
        if (npEnd >= to || text.charAt(npEnd) != ',') {
            return null;
        }
        int next = text.indexOf(',', npEnd + 1);
        int end = next < 0 || next > to ? to : next;
        return mentions.within(npEnd, end).stream()
                .filter(r -> !isPossessive(r.span()) && r.entity().type() == EntityType.PERSON)
                .findFirst().orElse(null);
    }

    private int lastNonSpace(int end) {
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private boolean isPossessive(CharSpan span) {
        int end = span.end();
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (end + 1 >= text.length() || text.charAt(end + 1) == 's' || !Character.isLetter(text.charAt(end + 1)));
    }

    /** True for "Assange" in "lawyers for Assange and Manafort": a complement of the head, not the subject. */
    private boolean isComplement(int from, CharSpan span) {
        String before = text.substring(from, span.start()).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(?:for|of|from|to|with|about|against|near|close to|familiar with|in|at|on|by"
                + "|over|under)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+(?:and|or)\\s+(?:the\\s+)?)?$")
                && !before.matches(".*\\b(?:statement|report|interview|investigation|estimate|study) by\\s+(?:the\\s+)?$");
    }

    private int[] trim(int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '.') {
            to--;
        }
        Matcher dateline = DATELINE.matcher(text.substring(from, to));
        if (dateline.find()) {
            from += dateline.end();
        }
        for (int step = 0; step < 3 && from < to; step++) {
            String first = Cues.nextWord(text, from).toLowerCase(Locale.ROOT);
            if (!LEADERS.contains(first)) {
                break;
            }
            int comma = text.indexOf(',', from);
            if (comma > 0 && comma < to - 1 && !first.equals("and") && !first.equals("but") && !first.equals("so")
                    && !first.equals("which")) {
                from = comma + 1;
            } else {
                from += first.length();
            }
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        // "On Monday the department announced": the day before the subject is not part of it.
        Matcher time = TIME_LEAD.matcher(text).region(from, to);
        if (time.lookingAt() && time.end() < to) {
            from = time.end();
        }
        // "The Florida Department of State last week asked": the time after the subject is not part of it either.
        Matcher timeAfter = TIME_TAIL.matcher(text).region(from, to);
        if (timeAfter.find() && timeAfter.start() > from) {
            to = timeAfter.start();
        }
        // Trailing adverbs and auxiliaries: "he also", "Tedros has".
        boolean trimmed = true;
        while (trimmed && to > from) {
            trimmed = false;
            String last = Cues.previousWord(text, to).toLowerCase(Locale.ROOT);
            if (TRAILING_ADVERBS.contains(last) || (last.endsWith("ly") && last.length() > 4 && !Character.isUpperCase(
                    Cues.previousWord(text, to).charAt(0)))) {
                int cut = text.lastIndexOf(Cues.previousWord(text, to), to);
                if (cut > from) {
                    to = cut;
                    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                        to--;
                    }
                    trimmed = true;
                }
            }
        }
        return from < to ? new int[] {from, to} : null;
    }

    private static int firstNounPhraseLength(String words) {
        Matcher boundary = NP_BOUNDARY.matcher(words);
        while (boundary.find()) {
            // "Secretary of State", "Bank for International Settlements": a preposition inside a name.
            String after = words.substring(boundary.end()).trim();
            String prev = lastWord(words.substring(0, boundary.start()));
            boolean insideName = boundary.group().trim().matches("for|of|on|in") && !after.isEmpty()
                    && Character.isUpperCase(after.charAt(0)) && !prev.isEmpty() && Character.isUpperCase(prev.charAt(0));
            if (!insideName && boundary.start() > 0) {
                return boundary.start();
            }
        }
        return words.length();
    }

    private static boolean isBody(Entity e) {
        return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MEDIA_OUTLET
                || e.type() == EntityType.STATE_OR_GOVERNMENT || e.type() == EntityType.ARMED_GROUP;
    }

    private static boolean anyWord(String phrase, java.util.function.Predicate<String> test) {
        for (String word : phrase.split("[\\s,]+")) {
            if (test.test(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1].replaceAll("[^\\p{L}-]", "");
    }

    private static String stripDeterminer(String phrase) {
        return phrase.replaceFirst("(?i)^(?:the|a|an)\\s+", "").trim();
    }

    private String quoteOf(CharSpan span) {
        return "\"" + span.of(text) + "\"";
    }
}
