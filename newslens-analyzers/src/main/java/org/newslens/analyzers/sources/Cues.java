package org.newslens.analyzers.sources;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that attribute speech and claims to a source, and the nouns that name a source
 * without naming who it is. English news usage; kept in one place so that quotes and claims agree.
 */
final class Cues {

    /** Verbs of saying that take a quote or a reported clause. */
    private static final String SPEECH = "says?|said|saying|tell|tells|told|telling|add|adds|added|adding|states?|stated"
            + "|announce[sd]?|announcing|declare[sd]?|explain(?:s|ed)?|note[sd]?|noting|write|writes|wrote|mention(?:s|ed)?"
            + "|warn(?:s|ed)?|warning|argue[sd]?|arguing|claim(?:s|ed)?|insist(?:s|ed)?|insisting|stress(?:es|ed)?"
            // "issued a statement claiming that …", "Trump backed off, declaring the US will stop" (a document's
            // participle, or one after a comma: "captured on video … and stating" leaves the sentence on the writer),
            // "made it clear why al-Qaeda sought to attack the US"
            + "|(?<=(?:statement|post|tweet|video|message|letter|release|,) )(?:claiming|stating|declaring|explaining)"
            + "|ma(?:de|kes?|king) (?:it )?clear(?=\\s+(?:that|why|how|what|to)\\b)"
            + "|tweet(?:s|ed)?|report(?:s|ed)?|vow(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?"
            + "|acknowledge[sd]?|admit(?:s|ted)?|confirm(?:s|ed)?|den(?:y|ies|ied)|allege[sd]?|assert(?:s|ed)?"
            + "|concede[sd]?|suggest(?:s|ed)?|predict(?:s|ed)?|recall(?:s|ed)|urge[sd]?|denounce[sd]?|question(?:s|ed)|reveal(?:s|ed)?"
            + "|conclude[sd]?|estimate[sd]?|observe[sd]?|remark(?:s|ed)?|comment(?:s|ed)?|indicate[sd]?"
            + "|emphasi[sz]e[sd]?|maintain(?:s|ed)?|counter(?:s|ed)|lament(?:s|ed)?|complain(?:s|ed)?"
            + "|caution(?:s|ed)?|boast(?:s|ed)?|pointed (?:out|to)|voiced|accuse[sd]?|alleging|blast(?:s|ed)?"
            + "|quip(?:s|ped)?|joke[sd]?|ask(?:s|ed)?|continue[sd]?|pleaded|promise[sd]?|threaten(?:s|ed)?"
            + "|reaffirm(?:s|ed)?|reiterate[sd]?|advise[sd]?|relate[sd]?(?=\\s+that\\b)|remind(?:s|ed)?(?=(?:\\s+\\S+){0,3}\\s+that\\b)"
            // "agreed that Sessions cannot stop it", "cast doubt on whether …"
            + "|agree[sd]?(?=\\s+that\\b)|cast(?:s|ing)? doubt(?=\\s+on\\b)"
            + "|repeats|repeated|contend(?:s|ed)?|contending|reads?(?=:\\s*$)|read(?=:\\s*$)|shouted|yelled|screamed|exclaimed|chant(?:s|ed|ing)|uttered|utters|recounted|testified(?=\\s+that\\b)|puts it|put it(?=\\s*:)"
            // "Trump made clear that …", "she made it clear that …"
            + "|(?:made|makes) (?:it )?clear(?=(?:\\s+[\\w,]+){0,5}?\\s+that\\b)";
    /** Verbs of belief, which attribute a claim to a third party but never a quote. */
    private static final String BELIEF = "think(?![-‐ ]tanks?\\b)|thinks|thought|believes?|believed|suspects?|suspected|fears?|feared|speculated"
            + "|expects?|expected|hopes?|shows|showed(?!\\s+(?:him|her|them|us|me|\\p{Lu}\\w+)\\s+(?:the|a|an|his|her|their)\\b)"
            // ("Trump showed Kim the movie": a thing shown to someone, no evidence)
            + "|show(?=\\s+that\\b)|consider(?:s|ed)?(?=\\s+that\\b)"
            // "The DUP has condemned the proposals because …": a stance with its reasons, never a quote's frame
            // ("the “worker-priest” movement that Pius XII had condemned"); not "calls to condemn"
            + "|(?<!\\bto\\s)condemn(?:s|ed)?(?!\\s+to\\b)";

