package org.newslens.store;

import org.newslens.core.model.EventReport;

import java.util.List;
import java.util.Map;

/**
 * A few kilobytes that stand for one stored article in corpus views (outlet comparison, map,
 * actor network, timeline), so those views never re-read full analyses.
 *
 * @param words       words outside boilerplate
 * @param techniques  technique label → spans
 * @param sourceTypes source type → claims
 * @param links       pairs of actors named in one sentence, with the number of such sentences
 * @param dates       resolved day-level dates the article mentions
 * @param events      the article's events with their sentences and sources, for linking across articles
 */
public record ArticleDigest(String key, String id, String title, String outlet, String author, String published,
                            int words, int claims, Map<String, Integer> techniques, Map<String, Integer> sourceTypes,
                            List<EntityDigest> entities, List<Link> links, List<FramingDigest> framing,
                            List<DatedMention> dates, List<EventReport> events) {

    public ArticleDigest {
        techniques = Map.copyOf(techniques);
        sourceTypes = Map.copyOf(sourceTypes);
        entities = List.copyOf(entities);
        links = List.copyOf(links);
        framing = List.copyOf(framing);
        dates = List.copyOf(dates);
        // Stores written before events were analysed have none.
        events = List.copyOf(events == null ? List.of() : events);
    }

    /** An entity of the article; {@code lat}/{@code lon} are null unless it is a geocoded place. */
    public record EntityDigest(String id, String name, String type, int mentions, Double lat, Double lon,
                               String country, String kind) {
    }

    /** Two entity ids, {@code a < b}, named together in {@code sentences} sentences. */
    public record Link(String a, String b, int sentences) {
    }

    /** How the article labels one actor. */
    public record FramingDigest(String entity, String name, String stance, List<String> labels) {
        public FramingDigest {
            labels = List.copyOf(labels);
        }
    }

    /** A resolved date mention: {@code value} is ISO yyyy-MM-dd, offsets are UTF-16 in the article text. */
    public record DatedMention(String value, String text, int start, int end) {
    }
}
