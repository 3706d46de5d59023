package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Geo;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports what a corpus contains.",
        subcommands = {ExportCommand.GeoJson.class})
final class ExportCommand {

    @Command(name = "geojson", mixinStandardHelpOptions = true,
            description = {"Analyses the articles and writes a GeoJSON FeatureCollection to stdout: one Point feature"
                    + " per place or facility with a position, with its names, kind, country, mention count and the"
                    + " articles that mention it. Opens in QGIS or geojson.io."},
            exitCodeListHeading = "Exit status:%n",
            exitCodeList = {"0:every input was analysed", "1:some input failed (the others are exported)"})
    static final class GeoJson implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - (stdin).")
        List<String> inputs;

        @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
        List<Path> actorFiles = new ArrayList<>();

        /** One place across the corpus. */
        private static final class Feature {
            Entity first;
            final Set<String> names = new LinkedHashSet<>();
            final Set<String> articles = new LinkedHashSet<>();
            int mentions;
        }

        @Override
        public Integer call() throws Exception {
            Pipeline pipeline = StandardPipeline.create(new ModelStore(), ActorKnowledgeBase.load(actorFiles));
            Map<String, Feature> features = new LinkedHashMap<>();
            int[] failures = {0};
            var tasks = AnalyzeCommand.ArticleResult.tasks(new ArticleReader().read(inputs, System.in).iterator(), pipeline);
            try (ParallelRunner runner = ParallelRunner.onAllCores()) {
                runner.run(tasks, result -> {
                    if (result.failure() != null) {
                        failures[0]++;
                        System.err.println("newslens: " + result.failure().message());
                        return;
                    }
                    for (Entity entity : result.analysis().get(Layers.ENTITIES)) {
                        if (entity.geo() == null) {
                            continue;
                        }
                        Feature feature = features.computeIfAbsent(entity.id(), id -> new Feature());
                        if (feature.first == null) {
                            feature.first = entity;
                        }
                        feature.names.add(entity.name());
                        feature.names.addAll(entity.aliases());
                        feature.articles.add(result.analysis().article().id());
                        feature.mentions += entity.mentions().size();
                    }
                });
            }
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
            out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(collection(features)));
            return failures[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
        }

        private static ObjectNode collection(Map<String, Feature> features) {
            ObjectNode root = AnalysisJson.mapper().createObjectNode();
            root.put("type", "FeatureCollection");
            ArrayNode list = root.putArray("features");
            for (Map.Entry<String, Feature> entry : features.entrySet()) {
                Feature feature = entry.getValue();
                Geo geo = feature.first.geo();
                ObjectNode node = list.addObject();
                node.put("type", "Feature");
                node.put("id", entry.getKey());
                ObjectNode geometry = node.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(geo.lon()).add(geo.lat());
                ObjectNode properties = node.putObject("properties");
                properties.put("name", feature.first.name());
                properties.put("place", geo.place());
                properties.put("type", feature.first.type().name());
                properties.put("kind", geo.kind());
                properties.put("precision", geo.precision());
                properties.put("country", geo.country());
                properties.put("mentions", feature.mentions);
                ArrayNode names = properties.putArray("names");
                feature.names.forEach(names::add);
                ArrayNode articles = properties.putArray("articles");
                feature.articles.forEach(articles::add);
            }
            return root;
        }
    }
}
