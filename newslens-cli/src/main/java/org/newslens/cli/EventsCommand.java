package org.newslens.cli;

import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.EventReport;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.events.AcledCsv;
import org.newslens.events.ActorGraph;
import org.newslens.events.EventGeoJson;
import org.newslens.events.EventLinker;
import org.newslens.events.EventRecord;
import org.newslens.core.pipeline.EventReports;
import org.newslens.events.MiniLmEmbedder;
import org.newslens.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Analyses the articles, links the event mentions that tell the same real event (type, place"
                + " within 25 km, time window, wording by all-MiniLM-L6-v2 sentence embeddings) and writes one JSON"
                + " event record per line: its mentions, the outlets that report it, on which sources, with which"
                + " words, and where their accounts conflict.",
                "Also writes ACLED-style CSV, GeoJSON of events and a GEXF actor network on request."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was analysed", "1:some input failed (the others are linked and written)",
                "2:wrong usage"})
final class EventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - (stdin).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Event records as JSON lines (default: stdout).")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write ACLED-style CSV, one row per event record.")
    Path csv;

    @Option(names = "--geojson", paramLabel = "FILE", description = "Also write the placed event records as GeoJSON.")
    Path geojson;

    @Option(names = "--gexf", paramLabel = "FILE", description = "Also write the actor network (GEXF, for Gephi).")
    Path gexf;

    @Option(names = "--no-embeddings", description = "Link on type, place and time only (no sentence model).")
    boolean noEmbeddings;

    @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
    List<Path> actorFiles = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = StandardPipeline.create(new ModelStore(), ActorKnowledgeBase.load(actorFiles));
        List<EventReport> reports = Collections.synchronizedList(new ArrayList<>());
        int[] counts = {0, 0};
        var tasks = AnalyzeCommand.ArticleResult.tasks(new ArticleReader().read(inputs, System.in).iterator(), pipeline);
        try (ParallelRunner runner = ParallelRunner.onAllCores()) {
            runner.run(tasks, result -> {
                if (result.failure() != null) {
                    counts[1]++;
                    System.err.println("newslens: " + result.failure().message());
                    return;
                }
                counts[0]++;
                reports.addAll(EventReports.of(result.analysis(), null));
            });
        }
        // Input order, not finishing order: the same inputs give the same records.
        List<EventReport> ordered = new ArrayList<>(reports);
        ordered.sort(java.util.Comparator.comparing(EventReport::articleId).thenComparingInt(r -> r.event().start()));
        List<EventRecord> records = new EventLinker(noEmbeddings ? null : new MiniLmEmbedder()).link(ordered);
        var writer = AnalysisJson.mapper().writer();
        try (Writer w = open(out)) {
            for (EventRecord record : records) {
                w.write(writer.writeValueAsString(record));
                w.write("\n");
            }
        }
        if (csv != null) {
            try (Writer w = open(csv)) {
                AcledCsv.write(records, w);
            }
        }
        if (geojson != null) {
            try (Writer w = open(geojson)) {
                w.write(AnalysisJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(EventGeoJson.of(records, AnalysisJson.mapper())));
            }
        }
        if (gexf != null) {
            try (Writer w = open(gexf)) {
                ActorGraph.writeGexf(records, w);
            }
        }
        long multi = records.stream().filter(r -> r.outlets().size() > 1).count();
        System.err.printf("newslens: %d articles, %d event mentions, %d event records (%d told by more than one outlet)%s%n",
                counts[0], ordered.size(), records.size(), multi, counts[1] > 0 ? ", " + counts[1] + " inputs failed" : "");
        return counts[1] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static Writer open(Path path) throws java.io.IOException {
        OutputStream stream = path == null || path.toString().equals("-")
                ? new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true)
                : Files.newOutputStream(path);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }
}
