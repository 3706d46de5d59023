package org.newslens.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Analysis;
import org.newslens.ingest.InputFormat;
import org.newslens.store.ArticleStore;

/** One article: read a stored analysis, or analyse (and optionally store) a posted one. */
final class ArticleRoutes {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final ArticleStore store;
    private final AnalyzeService analyzer;
    private final long maxBodyBytes;
    private final AnalysisJson json = new AnalysisJson();

    ArticleRoutes(ArticleStore store, AnalyzeService analyzer, long maxBodyBytes) {
        this.store = store;
        this.analyzer = analyzer;
        this.maxBodyBytes = maxBodyBytes;
    }

    void article(Context ctx) {
        String key = ctx.pathParam("key");
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest("an article key is 32 hexadecimal characters, was \""
                    + SearchParameters.clip(key) + "\"");
        }
        String analysis = store.analysisJson(key)
                .orElseThrow(() -> ApiException.notFound("no article with key " + key + " in the store"));
        ctx.contentType("application/json").result(analysis);
    }

    void analyze(Context ctx) {
        boolean keep = Boolean.parseBoolean(ctx.queryParam("store"));
        Analysis analysis = analyzer.analyze(body(ctx), format(ctx.contentType()));
        ObjectNode tree = json.toTree(analysis);
        if (keep) {
            String key = store.put(analysis);
            store.commit();
            tree.put("key", key);
            ctx.status(201).header("Location", "/api/articles/" + key);
        }
        ctx.json(tree);
    }

    /** Reads at most maxBodyBytes, also when no Content-Length was sent (chunked uploads). */
    private byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("the request body is empty; send the article's text, HTML or JSON");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too_large", "the request body is larger than " + maxBodyBytes + " bytes");
    }

    private static InputFormat format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "text/plain" -> InputFormat.TEXT;
            case "text/html" -> InputFormat.HTML;
            case "application/json" -> InputFormat.JSON;
            default -> throw new ApiException(415, "unsupported_media_type", "send text/plain, text/html or"
                    + " application/json, not \"" + SearchParameters.clip(type) + "\"");
        };
    }
}
