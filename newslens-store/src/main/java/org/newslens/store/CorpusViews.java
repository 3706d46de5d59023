package org.newslens.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Corpus-level views computed from article digests: the actors and places named, how each outlet
 * persuades and sources, the actor network and the timeline. Pure functions; thread-safe.
 */
public final class CorpusViews {

    private CorpusViews() {
    }

    /** An entity across the corpus: in how many articles, with how many mentions. */
    public record EntityCount(String id, String name, String type, int articles, int mentions,
                              Double lat, Double lon, String country, String kind) {
    }

    /** An outlet's habits: technique rates per 1,000 words, shares of claims by source type, labels per actor. */
    public record OutletProfile(String outlet, int articles, long words, int techniques, double techniquesPerThousand,
                                Map<String, Double> perThousandByTechnique, int claims,
                                Map<String, Double> sourceTypeShares,
                                Map<String, Map<String, Integer>> labelsByActor,
                                Map<String, Map<String, Integer>> stanceByActor) {
    }

    public record Node(String id, String name, String type, int articles, int mentions) {
    }

    /**
     * Two actors named in one sentence ({@code kind} "co-occurrence": {@code sentences} such sentences in
     * {@code articles} articles), or an event from source to target ({@code kind} "event:TYPE":
     * {@code sentences} event mentions).
     */
    public record Edge(String source, String target, String kind, int sentences, int articles) {
    }

    public record Network(List<Node> nodes, List<Edge> edges) {
    }

    /** One day: articles published on it and mentions of it in the articles' text. */
    public record TimelineDay(String date, int published, int mentioned, List<String> examples) {
    }

