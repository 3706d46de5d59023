package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Article;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.GreatCircle;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.events.EventLinker;
import org.newslens.events.EventRecord;
import org.newslens.core.pipeline.EventReports;
import org.newslens.events.SentenceEmbedder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores events against gold files (docs/eval-events.md): event mentions found with the right type,
 * and with the right type and place (within 25 km); argument accuracy on matched events; and
 * cross-article linking as pairwise precision and recall over gold mentions.
 */
public final class EventEvaluation {

    /** A gold event mention. */
    record GoldEvent(String article, int start, int end, String trigger, String type, String place, double lat, double lon,
                     List<String> actor, List<String> target, String date, String modality, String record) {
    }

    /** One gold event and the prediction matched to it, or null. */
    record Match(GoldEvent gold, EventReport predicted) {
    }

    /** Everything measured, with the misses and extras for {@code -v}. */
    public record Result(int gold, int predicted, int typeMatched, int typePlaceMatched, int predictedCorrectType,
                         int predictedCorrectTypePlace, Map<String, int[]> arguments, int[] linking,
                         List<String> misses, List<String> extras) {
    }

    private final Pipeline pipeline;
    private final SentenceEmbedder embedder;

    public EventEvaluation(Pipeline pipeline, SentenceEmbedder embedder) {
        this.pipeline = pipeline;
        this.embedder = embedder;
    }

    public Result evaluate(Path goldDir, List<Path> articleDirs) throws IOException {
        ArticleIndex index = ArticleIndex.of(articleDirs);
        List<GoldEvent> gold = new ArrayList<>();
        List<EventReport> predicted = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (Path file : ArticleIndex.goldFiles(goldDir)) {
            JsonNode root = AnalysisJson.mapper().readTree(Files.readString(file));
            String id = root.path("article").asText();
            Article article = root.hasNonNull("file") ? index.read(file, id, root.get("file").asText()) : index.read(file, id);
            Analysis analysis = pipeline.analyze(article);
            texts.put(id, article.text());
            predicted.addAll(EventReports.of(analysis, null));
            for (JsonNode e : root.path("events")) {
                int start = e.path("start").asInt();
                int end = e.path("end").asInt();
                if (start < 0 || end > article.text().length() || start >= end) {
                    throw new IOException(file + ": event span " + start + "-" + end + " outside the article");
                }
                String trigger = e.hasNonNull("trigger") ? e.get("trigger").asText() : null;
                if (trigger != null && !article.text().substring(start, end).equals(trigger)) {
                    throw new IOException(file + ": span " + start + "-" + end + " is \"" + article.text().substring(start, end)
                            + "\", not \"" + trigger + "\"");
                }
                JsonNode place = e.path("place");
                gold.add(new GoldEvent(id, start, end, trigger, e.path("type").asText(), place.path("name").asText(null),
                        place.path("lat").asDouble(Double.NaN), place.path("lon").asDouble(Double.NaN),
                        names(e, "actor"), names(e, "target"), text(e, "date"), e.path("modality").asText("FACT"),
                        text(e, "record")));
            }
        }
        List<Match> matches = match(gold, predicted);
        int typeMatched = 0;
        int typePlace = 0;
        Map<String, int[]> arguments = new java.util.LinkedHashMap<>();
        for (String role : List.of("actor", "target", "date", "modality")) {
            arguments.put(role, new int[2]);
        }
        List<String> misses = new ArrayList<>();
        List<EventReport> matchedPredictions = new ArrayList<>();
        for (Match m : matches) {
            GoldEvent g = m.gold();
            if (m.predicted() == null) {
                misses.add(g.article() + " " + g.type() + " \"" + span(texts, g) + "\"");
                continue;
            }
            typeMatched++;
            matchedPredictions.add(m.predicted());
            EventMention p = m.predicted().event();
            boolean placeRight = placeRight(g, p.location());
            if (placeRight) {
                typePlace++;
            } else {
                misses.add(g.article() + " " + g.type() + " \"" + span(texts, g) + "\": place " + name(p.location())
                        + ", gold " + g.place());
            }
            String where = g.article() + " " + g.type() + " \"" + span(texts, g) + "\": ";
            argument(arguments.get("actor"), same(g.actor(), p.actor()), misses, where + "actor " + name(p.actor())
                    + ", gold " + g.actor());
            argument(arguments.get("target"), same(g.target(), p.target()), misses, where + "target " + name(p.target())
                    + ", gold " + g.target());
            if (g.date() != null) {
                argument(arguments.get("date"), dateRight(g.date(), p), misses, where + "date "
                        + (p.date() == null ? "none" : p.date().value() + " (" + p.date().basis() + ")") + ", gold " + g.date());
            }
            argument(arguments.get("modality"), g.modality().equals(p.modality().name()), misses, where + "modality "
                    + p.modality() + ", gold " + g.modality());
        }
        int correctType = 0;
        int correctTypePlace = 0;
        List<String> extras = new ArrayList<>();
        for (EventReport r : predicted) {
            Match m = matches.stream().filter(x -> x.predicted() == r).findFirst().orElse(null);
            if (m != null) {
                correctType++;
                correctTypePlace += placeRight(m.gold(), r.event().location()) ? 1 : 0;
            } else {
                extras.add(r.articleId() + " " + r.event().type() + " \"" + r.event().text() + "\"");
            }
        }
        int[] linking = linking(matches, predicted);
        return new Result(gold.size(), predicted.size(), typeMatched, typePlace, correctType, correctTypePlace, arguments,
                linking, misses, extras);
    }

