package org.newslens.store;

import org.newslens.core.pipeline.EventReports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newslens.core.model.ActorFraming;
import org.newslens.core.model.Claim;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/** Builds the {@link ArticleDigest} of an analysis. Stateless. */
public final class ArticleDigests {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ArticleDigests() {
    }

    public static ArticleDigest of(String key, Analysis analysis) {
        var article = analysis.article();
        List<Entity> entities = analysis.find(Layers.ENTITIES).orElse(List.of());
        return new ArticleDigest(key, article.id(), article.title(), article.outlet(), article.author(),
                StoredFields.published(analysis),
                analysis.find(Layers.PERSUASION).map(p -> p.words()).orElse(0),
                analysis.find(Layers.CLAIMS).map(List::size).orElse(0),
                techniqueCounts(analysis), sourceTypeCounts(analysis),
                entities.stream().map(ArticleDigests::entity).toList(),
                links(analysis.find(Layers.SENTENCES).orElse(List.of()), entities),
                analysis.find(Layers.FRAMING).orElse(List.of()).stream().map(ArticleDigests::framing).toList(),
                dates(analysis.find(Layers.DATES).orElse(List.of())),
                EventReports.of(analysis, key));
    }

    static boolean isActor(EntityType type) {
        return type != EntityType.LOCATION && type != EntityType.FACILITY && type != EntityType.MISC;
    }

    private static Map<String, Integer> techniqueCounts(Analysis analysis) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TechniqueSpan span : analysis.find(Layers.TECHNIQUES).orElse(List.of())) {
            counts.merge(span.technique().label(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> sourceTypeCounts(Analysis analysis) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Claim claim : analysis.find(Layers.CLAIMS).orElse(List.of())) {
            counts.merge(claim.sourceType().name(), 1, Integer::sum);
        }
        return counts;
    }

    private static ArticleDigest.EntityDigest entity(Entity e) {
        var geo = e.geo();
        return new ArticleDigest.EntityDigest(e.id(), e.name(), e.type().name(), e.mentions().size(),
                geo == null ? null : geo.lat(), geo == null ? null : geo.lon(),
                geo == null ? null : geo.country(), geo == null ? null : geo.kind());
    }

    /** Actor pairs per sentence: mentions are assigned to the sentence that contains their start. */
    private static List<ArticleDigest.Link> links(List<Sentence> sentences, List<Entity> entities) {
        Map<Integer, TreeSet<String>> actorsBySentence = new HashMap<>();
        for (Entity entity : entities) {
            if (!isActor(entity.type())) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                int sentence = sentenceOf(sentences, mention.span().start());
                if (sentence >= 0) {
                    actorsBySentence.computeIfAbsent(sentence, s -> new TreeSet<>()).add(entity.id());
                }
            }
        }
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (TreeSet<String> actors : actorsBySentence.values()) {
            List<String> ids = new ArrayList<>(actors);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.merge(ids.get(i) + "\u0000" + ids.get(j), 1, Integer::sum);
                }
            }
        }
        return pairs.entrySet().stream().map(p -> {
            String[] ab = p.getKey().split("\u0000");
            return new ArticleDigest.Link(ab[0], ab[1], p.getValue());
        }).sorted(java.util.Comparator.comparing(ArticleDigest.Link::a).thenComparing(ArticleDigest.Link::b)).toList();
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            var span = sentences.get(mid).span();
            if (offset < span.start()) {
                high = mid - 1;
            } else if (offset >= span.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static ArticleDigest.FramingDigest framing(ActorFraming framing) {
        return new ArticleDigest.FramingDigest(framing.entity(), framing.name(), framing.stance().name(),
                framing.labels().stream().map(l -> l.text()).distinct().toList());
    }

    private static List<ArticleDigest.DatedMention> dates(List<DateMention> dates) {
        return dates.stream().filter(d -> d.value() != null && DAY.matcher(d.value()).matches())
                .map(d -> new ArticleDigest.DatedMention(d.value(), d.text(), d.span().start(), d.span().end()))
                .toList();
    }
}
