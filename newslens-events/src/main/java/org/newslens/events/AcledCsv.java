package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventReport;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Event records as ACLED-style CSV (RFC 4180): ACLED's columns first, then ours. One row per event
 * record, not per report, so an event five outlets tell is counted once.
 */
public final class AcledCsv {

    public static final List<String> COLUMNS = List.of("event_id", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "country",
            "source", "notes", "newslens_type", "modality", "confidence", "reports", "outlets", "article_ids",
            "conflicts");

    private AcledCsv() {
    }

    public static void write(List<EventRecord> records, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (EventRecord r : records) {
            EventReport first = r.reports().get(0);
            EventArgument place = r.location();
            Set<String> sources = new LinkedHashSet<>();
            for (EventReport report : r.reports()) {
                sources.add(EventRecords.outlet(report) + (report.source() != null && !report.source().equals(report.outlet())
                        ? " (" + report.source() + ")" : ""));
            }
            int timePrecision = first.event().date() == null ? 3
                    : r.reports().stream().filter(x -> x.event().date() != null).mapToInt(x -> x.event().date().precision())
                    .min().orElse(3);
            List<String> row = List.of(
                    r.id(),
                    nz(r.dateFrom()),
                    Integer.toString(timePrecision),
                    r.type().acledType(),
                    r.type().acledSubType(),
                    r.actors().isEmpty() ? "" : r.actors().get(0),
                    r.targets().isEmpty() ? "" : r.targets().get(0),
                    place == null ? "" : place.name(),
                    place == null || place.geo() == null ? "" : String.format(Locale.ROOT, "%.4f", place.geo().lat()),
                    place == null || place.geo() == null ? "" : String.format(Locale.ROOT, "%.4f", place.geo().lon()),
                    place == null ? "" : geoPrecision(place),
                    place == null || place.geo() == null ? "" : nz(place.geo().country()),
                    String.join("; ", sources),
                    first.sentence(),
                    r.type().name(),
                    r.reports().stream().map(x -> x.event().modality().name()).distinct().collect(Collectors.joining("/")),
                    String.format(Locale.ROOT, "%.2f", r.confidence()),
                    Integer.toString(r.reports().size()),
                    String.join("; ", r.outlets()),
                    r.reports().stream().map(EventReport::articleId).distinct().collect(Collectors.joining("; ")),
                    String.join("; ", r.conflicts()));
            out.write(row.stream().map(AcledCsv::cell).collect(Collectors.joining(",")));
            out.write("\r\n");
        }
        out.flush();
    }

    /** ACLED's geo precision: 1 the town itself, 2 part of or near it, 3 only a region or country. */
    static String geoPrecision(EventArgument place) {
        if (place.geo() == null) {
            return "";
        }
        String kind = place.geo().kind();
        boolean exact = "exact".equals(place.geo().precision()) && ("city".equals(kind) || "facility".equals(kind));
        int precision = exact ? 1 : "part".equals(place.geo().precision()) ? 2 : 3;
        return Integer.toString(place.stated() || "stated".equals(place.basis()) ? precision : Math.max(precision, 2));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Quotes a cell when needed; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        String v = value.replace("\r", " ").replace("\n", " ");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d.*")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.startsWith(" ") || v.endsWith(" ")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
