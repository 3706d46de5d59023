package org.newslens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.json.AnalysisJson;
import org.newslens.store.ArticleStore;

/** The REST API on a real server over a store filled with the demo corpus. */
class NewslensServerTest {

    private static final String TOKEN = "0123456789abcdef-test-token";

    @TempDir
    static Path dir;
    static ArticleStore store;
    static NewslensServer server;
    static NewslensServer guarded;
    static String hostileKey;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        hostileKey = DemoStore.fill(dir);
        store = ArticleStore.open(dir);
        server = new NewslensServer(ServerConfig.loopback(0), store, DemoStore::pipeline).start();
        guarded = new NewslensServer(new ServerConfig("127.0.0.1", 0, TOKEN, 10_000, 1), store,
                DemoStore::pipeline).start();
    }

    @AfterAll
    static void stop() {
        guarded.close();
        server.close();
        store.close();
    }

    static HttpResponse<String> get(NewslensServer on, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(on.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(NewslensServer on, String path, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.url() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return AnalysisJson.mapper().readTree(response.body());
    }

    @Test
    void searchFindsTheEvacuationAndCountsFacets() throws Exception {
        JsonNode result = json(get(server, "/api/search?q=evacuation&facetLimit=20"));
        assertTrue(result.get("total").asInt() >= 1);
        assertTrue(result.get("hits").get(0).get("title").asText().contains("Evacuation"));
        JsonNode all = json(get(server, "/api/search?limit=50"));
        assertEquals(11, all.get("total").asInt(), "10 demo articles and the hostile one");
        assertTrue(all.get("facets").get("outlet").size() >= 3);
        String outlet = all.get("facets").get("outlet").get(0).get("value").asText();
        int count = all.get("facets").get("outlet").get(0).get("count").asInt();
        JsonNode narrowed = json(get(server, "/api/search?outlet=" + java.net.URLEncoder.encode(outlet, "UTF-8")));
        assertEquals(count, narrowed.get("total").asInt());
        JsonNode dated = json(get(server, "/api/search?from=2016-12-15&to=2016-12-15"));
        for (JsonNode hit : dated.get("hits")) {
            assertEquals("2016-12-15", hit.get("published").asText());
        }
    }

    @Test
    void anArticleComesBackByKeyAndBadKeysGetJsonErrors() throws Exception {
        HttpResponse<String> article = get(server, "/api/articles/" + hostileKey);
        assertEquals(200, article.statusCode());
        assertEquals(DemoStore.HOSTILE_TEXT, json(article).get("text").asText());
        HttpResponse<String> bad = get(server, "/api/articles/..%2F..%2Fetc%2Fpasswd");
        assertEquals(400, bad.statusCode());
        assertEquals("bad_request", json(bad).get("code").asText());
        HttpResponse<String> unknown = get(server, "/api/articles/" + "0".repeat(32));
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", json(unknown).get("code").asText());
        assertEquals(400, get(server, "/api/search?q=Aleppo%20AND%20(").statusCode());
        assertEquals(400, get(server, "/api/search?from=yesterday").statusCode());
    }

    @Test
    void postedTextIsAnalysedAndStoredOnlyWhenAsked() throws Exception {
        String text = "Shelling in Idlib\n\nSyrian troops shelled Idlib on Monday, activists said.";
        HttpResponse<String> analysed = post(server, "/api/analyze", "text/plain", text, null);
        assertEquals(200, analysed.statusCode(), analysed.body());
        assertTrue(json(analysed).get("entities").toString().contains("Idlib"));
        assertFalse(json(analysed).has("key"));
        HttpResponse<String> stored = post(server, "/api/analyze?store=true", "text/plain", text, null);
        assertEquals(201, stored.statusCode());
        String key = json(stored).get("key").asText();
        assertEquals(200, get(server, "/api/articles/" + key).statusCode());
        assertEquals(415, post(server, "/api/analyze", "application/pdf", "x", null).statusCode());
        assertEquals(400, post(server, "/api/analyze", "application/json", "{not json", null).statusCode());
    }

    @Test
    void oversizedBodiesAreRefusedWith413AndWritesNeedTheToken() throws Exception {
        HttpResponse<String> large = post(guarded, "/api/analyze", "text/plain", "word ".repeat(5_000), TOKEN);
        assertEquals(413, large.statusCode());
        assertEquals("too_large", json(large).get("code").asText());
        HttpResponse<String> anonymous = post(guarded, "/api/analyze", "text/plain", "Short text.", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(401, post(guarded, "/api/analyze", "text/plain", "Short text.", "wrong-token-wrong").statusCode());
        assertEquals(200, get(guarded, "/api/search").statusCode(), "reads need no token");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ServerConfig("0.0.0.0", 0, null, 1000, 1));
        assertTrue(e.getMessage().contains("needs a token"), e.getMessage());
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyAndStaticPathsCannotEscape() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/api/health", "/api/nothing"}) {
            HttpResponse<String> response = get(server, path);
            assertEquals(NewslensServer.CSP, response.headers().firstValue("Content-Security-Policy").orElse(""),
                    path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        for (String path : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/vendor/..%2f..%2f..%2f..%2fetc%2fpasswd", "/api/export/..%2f..%2fetc%2fpasswd"}) {
            HttpResponse<String> response = get(server, path);
            assertNotEquals(200, response.statusCode(), path);
            assertFalse(response.body().contains("root:"), path);
        }
    }

    @Test
    void corpusViewsAndExportsDescribeTheDemoCorpus() throws Exception {
        JsonNode places = json(get(server, "/api/places"));
        assertEquals("FeatureCollection", places.get("type").asText());
        assertTrue(places.get("features").toString().contains("Aleppo"));
        JsonNode network = json(get(server, "/api/network")).get("items");
        assertTrue(network.get("nodes").size() >= 5);
        assertTrue(network.get("edges").size() >= 3);
        JsonNode outlets = json(get(server, "/api/outlets")).get("items");
        assertTrue(outlets.size() >= 3);
        assertTrue(json(get(server, "/api/timeline")).get("items").toString().contains("2016-12-15"));
        HttpResponse<String> csv = get(server, "/api/export/csv");
        assertTrue(csv.body().startsWith("key,id,title,outlet"));
        assertEquals(12, csv.body().split("\r\n").length, "header + 11 articles");
        HttpResponse<String> graphml = get(server, "/api/export/graphml");
        assertTrue(graphml.body().contains("<graphml") && graphml.body().contains("<edge "));
        assertFalse(graphml.body().contains("<script>"), "names are escaped in GraphML");
        assertEquals(11, get(server, "/api/export/jsonl").body().lines().count());
        assertTrue(json(get(server, "/api/openapi.json")).get("paths").has("/api/search"));
    }

    @Test
    void eventRecordsLinkTheOutletsThatToldOneEventAndExportAsAcledGeoJsonAndGexf() throws Exception {
        JsonNode events = json(get(server, "/api/events"));
        assertTrue(events.get("mentions").asInt() >= 30, events.toString());
        JsonNode first = events.get("items").get(0);
        assertTrue(first.get("outlets").size() >= 2, "the most reported event is told by several outlets: " + first);
        JsonNode one = json(get(server, "/api/events/" + first.get("id").asText()));
        assertEquals(first.get("reports").size(), one.get("reports").size());
        assertEquals(404, get(server, "/api/events/ev-0000000000000000").statusCode());
        JsonNode sieges = json(get(server, "/api/search?eventType=SIEGE"));
        assertTrue(sieges.get("total").asInt() >= 1, sieges.toString());
        HttpResponse<String> acled = get(server, "/api/export/acled");
        assertTrue(acled.body().startsWith("event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2"));
        assertEquals(events.get("records").asInt() + 1, acled.body().split("\r\n").length, "header + one row per record");
        JsonNode geo = json(get(server, "/api/export/events-geojson"));
        assertTrue(geo.get("features").size() >= 10);
        HttpResponse<String> gexf = get(server, "/api/export/gexf");
        assertTrue(gexf.body().contains("<gexf") && gexf.body().contains("<edge "));
        assertFalse(gexf.body().contains("<script>"), "names are escaped in GEXF");
        JsonNode network = json(get(server, "/api/network")).get("items").get("edges");
        assertTrue(network.toString().contains("event:"), "typed event edges join the co-occurrence edges");
        assertTrue(json(get(server, "/api/openapi.json")).get("paths").has("/api/events/{id}"));
    }
}