    /** Pairwise: gold pairs in one record (both matched) that the linker put in one record, and vice versa. */
    private int[] linking(List<Match> matches, List<EventReport> predicted) {
        List<EventRecord> records = new EventLinker(embedder).link(predicted);
        Map<EventReport, Integer> recordOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (EventReport r : records.get(i).reports()) {
                recordOf.put(r, i);
            }
        }
        int goldPairs = 0;
        int goldPairsFound = 0;
        int predictedPairs = 0;
        int predictedPairsRight = 0;
        List<Match> matched = matches.stream().filter(m -> m.predicted() != null).toList();
        for (int i = 0; i < matched.size(); i++) {
            for (int j = i + 1; j < matched.size(); j++) {
                Match a = matched.get(i);
                Match b = matched.get(j);
                boolean goldSame = a.gold().record() != null && a.gold().record().equals(b.gold().record());
                boolean predictedSame = recordOf.get(a.predicted()).equals(recordOf.get(b.predicted()));
                goldPairs += goldSame ? 1 : 0;
                goldPairsFound += goldSame && predictedSame ? 1 : 0;
                predictedPairs += predictedSame ? 1 : 0;
                predictedPairsRight += goldSame && predictedSame ? 1 : 0;
            }
        }
        return new int[] {goldPairs, goldPairsFound, predictedPairs, predictedPairsRight};
    }

    /** Each gold event takes the unmatched prediction of its type in its sentence nearest to its trigger. */
    private static List<Match> match(List<GoldEvent> gold, List<EventReport> predicted) {
        List<Match> matches = new ArrayList<>();
        java.util.Set<EventReport> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (GoldEvent g : gold) {
            EventReport best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (EventReport r : predicted) {
                EventMention p = r.event();
                if (!r.articleId().equals(g.article()) || used.contains(r) || !p.type().name().equals(g.type())
                        || !p.sentence().contains(g.start())) {
                    continue;
                }
                int distance = Math.abs(p.start() - g.start());
                if (distance < bestDistance) {
                    best = r;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                used.add(best);
            }
            matches.add(new Match(g, best));
        }
        return matches;
    }

    static boolean placeRight(GoldEvent g, EventArgument location) {
        if (location == null) {
            return false;
        }
        if (g.place() != null && g.place().equalsIgnoreCase(location.name())) {
            return true;
        }
        if (location.geo() == null || Double.isNaN(g.lat())) {
            return false;
        }
        return GreatCircle.kilometres(location.geo().lat(), location.geo().lon(), g.lat(), g.lon()) <= EventLinker.NEAR_KM;
    }

    /** Right when the prediction names the gold actor by any of its accepted names (a country and its government are one). */
    private static boolean same(List<String> gold, EventArgument predicted) {
        if (gold.isEmpty()) {
            return predicted == null;
        }
        return predicted != null && gold.stream().anyMatch(g -> g.equalsIgnoreCase(predicted.name()));
    }

    /** A gold name, a list of accepted names, or null. */
    private static List<String> names(JsonNode e, String field) {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asText()));
            return out;
        }
        return List.of(v.asText());
    }

    /** The predicted date window overlaps the gold day, month or year. */
    static boolean dateRight(String gold, EventMention p) {
        if (p.date() == null) {
            return false;
        }
        LocalDate from;
        LocalDate to;
        if (gold.length() == 4) {
            from = LocalDate.of(Integer.parseInt(gold), 1, 1);
            to = LocalDate.of(Integer.parseInt(gold), 12, 31);
        } else if (gold.length() == 7) {
            YearMonth month = YearMonth.parse(gold);
            from = month.atDay(1);
            to = month.atEndOfMonth();
        } else {
            from = LocalDate.parse(gold);
            to = from;
        }
        LocalDate pTo = LocalDate.parse(p.date().to());
        LocalDate pFrom = p.date().from() != null ? LocalDate.parse(p.date().from()) : pTo;
        return !pFrom.isAfter(to) && !pTo.isBefore(from);
    }

    private static void argument(int[] counts, boolean right, List<String> misses, String miss) {
        score(counts, right);
        if (!right) {
            misses.add(miss);
        }
    }

    private static void score(int[] counts, boolean right) {
        counts[0] += right ? 1 : 0;
        counts[1]++;
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }

    private static String name(EventArgument a) {
        return a == null ? "none" : a.name() + " (" + a.basis() + ")";
    }

    private static String span(Map<String, String> texts, GoldEvent g) {
        return g.trigger() != null ? g.trigger() : g.start() + "-" + g.end();
    }

    public static void print(Result r, boolean verbose, PrintStream out) {
        out.printf(Locale.ROOT, "gold events %d, predicted %d%n", r.gold(), r.predicted());
        prf(out, "events, right type", r.predictedCorrectType(), r.predicted(), r.typeMatched(), r.gold());
        prf(out, "events, right type and place (25 km)", r.predictedCorrectTypePlace(), r.predicted(), r.typePlaceMatched(),
                r.gold());
        r.arguments().forEach((role, c) -> out.printf(Locale.ROOT, "  %-9s accuracy %.3f (%d/%d matched events%s)%n", role,
                c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1], role.equals("date") ? " with a gold date" : ""));
        int[] l = r.linking();
        prf(out, "cross-article linking (pairs)", l[3], l[2], l[1], l[0]);
        if (verbose) {
            r.misses().forEach(m -> out.println("  miss  " + m));
            r.extras().forEach(e -> out.println("  extra " + e));
        }
    }

    private static void prf(PrintStream out, String what, int rightPredicted, int predicted, int found, int gold) {
        double p = predicted == 0 ? 0 : (double) rightPredicted / predicted;
        double rcl = gold == 0 ? 0 : (double) found / gold;
        double f = p + rcl == 0 ? 0 : 2 * p * rcl / (p + rcl);
        out.printf(Locale.ROOT, "%-40s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, p, rightPredicted, predicted, rcl,
                found, gold, f);
    }
}
