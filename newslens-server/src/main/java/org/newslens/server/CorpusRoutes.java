package org.newslens.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.store.ArticleDigest;
import org.newslens.store.ArticleStore;
import org.newslens.store.CorpusViews;
import org.newslens.store.GraphMl;
import org.newslens.store.SearchRequest;

/** Search and the corpus views, all narrowed by the same parameters as search. */
final class CorpusRoutes {

    /** Corpus views read at most this many digests (newest first) and say so. */
    static final int MAX_DIGESTS = 20_000;

    private final ArticleStore store;
    private final EventRoutes events;

    CorpusRoutes(ArticleStore store, EventRoutes events) {
        this.store = store;
        this.events = events;
    }

    void search(Context ctx) {
        ctx.json(store.search(SearchParameters.read(ctx, 20)));
    }

    void entities(Context ctx) {
        Digests d = digests(ctx);
        String type = ctx.queryParam("type");
        ctx.json(envelope(d, CorpusViews.entities(d.list(), type == null || type.isBlank() ? null : type,
                SearchParameters.integer(ctx, "top", 100))));
    }

    void places(Context ctx) {
        Digests d = digests(ctx);
        ctx.json(placesGeoJson(d));
    }

    void outlets(Context ctx) {
        Digests d = digests(ctx);
        ctx.json(envelope(d, CorpusViews.outlets(d.list())));
    }

    void network(Context ctx) {
        Digests d = digests(ctx);
        ctx.json(envelope(d, CorpusViews.network(d.list(), SearchParameters.integer(ctx, "nodes", 60),
                SearchParameters.integer(ctx, "minArticles", 1))));
    }

    void timeline(Context ctx) {
        Digests d = digests(ctx);
        ctx.json(envelope(d, CorpusViews.timeline(d.list())));
    }

    void export(Context ctx) throws IOException {
        String format = ctx.pathParam("format");
        if (events.export(ctx, format)) {
            return;
        }
        Digests d = digests(ctx);
        switch (format) {
            case "jsonl" -> {
                StringBuilder out = new StringBuilder();
                for (ArticleDigest digest : d.list()) {
                    store.analysisJson(digest.key()).ifPresent(json -> out.append(json).append('\n'));
                }
                attachment(ctx, "newslens-articles.jsonl", "application/x-ndjson").result(out.toString());
            }
            case "csv" -> attachment(ctx, "newslens-articles.csv", "text/csv; charset=utf-8")
                    .result(ArticleCsv.write(d.list()));
            case "geojson" -> attachment(ctx, "newslens-places.geojson", "application/geo+json")
                    .json(placesGeoJson(d));
            case "graphml" -> {
                StringWriter out = new StringWriter();
                GraphMl.write(CorpusViews.network(d.list(), 500, 1), out);
                attachment(ctx, "newslens-actors.graphml", "application/graphml+xml").result(out.toString());
            }
            default -> throw ApiException.badRequest("export formats are jsonl, csv, geojson, graphml, acled, events,"
                    + " events-geojson and gexf, not \""
                    + SearchParameters.clip(format) + "\"");
        }
    }

    private static Context attachment(Context ctx, String fileName, String contentType) {
        return ctx.contentType(contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private record Digests(long matched, List<ArticleDigest> list) {
    }

    private Digests digests(Context ctx) {
        SearchRequest request = SearchParameters.read(ctx, 0);
        List<ArticleDigest> list = new ArrayList<>();
        long matched = store.forEachDigest(request, MAX_DIGESTS, list::add);
        return new Digests(matched, list);
    }

    private static Map<String, Object> envelope(Digests d, Object items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matched", d.matched());
        body.put("considered", d.list().size());
        body.put("items", items);
        return body;
    }

    private static Map<String, Object> placesGeoJson(Digests d) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CorpusViews.EntityCount place : CorpusViews.places(d.list(), 2_000)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", place.id());
            properties.put("name", place.name());
            properties.put("type", place.type());
            properties.put("kind", place.kind());
            properties.put("country", place.country());
            properties.put("articles", place.articles());
            properties.put("mentions", place.mentions());
            features.add(Map.of("type", "Feature", "properties", properties,
                    "geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat()))));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("matched", d.matched());
        collection.put("considered", d.list().size());
        collection.put("features", features);
        return collection;
    }
}
