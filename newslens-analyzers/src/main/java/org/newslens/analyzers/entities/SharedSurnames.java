package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.core.model.EntityType;

/**
 * "Former President Bill Clinton … Instead, Clinton started": the knowledge base knows "Clinton" as
 * Hillary Clinton, but an article that names another person of that family in full, and never the
 * known one, means that person. The recogniser's full name wins over the family name inside it, and
 * the bare family name is left to join it.
 */
final class SharedSurnames {

    /** Words before a family name that are a title, not a given name: "President Clinton" may be either. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov",
            "governor", "president", "secretary", "madam", "former", "ex", "first", "lady", "candidate", "nominee",
            "general", "gen", "minister", "premier", "chancellor", "king", "queen", "prince", "sheikh", "ayatollah");

    private SharedSurnames() {
    }

    /** Whether a recognised person's name holds a knowledge-base family name after a given name of its own. */
    static boolean fullNameOfAnother(String text, EntityGrouper.RawMention recognised, EntityGrouper.RawMention known) {
        if (recognised.type() != EntityType.PERSON || known.actor() == null || known.actor().type() != EntityType.PERSON
                || known.span().of(text).strip().contains(" ") || !recognised.span().contains(known.span())
                || recognised.span().end() != known.span().end() || recognised.span().length() <= known.span().length()) {
            return false;
        }
        String before = text.substring(recognised.span().start(), known.span().start()).strip();
        // Given names only: one or two capitalised words, perhaps an initial ("Art of the Deal Trump" is none).
        if (!before.matches("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’-]+)?")) {
            return false;
        }
        String first = before.split("\\s+")[0].toLowerCase(Locale.ROOT);
        // "Hillary Clinton" is the known person's own name (it would have matched whole), and so is a typo of it
        // ("Barach Obama"); another given name is not.
        List<String> names = new ArrayList<>(known.actor().aliases());
        names.add(known.actor().name());
        boolean ownName = names.stream().map(n -> n.toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(n -> n.length > 1 && (n[0].equals(first) || EntityGrouper.oneEditApart(n[0], first)));
        return !ownName && !TITLES.contains(first);
    }

    /**
     * Bare family names bound to a knowledge-base person the article never names in full, where another
     * person of that family is named in full: unbound, for the grouper to join to that person.
     */
    static List<EntityGrouper.RawMention> unbind(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            String surface = m.span().of(text).strip();
            if (m.actor() != null && m.actor().type() == EntityType.PERSON && !surface.contains(" ")
                    && mentions.stream().noneMatch(o -> o.actor() == m.actor() && o.span().of(text).strip().contains(" "))
                    && mentions.stream().anyMatch(o -> o.actor() == null && o.type() == EntityType.PERSON
                    && o.span().of(text).strip().endsWith(" " + surface))) {
                out.add(new EntityGrouper.RawMention(m.span(), EntityType.PERSON, m.confidence(), null));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
