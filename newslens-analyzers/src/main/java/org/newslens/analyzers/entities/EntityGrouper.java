package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.analyzers.actors.Actor;
import org.newslens.analyzers.actors.AliasForm;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;

/**
 * Groups an article's mentions into entities. Mentions of a knowledge-base actor form one entity
 * with the actor's canonical name, fine type and id {@code kb:<id>}. Other mentions group by type
 * and normalised name; a one-word person mention ("Lavrov") joins the one full name it ends, and
 * place names group without their Arabic article ("Ar Rastan" / "Rastan"). Their canonical name is
 * the longest mention and their id {@code type:slug}, the same in every article.
 */
final class EntityGrouper {

    /** A mention before grouping; {@code actor} is null when only the recogniser found it. */
    record RawMention(CharSpan span, EntityType type, double confidence, Actor actor) {
    }

    /** An organisation whose name ends in a word for a military force or unit. */
    private static final java.util.regex.Pattern ARMED_NAME = java.util.regex.Pattern.compile(
            "\\b(?:Fleet|Navy|Army|Brigades?|Battalions?|Regiment|Division|Marines|Militias?|Air Force|Special Forces"
            + "|Armed Forces|(?:Marine|Army|Guard|Infantry|Armou?red) Corps|Legion|Squadron|Guards)$");

