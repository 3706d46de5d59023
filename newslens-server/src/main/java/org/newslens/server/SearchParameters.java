package org.newslens.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newslens.store.Facet;
import org.newslens.store.SearchRequest;

/** Reads a {@link SearchRequest} from query parameters: q, one parameter per facet key (repeatable), from, to, offset, limit. */
final class SearchParameters {

    private SearchParameters() {
    }

    static SearchRequest read(Context ctx, int defaultLimit) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = ctx.queryParams(facet.key()).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        try {
            return new SearchRequest(ctx.queryParam("q"), filters, date(ctx, "from"), date(ctx, "to"),
                    integer(ctx, "offset", 0), integer(ctx, "limit", defaultLimit), integer(ctx, "facetLimit", 12));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter " + name + " must be a whole number, was \"" + clip(value) + "\"");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter " + name + " must be a date like 2016-12-15, was \""
                    + clip(value) + "\"");
        }
    }

    static String clip(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
