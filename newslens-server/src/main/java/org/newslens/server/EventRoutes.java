package org.newslens.server;

import io.javalin.http.Context;
import org.newslens.core.model.EventReport;
import org.newslens.events.AcledCsv;
import org.newslens.events.ActorGraph;
import org.newslens.events.CachingEmbedder;
import org.newslens.events.EventGeoJson;
import org.newslens.events.EventLinker;
import org.newslens.events.EventRecord;
import org.newslens.events.MiniLmEmbedder;
import org.newslens.core.json.AnalysisJson;
import org.newslens.store.ArticleDigest;
import org.newslens.store.ArticleStore;
import org.newslens.store.SearchRequest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event records across the stored articles that match a search: linked on request from the
 * events in the article digests (no full analysis is re-read); sentence vectors are cached.
 */
final class EventRoutes {

    private final ArticleStore store;
    private final EventLinker linker = new EventLinker(new CachingEmbedder(MiniLmEmbedder::new, 100_000));

    EventRoutes(ArticleStore store) {
        this.store = store;
    }

    /** {@code GET /api/events}: records, most reported first, optionally of one type. */
    void events(Context ctx) {
        Linked linked = link(ctx);
        String type = ctx.queryParam("type");
        int limit = Math.max(1, Math.min(1_000, SearchParameters.integer(ctx, "limit", 200)));
        List<EventRecord> shown = linked.records().stream()
                .filter(r -> type == null || type.isBlank() || r.type().name().equalsIgnoreCase(type))
                .sorted((a, b) -> a.outlets().size() != b.outlets().size()
                        ? Integer.compare(b.outlets().size(), a.outlets().size())
                        : Integer.compare(b.reports().size(), a.reports().size()))
                .limit(limit).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matched", linked.matched());
        body.put("considered", linked.considered());
        body.put("mentions", linked.mentions());
        body.put("records", linked.records().size());
        body.put("items", shown);
        ctx.json(body);
    }

    /** {@code GET /api/events/{id}}: one record with all its reports, for the event page. */
    void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventRecord record = link(ctx).records().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "not_found", "no event record " + SearchParameters.clip(id)
                        + " among the articles matching the request"));
        ctx.json(record);
    }

    /** Exports of event records: {@code acled} (CSV), {@code events} (JSON lines), {@code events-geojson}, {@code gexf}. */
    boolean export(Context ctx, String format) throws IOException {
        switch (format) {
            case "acled" -> {
                StringWriter out = new StringWriter();
                AcledCsv.write(link(ctx).records(), out);
                attachment(ctx, "newslens-events-acled.csv", "text/csv; charset=utf-8").result(out.toString());
            }
            case "events" -> {
                StringBuilder out = new StringBuilder();
                var writer = AnalysisJson.mapper().writer();
                for (EventRecord record : link(ctx).records()) {
                    out.append(writer.writeValueAsString(record)).append('\n');
                }
                attachment(ctx, "newslens-events.jsonl", "application/x-ndjson").result(out.toString());
            }
            case "events-geojson" -> attachment(ctx, "newslens-events.geojson", "application/geo+json")
                    .json(EventGeoJson.of(link(ctx).records(), AnalysisJson.mapper()));
            case "gexf" -> {
                StringWriter out = new StringWriter();
                ActorGraph.writeGexf(link(ctx).records(), out);
                attachment(ctx, "newslens-event-actors.gexf", "application/gexf+xml").result(out.toString());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private record Linked(long matched, int considered, int mentions, List<EventRecord> records) {
    }

    private Linked link(Context ctx) {
        SearchRequest request = SearchParameters.read(ctx, 0);
        List<EventReport> reports = new ArrayList<>();
        int[] considered = {0};
        long matched = store.forEachDigest(request, CorpusRoutes.MAX_DIGESTS, (ArticleDigest d) -> {
            considered[0]++;
            reports.addAll(d.events());
        });
        reports.sort(java.util.Comparator.comparing(EventReport::articleId).thenComparingInt(r -> r.event().start()));
        return new Linked(matched, considered[0], reports.size(), linker.link(reports));
    }

    private static Context attachment(Context ctx, String fileName, String contentType) {
        return ctx.contentType(contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