    private static final Pattern PARTICIPLE_BEFORE_INFINITIVE = Pattern.compile(
            "believed|thought|suspected|feared|expected|reported|said|alleged|known");
    /** A frame closing the sentence, subject first: "…, the ministry said.", "…, it said, citing a notification." */
    static final Pattern TAIL_SUBJECT_FIRST = Pattern.compile(
            ",\\s*(?<subj>[^,;:\"“”]{1,60}?)\\s+(?<cue>said|says|told \\w+|added|adds|wrote|writes|reported|reports"
                    + "|warned|stated|claimed|claims|insisted|explained|noted|tweeted|announced|confirmed|alleged"
                    + "|argued|estimated|believes?|thinks?)(?:,?(?:\\s+[\\w.-]+){0,8}"
                    // "..., state media said, the latest gain in an offensive that has driven...": an appositive after it
                    // "…, it said, citing a notification to the ministry as of May 3.": a participle adds to it
                    + "|,\\s+(?:the|a|an|amid|adding|saying|citing|describing|quoting|referring|without)\\s[^;:\"“”]{0,220}?)"
                    + "\\s*[.!…]*[\\s\"”’]*$");
    /** The speech verbs as a regex alternation, for patterns built elsewhere. */
    static final String SPEECH_ALTERNATION = SPEECH;
    /** Verbs that frame a quoted label rather than a statement: "called the story “totally false”". */
    static final Pattern LABEL_VERB = Pattern.compile("\\b(?:called|calls|calling|dubbed|described|describes|labell?ed"
            + "|branded|termed|denounced|slammed|decried"
            // "dismissed the claim as “…”", "praised him as “a role model”", not "rejected the “Great” deal": these
            // only with "as" before the quote
            + "|(?:dismissed|dismisses|rejected|rejects|derided|ridiculed|praised|praises|hailed|hails|lauded|lauds"
            // "referred to it as an “immigrant zone”", "defines his beliefs as “…”"
            // (not the passive "sometimes referred to as “collusion”", which has no speaker)
            + "|(?<!(?:is|are|was|were|be|been|being|sometimes|often|commonly|also|usually)\\s)"
            + "(?:referred to|refers to|defines|defined|characteri[sz]ed|characteri[sz]es|portrayed|portrays))"
            + "(?=(?:\\s+[^\\s“”\"]+){0,6}\\s+as(?:\\s+(?:a|an|the))?\\s*$))\\b",
            Pattern.CASE_INSENSITIVE);
    // Lower case only: "Islamic State" and "Says Who" are not verbs of saying.
    static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:" + SPEECH + ")\\b");
    static final Pattern CLAIM_VERB = Pattern.compile("\\b(?:" + SPEECH + "|" + BELIEF + ")\\b");
    /** Speech verbs that frame a quote but do not by themselves attribute a claim ("continued", "asked"). */
    static final Pattern QUOTE_ONLY_VERB = Pattern.compile("^(?:continue[sd]?|ask(?:s|ed)?|joke[sd]?|quip(?:s|ped)?"
            + "|blast(?:s|ed)?|pleaded|promise[sd]?|threaten(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied)"
            + "|answer(?:s|ed)?|vow(?:s|ed)?|urge[sd]?|shouted|yelled|screamed|exclaimed|chant(?:s|ed|ing)|uttered|utters)$");
    /** Verbs that commit the speaker to a course: with an infinitive they report what he said he would do. */
    static final Pattern PLEDGE_VERB = Pattern.compile("^(?:promise[sd]?|threaten(?:s|ed)?|vow(?:s|ed)?)$");
    /** Verbs of crying out: what is cried is no statement of the crier's ("shouted “Allahu Akbar”"). */
    static final Pattern CRY_VERB = Pattern.compile("^(?:shouted|yelled|screamed|exclaimed|chant(?:s|ed|ing))$");
    static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:according to|citing|as cited by|as reported by)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "RIA quoted Lavrov as saying": the outer names an intermediary, the inner the source. */
    static final Pattern QUOTED_AS_SAYING = Pattern.compile(
            "\\b(?:quoted|quoting|cited|citing)\\s+(?<inner>[^.;:!?]{1,120}?)\\s+as\\s+(?:saying|telling|stating"
                    + "|writing|claiming|warning|adding|confirming)\\b", Pattern.CASE_INSENSITIVE);
    /** Hedges that put a claim on unnamed sources without a speech verb. */
    static final Pattern ANONYMOUS_HEDGE = Pattern.compile("\\b(?:reportedly|allegedly|it is (?:reported|said|claimed)"
            + "|is said to|are said to|was said to|reports (?:emerged|said|say|suggest)|rumou?rs? (?:say|said|has it)"
            + "|purportedly"
            // "He is accused of …", "50 workers are believed to have died": whoever accuses or believes is unnamed
            // (not in a relative clause: "injuries, which were suspected of being caused by …" leaves the sentence the writer's)
            + "|(?<!\\b(?:which|who|that)\\s)(?:is|are|was|were|been|being)\\s+(?:also\\s+|widely\\s+|now\\s+|still\\s+)?(?:accused|alleged|believed"
            + "|suspected|thought|said|reported|rumou?red)\\s+(?:to|of)\\b(?!\\s+(?:the|a|an|his|her|their)\\s+(?:group|people|public)\\b))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Heads of noun phrases that describe a source without naming it. */
    private static final Set<String> ANONYMOUS_NOUNS = Set.of("source", "sources", "official", "officials", "resident",
            "residents", "witness", "witnesses", "activist", "activists", "observer", "observers", "expert", "experts",
            "analyst", "analysts", "diplomat", "diplomats", "insider", "insiders", "people", "person", "scientist",
            "scientists", "researcher", "researchers", "team", "authorities", "critics", "media",
            "lawyer", "lawyers", "caller", "spokesman", "spokeswoman", "spokesperson", "doctor", "doctors", "medics",
            "aides", "aide", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors",
            "investigators", "commentators", "locals", "villagers", "refugees",
            "relatives", "families", "journalists", "correspondent", "authors", "someone", "many", "some", "others",
            "woman", "women", "man", "men", "friend", "friends", "neighbor", "neighbors", "neighbour", "neighbours",
            "colleague", "colleagues", "employee", "employees", "worker", "workers", "staff", "member", "members",
            "soldier", "soldiers", "fighter", "fighters", "victim", "victims", "survivor", "survivors", "student",
            "students", "teacher", "teachers", "user", "users", "resident's", "reporters", "aide's", "representative",
            "representatives", "one", "prosecutors", "prosecutor", "officers", "investigator", "detectives", "agents",
            "attorney", "attorneys", "family", "relative", "police officials", "nurse", "nurses", "medic", "paramedics",
            // unnamed fighters and crowds: "Rebels said they had repelled an attack"
            "rebels", "militants", "insurgents", "jihadists", "gunmen", "protesters", "demonstrators",
            "rescuers", "monitors", "volunteers", "campaigners",
            // one of them: "according to an Iraqi army officer who spoke on condition of anonymity"
            "officer", "commander", "rebel", "militant", "policeman", "guard",
            // people met at the scene: "The manager of a local garage said he had called the police"
            "manager", "owner", "shopkeeper", "driver", "passenger", "passengers", "customer", "customers", "bystander",
            "bystanders", "onlooker", "onlookers", "eyewitness", "eyewitnesses", "parent", "parents", "landlord");
    /** Heads of noun phrases that stand for an organisation mentioned before ("the group said"). */
    private static final Set<String> INSTITUTION_NOUNS = Set.of("group", "embassy", "ministry", "government", "army",
            "military", "agency", "newspaper", "paper", "broadsheet", "channel", "network", "outlet", "website",
            "site", "campaign", "committee", "conference", "coalition", "council", "court", "company", "firm",
            "organisation", "organization", "party", "police", "department", "office", "administration", "movement",
            "alliance", "militia", "statement", "regime", "kremlin", "pentagon", "commission", "bureau", "service",
            "library");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "these", "those", "this", "that", "such", "no", "any");
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "are", "is", "were", "was", "will",
            "would", "can", "could", "of", "and", "emerged", "suggest", "say");
    /** Base forms that are far more often nouns: a verb only after a subject pronoun or an auxiliary. */
    private static final Set<String> NOUN_LIKE = Set.of("report", "claim", "comment", "remark", "answer", "question",
            "note", "state", "post", "tweet", "estimate", "warning", "promise");
    /** Nouns "state" modifies: "state media", "state television", "state-run". */
    private static final Set<String> STATE_COMPOUNDS = Set.of("media", "television", "tv", "radio", "news", "agency",
            "broadcaster", "newspaper", "press", "outlets", "officials", "department", "governments", "security",
            "prosecutors", "authorities", "lawmakers", "legislators", "-run", "run", "owned", "-owned");
    private static final Set<String> BEFORE_BASE_VERB = Set.of("to", "will", "would", "could", "can", "did", "do", "does",
            "they", "we", "i", "you", "not", "may", "might", "should", "must", "sources", "officials", "people",
            "residents", "analysts", "experts", "scientists", "researchers", "witnesses", "activists", "critics", "rebels",
            "militants", "protesters");

    private Cues() {
    }

    /** Titles and roles that make "the Brookings analyst" or "the envoy" a description of a person. */
    private static final Set<String> PERSON_ROLES = Set.of("envoy", "president", "minister", "secretary", "spokesman",
            "spokeswoman", "leader", "commander", "general", "ambassador", "senator", "governor", "mayor",
            "chancellor", "chief", "analyst", "adviser", "advisor", "negotiator", "director", "founder", "chairman",
            "chairwoman", "neighbor", "neighbour", "premier", "king", "emir", "prince", "sheikh", "cleric", "colonel",
            "lieutenant", "major", "captain", "expert", "professor", "economist", "historian", "candidate", "congressman",
            "congresswoman", "lawmaker", "mp", "deputy", "head", "boss", "ceo", "father", "mother", "wife", "husband",
            "son", "daughter", "brother", "sister", "attorney", "lawyer", "spokesperson",
            "aide", "friend", "girlfriend", "boyfriend", "partner", "pope", "cardinal", "patriarch", "imam",
            "ayatollah", "rabbi", "nominee", "judge", "sheriff");

    /** Nouns that describe one person by what they do or are to someone: "the Real Time host", "the Trump nemesis". */
    private static final Set<String> PERSON_DESCRIPTIONS = Set.of("host", "anchor", "presenter", "commentator",
            "columnist", "pundit", "nemesis", "critic", "ally", "rival", "veteran", "star", "actor", "actress", "comedian",
            "author", "writer", "editor", "politician", "billionaire", "businessman", "businesswoman", "tycoon", "mogul",
            "preacher", "pastor", "bishop", "priest", "singer", "rapper", "coach", "loyalist", "confidant", "protege",
            "protégé", "whistleblower", "accuser", "defendant", "plaintiff");

    static boolean isPersonDescription(String word) {
        return PERSON_DESCRIPTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPersonRole(String word) {
        return PERSON_ROLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAnonymousNoun(String word) {
        return ANONYMOUS_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isInstitutionNoun(String word) {
        return INSTITUTION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True when a cue word at {@code match} is used as a verb: "the claims are" and "reports have
     * begun" are nouns; "he claims" is a verb.
     */
    /** The last clause joined by "and"/"but": a capitalised name, then its verb, up to a comma at the end. */
    private static final Pattern LAST_COORDINATE_CLAUSE = Pattern.compile(
            "\\b(?:and|but)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)\\s+\\p{Ll}[^,;]*,\\s*$");

    /**
     * The name, in {@code subject} (the text before a speech verb), of the one a participle after a comma speaks
     * for: "Swisher meant Holder and Clinton corrected her, adding “…”" — Clinton, the subject of the last clause
     * joined by "and" — as {start, end}; null for other verbs and shapes ("criticized it and Soros, calling").
     */
    static int[] participleSubject(String subject, String verb) {
        if (!verb.endsWith("ing") || !subject.stripTrailing().endsWith(",")) {
            return null;
        }
        Matcher coordinated = LAST_COORDINATE_CLAUSE.matcher(subject);
        return coordinated.find() ? new int[] {coordinated.start(1), coordinated.end(1)} : null;
    }

    static boolean isVerbUse(String text, int start, int end) {
        String before = previousWord(text, start);
        // "corrected her, adding": a word across a comma determines nothing
        boolean acrossComma = text.substring(0, start).stripTrailing().endsWith(",");
        if (!acrossComma && (isDeterminer(before) || before.endsWith("'s") || before.endsWith("’s"))) {
            return false;
        }
        if (before.equalsIgnoreCase("own")) {
            return false; // "abandoning its own promises to ensure", "its own claims": a noun
        }
        // (not "The World Health Organization (WHO) said": the acronym is no relative pronoun)
        if (Set.of("who", "which", "Who", "Which").contains(before)) {
            return false; // a relative clause: "a man who claims he served"
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (PARTICIPLE_BEFORE_INFINITIVE.matcher(word).matches() && (text.startsWith(" to be ", end) || text.startsWith(" to have ", end))
                && !AUXILIARIES.contains(before.toLowerCase(Locale.ROOT))) {
            return false; // "a hospital believed to be used as a base": a participle, no one's belief
        }
        if (isPassive(text, start, word)) {
            return false; // "they were told to stay", "the only one mentioned by name": the subject hears, nobody speaks
        }
        if (word.equals("state") && (STATE_COMPOUNDS.contains(nextWord(text, end).toLowerCase(Locale.ROOT))
                || (end < text.length() && text.charAt(end) == '-'))) {
            return false; // "killing five people, state media reported": the state's media, no one stating
        }
        if (NOUN_LIKE.contains(word)) {
            return BEFORE_BASE_VERB.contains(before.toLowerCase(Locale.ROOT));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            String after = nextWord(text, end);
            return !AUXILIARIES.contains(after.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static final Set<String> BE_FORMS = Set.of("was", "were", "been", "being", "be", "is", "are", "am", "get",
            "gets", "got");
    private static final Set<String> HAVE_AND_MODALS = Set.of("have", "has", "had", "will", "would", "can", "could",
            "may", "might", "must", "should", "shall");
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("[a-z]+ed|told|shown|written|known|thought|said");
    private static final Pattern ADVERB = Pattern.compile("[a-z]+ly|also|then|not|never|later|since|already|often|once"
            + "|even|still|just|now|yet|first");

    /** Verbs whose passive with "by" names who said it: "had been told by his handlers", "was revealed by The Telegraph". */
    private static final Pattern REPORTING_PASSIVE = Pattern.compile("told|warned|reported|stated|announced|declared"
            + "|confirmed|denied|alleged|claimed|admitted|revealed|urged|advised|reminded|informed|assured|noted"
            + "|predicted|estimated|suggested|indicated|acknowledged|asserted|concluded|said|written|wrote");

    /** A passive with a form of "be" whose "by" names the speaker: "Campbell had been told by his FBI handlers". */
    static boolean isReportingPassive(String text, int start, String word) {
        return REPORTING_PASSIVE.matcher(word.toLowerCase(Locale.ROOT)).matches() && subjectOfPassive(text, start) != null;
    }

    /**
     * A speech verb used as a passive participle: after a form of "be" ("were told to", "was warned") or, for a
     * participle other than "said" ("said by phone"), before "by" ("the only one mentioned by name"). Impersonal
     * "it was reported that" is left to the caller, which reads "it" as unnamed sources.
     */
    static boolean isPassive(String text, int start, String word) {
        if (!PAST_PARTICIPLE.matcher(word).matches()) {
            return false;
        }
        String subject = subjectOfPassive(text, start);
        if (subject != null) {
            return !subject.equalsIgnoreCase("it"); // "it was reported that": impersonal, read by the caller
        }
        int after = start + word.length();
        // "He continued by stating": a manner, not an agent
        return !word.equals("said") && nextWord(text, after).equals("by")
                && !nextWord(text, text.indexOf("by", after) + 2).endsWith("ing");
    }

    /**
     * The word before the auxiliaries ahead of the participle at {@code start} ("they" in "they have also been told"),
     * where a form of "be" is among them; null where none is (no passive).
     */
    private static String subjectOfPassive(String text, int start) {
        boolean be = false;
        int at = start;
        String before = previousWord(text, at);
        for (int i = 0; i < 4 && !before.isEmpty(); i++) {
            String lower = before.toLowerCase(Locale.ROOT);
            if (BE_FORMS.contains(lower)) {
                be = true;
            } else if (!HAVE_AND_MODALS.contains(lower) && !ADVERB.matcher(lower).matches()) {
                break;
            }
            at = text.lastIndexOf(before, at - 1);
            before = at < 0 ? "" : previousWord(text, at);
        }
        return be ? before : null;
    }

    static String previousWord(String text, int before) {
        int end = before;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
    }

    static String nextWord(String text, int after) {
        int start = after;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
