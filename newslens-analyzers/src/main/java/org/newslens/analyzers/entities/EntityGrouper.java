package org.newslens.analyzers.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;

/**
 * Groups an article's mentions into entities: the same type and normalised name is one entity,
 * and a one-word person mention ("Lavrov") joins the full name it ends ("Sergey Lavrov"). The
 * canonical name is the longest mention. Ids are {@code type:slug} of the canonical name, so the
 * same entity gets the same id in every article.
 */
final class EntityGrouper {

    record RawMention(CharSpan span, EntityType type, double confidence) {
    }

    List<Entity> group(String text, List<RawMention> raw) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (RawMention m : raw) {
            String surface = m.span().of(text);
            String key = m.type() + "|" + normalise(surface);
            if (normalise(surface).isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(m.span(), surface, m.confidence()));
            types.put(key, m.type());
        }
        mergeSurnames(byKey, types);
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> entry : byKey.entrySet()) {
            List<Mention> mentions = new ArrayList<>(entry.getValue());
            mentions.sort(Comparator.comparing(Mention::span));
            String name = canonicalName(mentions);
            EntityType type = types.get(entry.getKey());
            double confidence = mentions.stream().mapToDouble(Mention::confidence).max().orElse(0);
            entities.add(new Entity(type.name().toLowerCase(Locale.ROOT) + ":" + slug(name), name, type,
                    confidence, mentions));
        }
        entities.sort(Comparator.comparing((Entity e) -> e.mentions().get(0).span()));
        return entities;
    }

    private static void mergeSurnames(Map<String, List<Mention>> byKey, Map<String, EntityType> types) {
        List<String> singles = byKey.keySet().stream()
                .filter(k -> types.get(k) == EntityType.PERSON && !k.substring(k.indexOf('|') + 1).contains(" "))
                .toList();
        for (String single : singles) {
            String surname = single.substring(single.indexOf('|') + 1);
            List<String> fullNames = byKey.keySet().stream()
                    .filter(k -> types.get(k) == EntityType.PERSON && k.endsWith(" " + surname))
                    .toList();
            if (fullNames.size() == 1) {
                byKey.get(fullNames.get(0)).addAll(byKey.remove(single));
                types.remove(single);
            }
        }
    }

    private static String canonicalName(List<Mention> mentions) {
        return mentions.stream().map(m -> cleanSurface(m.text()))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static String cleanSurface(String surface) {
        return surface.replaceAll("\\s+", " ").replaceAll("(?i)['’]s$", "").strip();
    }

    static String normalise(String surface) {
        String s = cleanSurface(surface).toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^the ", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
    }

    static String slug(String name) {
        String s = normalise(name).replace(' ', '-');
        return s.isEmpty() ? "unnamed" : s;
    }
}