    List<Entity> group(String text, List<RawMention> raw) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        Map<String, Map<EntityType, Integer>> typeVotes = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (RawMention m : raw) {
            if (raw.stream().anyMatch(o -> o.type() == m.type() && o.span().contains(m.span())
                    && o.span().length() > m.span().length())) {
                continue; // "H.R." of "H.R.\nMcMaster", a name the line break cut and a repair joined again
            }
            String surface = m.span().of(text);
            // One name, one entity: the recogniser may call "Al-Dumayr" a person once and a place once.
            String name = normalise(surface, EntityType.LOCATION);
            if (m.type() == EntityType.PERSON) {
                name = name.replaceFirst("^(?:mr|mrs|ms|miss|dr) (?=\\S)", ""); // "Mrs May" is the May named in full
            }
            if (name.isEmpty()) {
                continue;
            }
            String key = m.actor() != null ? "kb|" + m.actor().id() : "ner|" + name;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(m.span(), surface, m.confidence()));
            typeVotes.computeIfAbsent(key, k -> new java.util.EnumMap<>(EntityType.class))
                    .merge(m.actor() != null ? m.actor().type() : m.type(), 1, Integer::sum);
            if (m.actor() != null) {
                actors.put(key, m.actor());
            }
        }
        Map<String, EntityType> types = new LinkedHashMap<>();
        typeVotes.forEach((key, votes) -> types.put(key, majority(votes)));
        mergeSurnames(byKey, types);
        mergeBracketedAcronyms(text, byKey, types);
        mergeAcronyms(byKey, types);
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> entry : byKey.entrySet()) {
            List<Mention> mentions = new ArrayList<>(entry.getValue());
            mentions.sort(Comparator.comparing(Mention::span));
            Actor actor = actors.get(entry.getKey());
            EntityType type = types.get(entry.getKey());
            String name = actor != null ? actor.name() : canonicalName(mentions);
            if (actor == null && type == EntityType.LOCATION && isShouted(name) && mentions.stream()
                    .anyMatch(m -> text.substring(text.lastIndexOf('\n', m.start() - 1) + 1, m.start()).isBlank())) {
                name = unshouted(name);
            }
            if (type == EntityType.LOCATION && LOWER_CASE_DIRECTION.matcher(name).lookingAt()) {
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1); // "northern Syria" as a name
            }
            boolean oneWordPerson = type == EntityType.PERSON && !name.contains(" ");
            boolean newsSite = mentions.stream().anyMatch(m -> WEB_ADDRESS.matcher(cleanSurface(m.text())).find()
                    && PUBLISHING_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 80),
                    Math.min(text.length(), m.end() + 40))).find());
            // "Article posted with permission from The Washington Standard": whoever grants a reprint publishes.
            boolean reprintedFrom = mentions.stream().anyMatch(m -> REPRINTED_FROM.matcher(
                    text.substring(Math.max(0, m.start() - 60), m.start())).find());
            if (actor == null && (type == EntityType.ORGANIZATION || type == EntityType.LOCATION || oneWordPerson)
                    && reprintedFrom) {
                type = EntityType.MEDIA_OUTLET;
                name = WEB_ADDRESS.matcher(name).replaceFirst("");
            }
            // "The Kavkaz Center, a website operated by Chechen jihadists": described as an outlet
            boolean describedAsOutlet = mentions.stream().anyMatch(m -> OUTLET_APPOSITIVE.matcher(text)
                    .region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt());
            if (actor == null && (type == EntityType.ORGANIZATION || oneWordPerson)
                    && (MEDIA_NAME.matcher(name).find() || newsSite || describedAsOutlet)) {
                // "BuzzFeed News", "Daily Herald": the name says what it is; "according to a report by Bloomberg.com",
                // "reprinted from Consortiumnews.com": a news site by its address (not "available from Amazon.com").
                type = EntityType.MEDIA_OUTLET;
                name = WEB_ADDRESS.matcher(name).replaceFirst(""); // the outlet's name; its other mentions join it
            }
            if (actor == null && type == EntityType.ORGANIZATION && ARMED_NAME.matcher(name).find()) {
                type = EntityType.ARMED_GROUP; // "US Seventh Fleet", "the 101st Airborne Division": a force by its name
            }
            String id = actor != null ? "kb:" + actor.id() : EntityIds.of(type, name);
            double confidence = mentions.stream().mapToDouble(Mention::confidence).max().orElse(0);
            entities.add(new Entity(id, name, type, actor == null ? null : actor.id(), aliases(name, mentions),
                    List.of(), null, confidence, mentions));
        }
        entities = headNamesJoined(branchNamesJoined(text, shortOutletNamesJoined(outletsJoined(entities))));
        entities.sort(Comparator.comparing((Entity e) -> e.mentions().get(0).span()));
        return entities;
    }

    /**
     * "The Times" after "The Washington Times", "the Post" after "the Washington Post": an outlet's last word alone
     * is that outlet, where the article names just one outlet so ending.
     */
    private static List<Entity> shortOutletNamesJoined(List<Entity> entities) {
        Map<Entity, Entity> into = new java.util.IdentityHashMap<>();
        for (Entity e : entities) {
            String shortName = e.name().replaceFirst("^(?i:the)\\s+", "");
            if (e.type() != EntityType.MEDIA_OUTLET || shortName.contains(" ")) {
                continue;
            }
            List<Entity> longer = entities.stream().filter(k -> k != e && k.type() == EntityType.MEDIA_OUTLET
                    && k.name().endsWith(" " + shortName)).toList();
            if (longer.size() == 1) {
                into.put(e, longer.get(0));
            }
        }
        return into.isEmpty() ? entities : joinedInto(entities, into, true);
    }

    /**
     * "the House of Representatives … the House": a body's head word alone is that body, where the article names just
     * one body "of" something so beginning.
     */
    private static List<Entity> headNamesJoined(List<Entity> entities) {
        Map<Entity, Entity> into = new java.util.IdentityHashMap<>();
        for (Entity e : entities) {
            String head = e.name().replaceFirst("^(?i:the)\\s+", "");
            if (e.type() != EntityType.ORGANIZATION || e.kbId() != null || head.contains(" ")) {
                continue;
            }
            List<Entity> longer = entities.stream().filter(k -> k != e && k.type() == EntityType.ORGANIZATION
                    && k.name().replaceFirst("^(?i:the)\\s+", "").startsWith(head + " of ")).toList();
            if (longer.size() == 1) {
                into.put(e, longer.get(0));
            }
        }
        return into.isEmpty() ? entities : joinedInto(entities, into, true);
    }

    private static final java.util.Set<String> BRANCHES = java.util.Set.of("army", "navy", "air force", "marines",
            "marine corps", "coast guard", "national guard");

    /**
     * "joined the U.S. Army … join the Army and Air Force": a service named without its country is the one force of
     * the article named with it ("U.S. Army"), where there is just one.
     */
    private static List<Entity> branchNamesJoined(String text, List<Entity> entities) {
        Map<Entity, Entity> into = new java.util.IdentityHashMap<>();
        for (Entity e : entities) {
            String branch = e.name().replaceFirst("^(?i:the)\\s+", "").toLowerCase(Locale.ROOT);
            if (e.type() != EntityType.ARMED_GROUP || e.kbId() != null || !BRANCHES.contains(branch)) {
                continue;
            }
            List<Entity> qualified = entities.stream().filter(k -> k != e && k.type() == EntityType.ARMED_GROUP
                    && k.mentions().stream().anyMatch(m -> m.span().of(text).toLowerCase(Locale.ROOT)
                    .endsWith(" " + branch))).toList();
            List<Entity> known = qualified.stream().filter(k -> k.kbId() != null).toList();
            if (known.size() == 1 || qualified.size() == 1) {
                // (a known force before a name quoted in passing: "a “real Muslim Army”")
                into.put(e, known.size() == 1 ? known.get(0) : qualified.get(0));
            }
        }
        return into.isEmpty() ? entities : joinedInto(entities, into, true);
    }

    /**
     * The entities with each key of {@code into} joined to its value: the key's mentions (and aliases, where asked)
     * go to the entity it joins, and the key itself is dropped.
     */
    private static List<Entity> joinedInto(List<Entity> entities, Map<Entity, Entity> into, boolean withAliases) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (into.containsKey(e)) {
                continue;
            }
            Entity merged = e;
            for (Map.Entry<Entity, Entity> join : into.entrySet()) {
                if (join.getValue() == e) {
                    Entity j = joined(merged, join.getKey());
                    merged = new Entity(merged.id(), merged.name(), merged.type(), merged.kbId(),
                            withAliases ? j.aliases() : merged.aliases(), merged.descriptions(), merged.geo(),
                            merged.confidence(), j.mentions());
                }
            }
            out.add(merged);
        }
        return out;
    }

    /** "Infowars" and "Infowars.com", once the address showed a news site: one outlet. */
    private static List<Entity> outletsJoined(List<Entity> entities) {
        Map<String, Entity> outlets = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.MEDIA_OUTLET && e.kbId() == null) {
                outlets.putIfAbsent(e.name(), e);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Entity outlet = outlets.get(e.name());
            if (outlet != null && e.kbId() == null && e.type() != EntityType.MEDIA_OUTLET && e.type() != EntityType.LOCATION) {
                outlets.put(e.name(), joined(outlet, e));
            } else {
                out.add(e);
            }
        }
        out.replaceAll(e -> e.type() == EntityType.MEDIA_OUTLET && e.kbId() == null
                && outlets.get(e.name()).id().equals(e.id()) ? outlets.get(e.name()) : e);
        // "Politico.com" beside the knowledge base's Politico: the site joins the outlet we know.
        Map<Entity, Entity> into = new java.util.IdentityHashMap<>();
        for (Entity e : out) {
            if (e.type() == EntityType.MEDIA_OUTLET && e.kbId() == null) {
                out.stream().filter(k -> k.type() == EntityType.MEDIA_OUTLET && k.kbId() != null
                                && (k.name().equals(e.name()) || k.mentions().stream()
                                .anyMatch(m -> cleanSurface(m.text()).equals(e.name()))))
                        .findFirst().ifPresent(k -> into.put(e, k));
            }
        }
        return joinedInto(out, into, false);
    }

    private static Entity joined(Entity outlet, Entity other) {
        List<Mention> mentions = new ArrayList<>(outlet.mentions());
        mentions.addAll(other.mentions());
        mentions.sort(Comparator.comparing(Mention::span));
        List<String> aliases = new ArrayList<>(outlet.aliases());
        other.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        return new Entity(outlet.id(), outlet.name(), outlet.type(), null, aliases, outlet.descriptions(), null,
                Math.max(outlet.confidence(), other.confidence()), mentions);
    }

    /** The most frequent type; on a tie a place wins over a person, a person over an organisation. */
    private static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = null;
        for (EntityType type : List.of(EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MISC)) {
            if (votes.containsKey(type) && (best == null || votes.get(type) > votes.get(best))) {
                best = type;
            }
        }
        return best != null ? best : votes.keySet().iterator().next();
    }

    private static List<String> aliases(String name, List<Mention> mentions) {
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String surface = cleanSurface(m.text());
            if (!surface.equals(name)) {
                aliases.add(surface);
            }
        }
        return List.copyOf(aliases);
    }

    private static void mergeSurnames(Map<String, List<Mention>> byKey, Map<String, EntityType> types) {
        // "Gonzalez-Aragon" after "Rigoberto Gonzalez-Aragon": a hyphenated family name is one name too.
        List<String> singles = byKey.keySet().stream()
                .filter(k -> !k.startsWith("kb|") && types.get(k) == EntityType.PERSON
                        && (!k.substring(k.indexOf('|') + 1).contains(" ")
                        || byKey.get(k).stream().allMatch(m -> HYPHENATED_NAME.matcher(m.text().strip()).matches())))
                .toList();
        for (String single : singles) {
            String surname = single.substring(single.indexOf('|') + 1);
            List<String> fullNames = byKey.keySet().stream()
                    .filter(k -> !k.startsWith("kb|") && types.get(k) == EntityType.PERSON && k.endsWith(" " + surname))
                    .toList();
            if (fullNames.isEmpty()) {
                // "Tedros" after "Tedros Adhanom Ghebreyesus": names whose family name does not come last. A
                // knowledge-base person so named too makes it ambiguous ("Kim": Kim Jong-un or Kim Jong Il).
                boolean kbNamedSo = byKey.keySet().stream().anyMatch(k -> k.startsWith("kb|")
                        && types.get(k) == EntityType.PERSON && byKey.get(k).stream()
                        .anyMatch(m -> normalise(m.text(), EntityType.PERSON).startsWith(surname + " ")));
                fullNames = kbNamedSo ? List.of() : byKey.keySet().stream()
                        .filter(k -> !k.startsWith("kb|") && types.get(k) == EntityType.PERSON
                                && k.substring(k.indexOf('|') + 1).startsWith(surname + " "))
                        .toList();
            }
            if (fullNames.isEmpty() && surname.length() >= 5) {
                // "Kweis" after "Mohamad Jamal Khweis": a family name spelt one letter apart (transliteration).
                fullNames = byKey.keySet().stream()
                        .filter(k -> !k.startsWith("kb|") && types.get(k) == EntityType.PERSON && k.contains(" ")
                                && oneEditApart(k.substring(k.lastIndexOf(' ') + 1), surname))
                        .toList();
            }
            boolean otherNamedSo = byKey.keySet().stream().anyMatch(k -> !k.startsWith("kb|") && !k.equals(single)
                    && types.get(k) == EntityType.PERSON && (k.substring(k.indexOf('|') + 1).startsWith(surname + " ")
                    || k.endsWith(" " + surname)));
            if (fullNames.isEmpty() && !otherNamedSo) {
                // "Hillary" after "Hillary Clinton", a knowledge-base actor: a name one of its mentions begins or ends
                // (and no other person's: "Kim" beside Kim Jong-un and Kim Jong Il is either).
                fullNames = byKey.keySet().stream()
                        .filter(k -> k.startsWith("kb|") && types.get(k) == EntityType.PERSON
                                && byKey.get(k).stream().map(m -> normalise(m.text(), EntityType.PERSON))
                                .anyMatch(n -> n.startsWith(surname + " ") || n.endsWith(" " + surname)))
                        .toList();
            }
            if (fullNames.size() == 1) {
                byKey.get(fullNames.get(0)).addAll(byKey.remove(single));
                types.remove(single);
            }
        }
    }

    /** Two words the same but for one letter added, dropped or changed, neither the first nor a plural "s". */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty()
                || a.charAt(0) != b.charAt(0) || a.equals(b + "s") || b.equals(a + "s")) {
            return false; // "Peter" is not "Peters", nor "the Arnolds" one Arnold
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /**
     * "the World Health Organization (WHO)": the acronym in brackets after a name, and its later
     * uses, belong to that name's entity when its letters start the name's words.
     */
    private static void mergeBracketedAcronyms(String text, Map<String, List<Mention>> byKey,
                                               Map<String, EntityType> types) {
        for (String key : List.copyOf(byKey.keySet())) {
            List<Mention> mentions = byKey.get(key);
            if (mentions == null) {
                continue;
            }
            for (Mention m : List.copyOf(mentions)) {
                java.util.regex.Matcher bracket = BRACKETED_ACRONYM.matcher(text.substring(m.end(),
                        Math.min(text.length(), m.end() + 12)));
                if (!bracket.find() || !initialsMatch(m.text(), bracket.group(1))) {
                    continue;
                }
                String acronymKey = "ner|" + normalise(bracket.group(1), EntityType.LOCATION);
                List<Mention> acronym = byKey.get(acronymKey);
                if (acronym != null && !acronymKey.equals(key)) {
                    mentions.addAll(byKey.remove(acronymKey));
                    types.remove(acronymKey);
                }
            }
        }
    }

    /**
     * "the World Health Organization ... WHO said": an acronym used without brackets joins the one
     * organisation of the article whose capitalised words it spells exactly.
     */
    private static void mergeAcronyms(Map<String, List<Mention>> byKey, Map<String, EntityType> types) {
        for (String key : List.copyOf(byKey.keySet())) {
            List<Mention> mentions = byKey.get(key);
            if (mentions == null || !key.startsWith("ner|")
                    || !mentions.stream().allMatch(m -> ACRONYM.matcher(m.text().strip()).matches())) {
                continue;
            }
            String letters = mentions.get(0).text().strip();
            List<String> spelled = byKey.entrySet().stream()
                    .filter(e -> !e.getKey().equals(key) && types.get(e.getKey()) != EntityType.PERSON
                            && types.get(e.getKey()) != EntityType.LOCATION)
                    .filter(e -> e.getValue().stream().anyMatch(m -> letters.equals(initials(m.text()))))
                    .map(Map.Entry::getKey).toList();
            if (spelled.size() == 1) {
                byKey.get(spelled.get(0)).addAll(byKey.remove(key));
                types.remove(key);
            }
        }
    }

    private static final java.util.regex.Pattern LOWER_CASE_DIRECTION =
            java.util.regex.Pattern.compile("(?:north|south|east|west|central)\\p{L}*[ -]");

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}");

    /** The capitals that start a name's words: "Enforcement and Removal Operations" -> ERO. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        String[] words = name.strip().split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("(?i)(?<=\\p{L})\\.(?:com|net|org|co\\.uk|tv|news)$");

    private static final java.util.regex.Pattern PUBLISHING_CONTEXT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:report(?:ed|s)?|published|reprinted|editor|according to|wrote|writes|article|story|site|"
            + "column(?:ist)?|news)\\b");

    private static final java.util.regex.Pattern OUTLET_APPOSITIVE = java.util.regex.Pattern.compile(
            "(?i),\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:website|web\\s?site|news\\s?site|newspaper|news agency"
            + "|news outlet|broadcaster|(?:TV|television)\\s+(?:channel|station|network)|magazine|tabloid|blog)\\b");
    private static final java.util.regex.Pattern REPRINTED_FROM = java.util.regex.Pattern.compile(
            "(?i)(?:(?:posted|reprinted|republished|published|used|shared) with (?:the )?(?:kind )?permission (?:from|of)"
            + "|courtesy of|(?:reprinted|republished|cross-posted|crossposted) from"
            + "|originally (?:published|appeared|posted) (?:by|on|at))(?:\\s+the)?\\s+$");

    private static final java.util.regex.Pattern HYPHENATED_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’]+-\\p{Lu}[\\p{L}'’]+");

    private static final java.util.regex.Pattern MEDIA_NAME = java.util.regex.Pattern.compile(
            "\\b(?:News|Times|Post|Journal|TV|Radio|Press|Daily|Herald|Tribune|Gazette|Broadcasting|Telegraph"
                    + "|Chronicle|Magazine|Newspaper|Channel|Network|Agency|Wire|Observer|Independent|Standard|Enquirer"
                    + "|Inquirer|Dispatch|Courier|Examiner|Gazette|Bulletin|Sentinel|Register|Monitor|Reporter|Globe)$");

    private static final java.util.regex.Pattern BRACKETED_ACRONYM =
            java.util.regex.Pattern.compile("^\\s*\\(([A-Z][A-Z.&]{1,7})\\)");

    private static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String letters = acronym.replace(".", "").replace("&", "");
        return !letters.isEmpty() && initials.toString().startsWith(letters.substring(0, 1))
                && (initials.toString().contains(letters) || letters.length() <= initials.length() + 1);
    }

    private static String canonicalName(List<Mention> mentions) {
        // The longest, counting words, not spaces: "Michael O’Hanlon" over a stray "Michael O’ Hanlon".
        return mentions.stream().map(m -> cleanSurface(m.text()))
                .max(Comparator.comparingInt((String n) -> n.replaceAll("\\s+", "").length())
                        .thenComparingInt(n -> -n.length())
                        .thenComparing(n -> !isShouted(n)) // "Washington", not a dateline's "WASHINGTON"
                        .thenComparing(n -> Character.isUpperCase(n.charAt(0)))) // "Northern Syria", not "northern Syria"
                .orElseThrow();
    }

    /** All in capitals and longer than an acronym: "WASHINGTON", "SPRINGFIELD". */
    private static boolean isShouted(String name) {
        return name.length() > 4 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** "WASHINGTON" → "Washington", "NEW YORK" → "New York": a place named only in a dateline (at a line's start). */
    private static String unshouted(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static String cleanSurface(String surface) {
        return surface.replaceAll("\\s+", " ").replaceAll("(?i)['’]s$", "").strip();
    }

    static String normalise(String surface, EntityType type) {
        String s = AliasForm.normalise(cleanSurface(surface)).replaceFirst("^the ", "");
        // "O’Hanlon", "O’ Hanlon", "O'Hanlon": one family name, one word.
        s = s.replaceAll("(?i)(?<![\\p{L}\\p{N}])([od])['’]\\s*(?=\\p{L})", "$1");
        s = s.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        if (type == EntityType.LOCATION) {
            s = s.replaceFirst("^(north|south|east|west)( ?(?:east|west))? (?:part )?of ", "$1$2ern "); // the North of Syria
            // Arabic place names are written with and without the article: Ar Rastan / Rastan, Al-Dumayr / Dumayr.
            s = s.replaceFirst("^(?:al|el|ad|ar|as|az|an|at|ash|adh) (?=\\S{3,})", "");
        }
        return s;
    }

    static String slug(String name) {
        String s = normalise(name, EntityType.MISC).replace(' ', '-');
        return s.isEmpty() ? "unnamed" : s;
    }
}
