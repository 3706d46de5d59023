package org.newslens.analyzers.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.Token;

/**
 * Finds knowledge-base aliases in a sentence, longest match first, on token boundaries. A place
 * alias ("Moscow") counts as the government only where it is not a place: not after "in", "to",
 * "from", "near"... and not before "province", "countryside"... Thread-safe.
 */
public final class AliasMatcher {

    /** A knowledge-base actor named at a span. */
    public record Match(CharSpan span, Actor actor) {
    }

    private record Entry(Actor actor, String alias, boolean place) {
    }

    private static final int MAX_ALIAS_TOKENS = 10;
    private static final Set<String> LOCATIVES = Set.of("in", "into", "to", "from", "at", "near", "outside", "inside",
            "around", "toward", "towards", "across", "through", "of", "via", "reached", "entered", "left", "visited",
            "visit", "downtown", "central", "suburbs", "native", "greater", "outer", "northern", "southern", "eastern",
            "western",
            // the object of a strike or a siege is the city, not its government: "shelling hit Damascus"
            "hit", "shelled", "bombed", "struck", "besieged", "stormed", "encircled", "captured", "liberated", "seized");
    private static final Set<String> PLACE_FOLLOWERS = Set.of("governorate", "province", "countryside", "airport",
            "university", "city", "suburbs", "state", "district", "outskirts", "area", "region", "county", "streets");

    private final Map<String, List<Entry>> byForm = new HashMap<>();
    /** Every leading part of every alias form, so a growing token sequence stops as soon as no alias starts so. */
    private final Set<String> prefixes = new HashSet<>();

    public AliasMatcher(ActorKnowledgeBase kb) {
        for (Actor actor : kb.actors()) {
            add(actor, actor.name(), false);
            actor.aliases().forEach(alias -> add(actor, alias, false));
            actor.placeAliases().forEach(alias -> add(actor, alias, true));
        }
    }

    private void add(Actor actor, String alias, boolean place) {
        String form = AliasForm.normalise(alias);
        if (form.isEmpty()) {
            return;
        }
        byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(new Entry(actor, alias, place));
        // Every leading part, not only those cut at a space: "Iran's Army" grows from the token "Iran".
        for (int end = 1; end < form.length(); end++) {
            prefixes.add(form.substring(0, end).strip());
        }
    }

    public List<Match> find(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean shouting = isMostlyCapitals(sentence.span().of(text));
        // The longest name wins wherever it starts: "the Islamic State of Iraq and Syria" is one name, not
        // "the Islamic State" followed by two places.
        List<Match> candidates = new ArrayList<>();
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            forms[i] = AliasForm.normalise(tokens.get(i).span().of(text));
        }
        for (int i = 0; i < tokens.size(); i++) {
            // Grow the name token by token, as AliasForm would write the whole surface, while some alias starts so.
            StringBuilder form = new StringBuilder();
            Match longest = null;
            for (int n = 1; n <= MAX_ALIAS_TOKENS && i + n <= tokens.size(); n++) {
                int k = i + n - 1;
                boolean gap = n > 1 && tokens.get(k - 1).end() < tokens.get(k).start();
                // A hyphen token ("al" "-" "Zahra") normalises to nothing: it stands for the space AliasForm puts there.
                if ((gap || forms[k].isEmpty()) && form.length() > 0 && form.charAt(form.length() - 1) != ' ') {
                    form.append(' ');
                }
                form.append(forms[k]);
                String key = form.toString().strip();
                CharSpan span = new CharSpan(tokens.get(i).start(), tokens.get(k).end());
                Entry entry = accepted(byForm.get(key), span.of(text), shouting);
                if (entry != null && entry.actor().type() == EntityType.ORGANIZATION && i > 0
                        && continuesNameBefore(text, tokens, i)) {
                    // "the Social Democratic Party", "the Alliance for Young Democrats": another body's longer name
                    entry = null;
                }
                if (entry != null) {
                    longest = !entry.place() || !isPlaceHere(text, tokens, i, k + 1)
                            ? new Match(withoutTrailingHyphen(text, span), entry.actor()) : new Match(span, null);
                }
                if (!prefixes.contains(key)) {
                    break;
                }
            }
            if (longest != null) {
                candidates.add(longest);
            }
        }
        candidates.sort(java.util.Comparator.comparingInt((Match m) -> -m.span().length()));
        List<Match> chosen = new ArrayList<>();
        for (Match candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.removeIf(m -> m.actor() == null); // a place name used as a place: left to the recogniser
        chosen.sort(java.util.Comparator.comparing(Match::span));
        return chosen;
    }

