package org.newslens.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Supplier;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.store.ArticleStore;
import org.newslens.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API ({@code /api/...}, described by {@code /api/openapi.json}) and the web UI, served by
 * one Javalin process over a store. Every answer carries a Content-Security-Policy that allows
 * scripts, styles and data from this server only; errors are JSON {@code {status, code, message}}.
 */
public final class NewslensServer implements AutoCloseable {

    // The one hash is the stylesheet cytoscape injects for its canvas; no other inline style or script runs.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data: blob:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";
    static final int MAX_THREADS = 256;
    static final int MAX_QUEUED = 1_024;
    private static final Logger LOG = LoggerFactory.getLogger(NewslensServer.class);

    private final ServerConfig config;
    private final Javalin app;

    public NewslensServer(ServerConfig config, ArticleStore store, Supplier<Pipeline> pipeline) {
        this.config = config;
        ArticleRoutes articles = new ArticleRoutes(store,
                new AnalyzeService(pipeline, config.maxBodyBytes(), config.analyzeSlots()), config.maxBodyBytes());
        EventRoutes events = new EventRoutes(store);
        CorpusRoutes corpus = new CorpusRoutes(store, events);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            // Bounded threads and a bounded queue: under load requests wait briefly or are refused, never pile up.
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000,
                    new BlockingArrayQueue<>(64, 64, MAX_QUEUED));
            threads.setName("newslens-http");
            c.jetty.threadPool = threads;
            c.jetty.timeoutStatus = 503;
            c.jetty.clientAbortStatus = 499;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jsonMapper(new JavalinJackson(AnalysisJson.mapper(), false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/newslens/server/web";
                files.location = Location.CLASSPATH;
                files.headers = securityHeaders();
            });
        });
        app.before(ctx -> securityHeaders().forEach(ctx::header));
        app.before("/api/*", this::guardWrites);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "articles", store.size())));
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                .result(resource("/org/newslens/server/openapi.json")));
        app.get("/api/search", corpus::search);
        app.get("/api/articles/{key}", articles::article);
        app.post("/api/analyze", articles::analyze);
        app.get("/api/entities", corpus::entities);
        app.get("/api/places", corpus::places);
        app.get("/api/outlets", corpus::outlets);
        app.get("/api/network", corpus::network);
        app.get("/api/timeline", corpus::timeline);
        app.get("/api/events", events::events);
        app.get("/api/events/{id}", events::event);
        app.get("/api/export/{format}", corpus::export);
        mapErrors();
    }

    private static Map<String, String> securityHeaders() {
        return Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY", "Cache-Control", "no-store");
    }

    /** Off loopback a token is configured (ServerConfig insists); then every write must present it. */
    private void guardWrites(Context ctx) {
        String method = ctx.method().name();
        if (config.token() == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "unauthorized", "write requests need the header Authorization: Bearer TOKEN");
        }
    }

    private void mapErrors() {
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), codeOf(e.getStatus()),
                e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure", e);
            error(ctx, 503, "store_unavailable", "the store could not answer; see the server log");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "unexpected failure; see the server log");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "not_found", "no such endpoint: " + SearchParameters.clip(ctx.path()));
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here"));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            default -> "http_" + status;
        };
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ApiError(status, code, message == null ? code : message));
    }

    private static String resource(String path) {
        try (var in = NewslensServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public NewslensServer start() {
        app.start(config.host(), config.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
