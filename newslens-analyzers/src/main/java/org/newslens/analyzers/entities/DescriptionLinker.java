package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;

/**
 * Attaches titles and descriptions to people: "UN envoy Staffan de Mistura" gives de Mistura the
 * description "UN envoy", as does an appositive ("Hassan Nasrallah, Hezbollah's Secretary General,");
 * a later "the envoy" then becomes a mention of the person who last carried that title before it.
 */
final class DescriptionLinker {

    private static final String ROLES = "special envoy|envoy|president|prime minister|foreign minister|defen[cs]e minister"
            + "|minister|secretary of state|secretary[- ]general|secretary|spokesman|spokeswoman|spokesperson|leader"
            + "|commander|general|ambassador|king|emir|senator|governor|mayor|chancellor|chief|analyst|adviser|advisor"
            + "|negotiator|mediator|correspondent|cleric|sheikh";
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?<desc>(?:(?:\\p{Lu}[\\p{L}.'’-]*|the|former|acting|deputy|senior|top|chief)\\s+){0,4}"
                    + "(?<role>(?i:" + ROLES + "))"
                    // "Russian Ambassador to the United Nations Vitaly Churkin": the post's body after the role
                    + "(?:\\s+(?:to|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)\\s+$");
    /** "As Hezbollah Secretary General, Hassan Nasrallah said": the title in an opening "as" phrase. */
    private static final Pattern AS_TITLE_BEFORE = Pattern.compile(
            "\\b[Aa]s\\s+(?<desc>(?:(?:\\p{Lu}[\\p{L}.'’-]*|the|former|acting|deputy)\\s+){0,4}"
                    + "(?<role>(?i:" + ROLES + "))),\\s+$");
    /** "a senior fellow at the Brookings Institution, Michael O'Hanlon": a description set before the name. */
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:[Aa]n?|[Tt]he)\\s+(?<desc>(?:[\\p{L}-]+\\s+){0,2}(?<role>(?i:" + ROLES + "|fellow|scholar))"
                    + "(?:\\s+(?:at|of|for)\\s+[^,;.()]{2,50}?)?),\\s+$");
    /** "president Trump", "President Putin": a name matched with its title; the title is a description. */
    private static final Pattern TITLE_INSIDE = Pattern.compile("^(?<role>(?i:" + ROLES + "))\\s+(?=\\p{Lu})");
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile(
            "^,\\s+(?:the\\s+|a\\s+)?(?<desc>[^,;.()]{0,50}?\\b(?<role>(?i:" + ROLES + "))\\b[^,;.()]{0,30}?),");
    private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he\\s+(?:(?<qualifier>(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2})?"
            + "(?<role>(?i:" + ROLES + "))\\b(?!\\s+of\\b)"
            + "|(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}(?<diplomat>diplomat)\\b)");
    /** "the Italian-Swedish diplomat": whoever last carried a diplomat's title. */
    private static final Set<String> DIPLOMATIC = Set.of("envoy", "special envoy", "ambassador", "foreign minister",
            "secretary of state", "negotiator", "mediator");
    private static final double LINK_CONFIDENCE = 0.7;

    /** Titles found per entity id, and the entities with description mentions added. */
    record Linked(List<Entity> entities, Map<String, List<String>> descriptions) {
    }

    Linked link(String text, List<CharSpan> content, List<Entity> entities) {
        Map<String, Set<String>> descriptions = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> roles = new java.util.LinkedHashMap<>();
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : entity.mentions()) {
                if (TitleCaseLines.isTitleCase(text, m.start(), m.end(), 5)) {
                    continue; // "Mueller Report On President Trump": a headline's capitals are no title
                }
                String lead = text.substring(Math.max(0, m.start() - 60), m.start());
                Matcher inside = TITLE_INSIDE.matcher(m.text());
                // "US president Trump" matched as "president Trump": the title read with the words before it.
                Matcher before = TITLE_BEFORE.matcher(inside.find() ? lead + inside.group() : lead);
                Matcher as = AS_TITLE_BEFORE.matcher(lead);
                Matcher appositive = APPOSITIVE_BEFORE.matcher(lead);
                if (before.find()) {
                    add(descriptions, roles, entity.id(), before.group("desc"), before.group("role"));
                } else if (as.find()) {
                    add(descriptions, roles, entity.id(), as.group("desc"), as.group("role"));
                } else if (entity.type() == EntityType.PERSON && appositive.find()) {
                    add(descriptions, roles, entity.id(), appositive.group("desc"), appositive.group("role"));
                }
                Matcher after = APPOSITIVE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 90)));
                if (after.find()) {
                    add(descriptions, roles, entity.id(), after.group("desc"), after.group("role"));
                }
            }
        }
        if (roles.isEmpty()) {
            return new Linked(entities, Map.of());
        }
        // "the envoy" is linked only in article text, never in boilerplate.
        Map<String, List<Mention>> added = new java.util.HashMap<>();
        for (CharSpan span : content) {
            Matcher definite = DEFINITE.matcher(span.of(text));
            while (definite.find()) {
                CharSpan at = new CharSpan(span.start() + definite.start(), span.start() + definite.end());
                String role = definite.group("role") == null ? "diplomat" : normaliseRole(definite.group("role"));
                String qualifier = definite.group("qualifier") == null ? "" : definite.group("qualifier").strip();
                Entity referent = latestBefore(entities, roles, descriptions, role, qualifier, at.start());
                if (referent != null && referent.mentions().stream().noneMatch(m -> m.span().overlaps(at))) {
                    added.computeIfAbsent(referent.id(), id -> new ArrayList<>())
                            .add(new Mention(at, at.of(text), LINK_CONFIDENCE));
                }
            }
        }
        List<Entity> linked = new ArrayList<>();
        for (Entity entity : entities) {
            List<Mention> extra = added.get(entity.id());
            if (extra == null) {
                linked.add(entity);
                continue;
            }
            List<Mention> mentions = new ArrayList<>(entity.mentions());
            mentions.addAll(extra);
            mentions.sort(Comparator.comparing(Mention::span));
            Set<String> aliases = new LinkedHashSet<>(entity.aliases());
            extra.forEach(m -> aliases.add(m.text()));
            linked.add(new Entity(entity.id(), entity.name(), entity.type(), entity.kbId(), List.copyOf(aliases),
                    entity.descriptions(), entity.geo(), entity.confidence(), mentions));
        }
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        descriptions.forEach((id, set) -> result.put(id, List.copyOf(set)));
        List<Entity> described = new ArrayList<>();
        for (Entity entity : linked) {
            List<String> own = result.get(entity.id());
            described.add(own == null ? entity : entity.withDescriptions(own));
        }
        return new Linked(described, result);
    }

    private static void add(Map<String, Set<String>> descriptions, Map<String, Set<String>> roles, String id,
                            String description, String role) {
        // "… in Aleppo. President Putin": the title starts after the sentence before ends ("U.S." does not end one);
        // "When President Trump": a capitalised word that opens the sentence is not part of it.
        String clean = description.strip().replaceFirst("^.*\\p{Ll}{2,}\\.\\s+", "").replaceFirst("(?i)^the\\s+", "")
                .replaceAll("\\s+", " ");
        String[] words = clean.split(" ");
        int first = 0;
        while (first < words.length - 1 && OPENING_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        clean = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        descriptions.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(clean);
        roles.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(normaliseRole(role));
    }

    /** Words that open a sentence or clause and so come capitalised before a title: never part of it. */
    private static final Set<String> OPENING_WORDS = Set.of("what", "where", "when", "while", "with", "without", "if",
            "has", "have", "had", "would", "will", "could", "should", "can", "despite", "as", "and", "but", "or", "on",
            "in", "for", "to", "of", "by", "at", "from", "after", "before", "since", "because", "so", "then", "now", "how",
            "why", "who", "is", "was", "are", "were", "does", "did", "do", "not", "also", "even", "under", "against",
            "about", "like", "unlike", "though", "although", "once", "says", "said", "tells", "told", "thanks", "yes");

    private static String normaliseRole(String role) {
        return role.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("defense", "defence")
                .replace("secretary general", "secretary-general");
    }

    /**
     * The person with this role whose last mention before {@code offset} is nearest to it. "The Russian ambassador":
     * a qualifier must be in the person's title ("Russian Ambassador to the United Nations Vitaly Churkin").
     */
    private static Entity latestBefore(List<Entity> entities, Map<String, Set<String>> roles,
                                       Map<String, Set<String>> descriptions, String role, String qualifier, int offset) {
        Entity best = null;
        int bestEnd = -1;
        String wanted = qualifier.toLowerCase(Locale.ROOT);
        for (Entity entity : entities) {
            Set<String> own = roles.get(entity.id());
            if (own == null || own.stream().noneMatch(r -> r.equals(role) || r.endsWith(" " + role)
                    || role.equals("diplomat") && DIPLOMATIC.contains(r))) {
                continue;
            }
            if (!wanted.isEmpty() && descriptions.getOrDefault(entity.id(), Set.of()).stream()
                    .noneMatch(d -> (" " + d.toLowerCase(Locale.ROOT) + " ").contains(" " + wanted + " "))) {
                continue;
            }
            for (Mention m : entity.mentions()) {
                if (m.end() <= offset && m.end() > bestEnd) {
                    best = entity;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }
}