    /** "United Nations-mediated": the name without the hyphen. */
    private static CharSpan withoutTrailingHyphen(String text, CharSpan span) {
        int end = span.end();
        while (end > span.start() + 1 && "-‐‑–".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new CharSpan(span.start(), end);
    }

    private static Entry accepted(List<Entry> entries, String surface, boolean shouting) {
        if (entries == null) {
            return null;
        }
        for (Entry entry : entries) {
            String alias = entry.alias();
            if (AliasForm.isAcronym(alias)) {
                if (!shouting && surface.replace(".", "").equals(alias.replace(".", ""))) {
                    return entry;
                }
            } else if (AliasForm.needsCapital(alias)
                    ? Character.isUpperCase(AliasForm.withoutArticle(surface).charAt(0))
                    // "a vital foreign policy tool" is not the magazine Foreign Policy: an outlet's name needs a
                    // capital in the text (a government's need not: "the state department said").
                    : entry.actor().type() != org.newslens.core.model.EntityType.MEDIA_OUTLET || hasCapital(surface)) {
                return entry;
            }
        }
        return null;
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isPlaceHere(String text, List<Token> tokens, int from, int to) {
        if (isPossessiveOfAct(text, tokens, to)) {
            return false; // "the crosshairs of Washington's reimposition of sanctions": the government acts
        }
        if (from > 0 && LOCATIVES.contains(tokens.get(from - 1).span().of(text).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (isDateline(text, tokens, from, to)) {
            return true; // "DAMASCUS, Syria (Reuters) -": where the story was filed
        }
        if (isAddressEnd(text, tokens, from, to)) {
            return true; // "at Aras an Uachtarain in Phoenix Park, Dublin": the town that ends an address
        }
        if (to < tokens.size() && isNamePart(text, tokens, from, to)) {
            return true; // "the Washington Institute for Near East Policy", "the Moscow Times": part of another name
        }
        return to < tokens.size() && PLACE_FOLLOWERS.contains(tokens.get(to).span().of(text).toLowerCase(Locale.ROOT));
    }

    /** After a comma and a capitalised name, and last in its sentence or line: "Phoenix Park, Dublin". */
    private static boolean isAddressEnd(String text, List<Token> tokens, int from, int to) {
        if (from < 2 || !tokens.get(from - 1).span().of(text).equals(",")) {
            return false;
        }
        String before = tokens.get(from - 2).span().of(text);
        boolean ends = to >= tokens.size() || tokens.get(to).span().of(text).matches("[.,;]")
                || text.substring(tokens.get(to - 1).span().end(), tokens.get(to).span().start()).contains("\n");
        return ends && Character.isUpperCase(before.charAt(0)) && before.chars().anyMatch(Character::isLowerCase);
    }

    /** "Washington's reimposition", "Moscow's decision": the name owns a common noun that is no part of a town. */
    private static boolean isPossessiveOfAct(String text, List<Token> tokens, int to) {
        if (to + 1 >= tokens.size()) {
            return false;
        }
        String mark = tokens.get(to).span().of(text);
        String noun = tokens.get(to + 1).span().of(text);
        return (mark.equals("'s") || mark.equals("’s")) && tokens.get(to - 1).end() == tokens.get(to).start()
                && Character.isLowerCase(noun.charAt(0)) && !PLACE_FOLLOWERS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** The alias opens its line and a dash follows, after a country or an agency perhaps: a dateline. */
    private static boolean isDateline(String text, List<Token> tokens, int from, int to) {
        int start = tokens.get(from).span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank()) {
            return false;
        }
        return org.newslens.analyzers.text.Datelines.followsTown(text, tokens.get(to - 1).span().end());
    }

    /** Words that may stand capitalised before an organisation's name without being part of it. */
    private static final Set<String> NAME_LEADS = Set.of("The", "A", "An", "Both", "Many", "Some", "Most", "All", "Top",
            "Senior", "Leading", "Former", "Rival", "Fellow", "House", "Senate", "Congressional", "If", "When", "And", "But",
            "As", "While", "After", "Before", "Since", "Because", "Although", "Though", "Even", "So", "Then", "Now", "Yet",
            // a branch of the body, not another body: "State Democratic Party legislators"
            "State", "Local");

    /** A capitalised word right before the alias, on the same line, begins a longer proper name. */
    private static boolean continuesNameBefore(String text, List<Token> tokens, int from) {
        String previous = tokens.get(from - 1).span().of(text);
        String between = text.substring(tokens.get(from - 1).span().end(), tokens.get(from).span().start());
        return previous.length() > 1 && Character.isUpperCase(previous.charAt(0))
                && Character.isLowerCase(previous.charAt(previous.length() - 1)) && between.equals(" ")
                && !NAME_LEADS.contains(previous) && !isTitleCase(text, tokens.get(from).span().start());
    }

    /** A capitalised word right after the alias, on the same line, continues a longer proper name. */
    private static boolean isNamePart(String text, List<Token> tokens, int from, int to) {
        String next = tokens.get(to).span().of(text);
        String between = text.substring(tokens.get(to - 1).span().end(), tokens.get(to).span().start());
        return Character.isUpperCase(next.charAt(0)) && next.length() > 1 && Character.isLetter(next.charAt(1))
                && Character.isLowerCase(next.charAt(next.length() - 1)) && between.equals(" ")
                && !isMostlyCapitals(text.substring(tokens.get(from).span().start(), tokens.get(to).span().end()))
                && !isTitleCase(text, tokens.get(to).span().start());
    }

    /** A headline in title case ("Moscow and Washington Reach an Understanding"): every word is capitalised. */
    private static boolean isTitleCase(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end);
        int words = 0;
        int capitalised = 0;
        for (String word : line.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalised >= 0.6 * words;
    }

    private static boolean isMostlyCapitals(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 12 && upper * 10 > letters * 6;
    }
}