    public static List<EntityCount> entities(List<ArticleDigest> digests, String type, int limit) {
        Map<String, EntityCount> byId = new LinkedHashMap<>();
        for (ArticleDigest digest : digests) {
            for (ArticleDigest.EntityDigest e : digest.entities()) {
                if (type != null && !type.equals(e.type())) {
                    continue;
                }
                byId.merge(e.id(), new EntityCount(e.id(), e.name(), e.type(), 1, e.mentions(), e.lat(), e.lon(),
                        e.country(), e.kind()), (a, b) -> new EntityCount(a.id(), a.name(), a.type(),
                        a.articles() + 1, a.mentions() + b.mentions(), a.lat(), a.lon(), a.country(), a.kind()));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt(EntityCount::articles).reversed()
                        .thenComparing(Comparator.comparingInt(EntityCount::mentions).reversed())
                        .thenComparing(EntityCount::name))
                .limit(limit).toList();
    }

    /** Geocoded places only. */
    public static List<EntityCount> places(List<ArticleDigest> digests, int limit) {
        List<ArticleDigest> placesOnly = digests.stream().map(d -> new ArticleDigest(d.key(), d.id(), d.title(),
                d.outlet(), d.author(), d.published(), d.words(), d.claims(), d.techniques(), d.sourceTypes(),
                d.entities().stream().filter(e -> e.lat() != null && e.lon() != null).toList(), List.of(),
                List.of(), List.of(), List.of())).toList();
        return entities(placesOnly, null, limit);
    }

    public static List<OutletProfile> outlets(List<ArticleDigest> digests) {
        Map<String, List<ArticleDigest>> byOutlet = new TreeMap<>();
        for (ArticleDigest digest : digests) {
            String outlet = digest.outlet() == null || digest.outlet().isBlank() ? "(no outlet)" : digest.outlet();
            byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(digest);
        }
        List<OutletProfile> profiles = new ArrayList<>();
        byOutlet.forEach((outlet, articles) -> profiles.add(outlet(outlet, articles)));
        profiles.sort(Comparator.comparingInt(OutletProfile::articles).reversed().thenComparing(OutletProfile::outlet));
        return profiles;
    }

    private static OutletProfile outlet(String outlet, List<ArticleDigest> articles) {
        long words = 0;
        int claims = 0;
        Map<String, Integer> techniques = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Map<String, Integer>> labels = new TreeMap<>();
        Map<String, Map<String, Integer>> stances = new TreeMap<>();
        for (ArticleDigest a : articles) {
            words += a.words();
            claims += a.claims();
            a.techniques().forEach((t, n) -> techniques.merge(t, n, Integer::sum));
            a.sourceTypes().forEach((t, n) -> sources.merge(t, n, Integer::sum));
            for (ArticleDigest.FramingDigest f : a.framing()) {
                for (String label : f.labels()) {
                    labels.computeIfAbsent(f.name(), n -> new TreeMap<>()).merge(label, 1, Integer::sum);
                }
                stances.computeIfAbsent(f.name(), n -> new TreeMap<>()).merge(f.stance(), 1, Integer::sum);
            }
        }
        int techniqueTotal = techniques.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> perThousand = new TreeMap<>();
        long w = words;
        techniques.forEach((t, n) -> perThousand.put(t, rate(n, w)));
        Map<String, Double> shares = new TreeMap<>();
        int c = claims;
        sources.forEach((t, n) -> shares.put(t, c == 0 ? 0 : round(n / (double) c)));
        return new OutletProfile(outlet, articles.size(), words, techniqueTotal, rate(techniqueTotal, words),
                perThousand, claims, shares, labels, stances);
    }

    private static String nodeId(org.newslens.core.model.EventArgument participant) {
        return participant.id() != null ? participant.id() : "generic:" + participant.name();
    }

    public static Network network(List<ArticleDigest> digests, int maxNodes, int minArticles) {
        Map<String, Node> nodes = new HashMap<>();
        for (EntityCount e : entities(digests, null, Integer.MAX_VALUE)) {
            if (ArticleDigests.isActor(org.newslens.core.model.EntityType.valueOf(e.type()))) {
                nodes.put(e.id(), new Node(e.id(), e.name(), e.type(), e.articles(), e.mentions()));
            }
        }
        Map<String, int[]> edges = new HashMap<>();
        for (ArticleDigest digest : digests) {
            for (ArticleDigest.Link link : digest.links()) {
                int[] counts = edges.computeIfAbsent(link.a() + "\u0000" + link.b(), k -> new int[2]);
                counts[0] += link.sentences();
                counts[1]++;
            }
        }
        Set<String> kept = new HashSet<>();
        nodes.values().stream().filter(n -> n.articles() >= minArticles)
                .sorted(Comparator.comparingInt(Node::articles).reversed().thenComparing(Node::name))
                .limit(maxNodes).forEach(n -> kept.add(n.id()));
        List<Edge> edgeList = new ArrayList<>();
        edges.forEach((pair, counts) -> {
            String[] ab = pair.split("\u0000");
            if (kept.contains(ab[0]) && kept.contains(ab[1])) {
                edgeList.add(new Edge(ab[0], ab[1], "co-occurrence", counts[0], counts[1]));
            }
        });
        // Typed, directed edges from each event's actor to its target. Unnamed participants ("Rebels",
        // "Civilians") become nodes of their own, since who did what to whom matters even when unnamed.
        Map<String, int[]> eventEdges = new HashMap<>();
        Map<String, Set<String>> genericArticles = new HashMap<>();
        for (ArticleDigest digest : digests) {
            Set<String> inArticle = new HashSet<>();
            for (org.newslens.core.model.EventReport report : digest.events()) {
                var event = report.event();
                if (event.actor() == null || event.target() == null) {
                    continue;
                }
                String source = nodeId(event.actor());
                String target = nodeId(event.target());
                if (source.equals(target)) {
                    continue;
                }
                for (var end : List.of(event.actor(), event.target())) {
                    if (end.id() == null) {
                        genericArticles.computeIfAbsent(nodeId(end), k -> new HashSet<>()).add(digest.key());
                    }
                }
                String key = source + "\u0000" + target + "\u0000" + event.type().name();
                int[] counts = eventEdges.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += inArticle.add(key) ? 1 : 0;
            }
        }
        genericArticles.forEach((id, articles) -> {
            nodes.put(id, new Node(id, id.substring("generic:".length()), "GENERIC", articles.size(), articles.size()));
            kept.add(id);
        });
        eventEdges.forEach((key, counts) -> {
            String[] parts = key.split("\u0000");
            if (kept.contains(parts[0]) && kept.contains(parts[1])) {
                edgeList.add(new Edge(parts[0], parts[1], "event:" + parts[2], counts[0], counts[1]));
            }
        });
        edgeList.sort(Comparator.comparingInt(Edge::sentences).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target));
        List<Node> nodeList = kept.stream().map(nodes::get)
                .sorted(Comparator.comparingInt(Node::articles).reversed().thenComparing(Node::name)).toList();
        return new Network(nodeList, edgeList);
    }

    public static List<TimelineDay> timeline(List<ArticleDigest> digests) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (ArticleDigest digest : digests) {
            if (digest.published() != null) {
                counts.computeIfAbsent(digest.published(), d -> new int[2])[0]++;
            }
            Set<String> seen = new HashSet<>();
            for (ArticleDigest.DatedMention date : digest.dates()) {
                if (seen.add(date.value())) {
                    counts.computeIfAbsent(date.value(), d -> new int[2])[1]++;
                    List<String> list = examples.computeIfAbsent(date.value(), d -> new ArrayList<>());
                    if (list.size() < 3) {
                        list.add(date.text() + " (" + (digest.title() == null ? digest.id() : digest.title()) + ")");
                    }
                }
            }
        }
        List<TimelineDay> days = new ArrayList<>();
        counts.forEach((day, c) -> days.add(new TimelineDay(day, c[0], c[1], examples.getOrDefault(day, List.of()))));
        return days;
    }

    private static double rate(int count, long words) {
        return words == 0 ? 0 : round(count * 1000.0 / words);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
