package org.newslens.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.eval.StoreBenchmark;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measures the store: ingest rate of already-analysed articles and faceted search latency"
                + " (p50/p90/p99) at each size, growing the corpus from variants of the given articles.",
                "Needs disk: about 10 KB per stored article."})
final class BenchStoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles to analyse once and vary.")
    List<String> inputs;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
            description = "Store sizes to measure at (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--queries", defaultValue = "1000", description = "Timed queries per size (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--threads", description = "Writer threads (default: all cores).")
    Integer threads;

    @Option(names = "--dir", description = "Store folder to fill (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<Analysis> analysed = analyse(workers);
        System.err.printf("newslens: analysed %d articles to vary%n", analysed.size());
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("newslens-bench-store") : dir;
        try {
            List<StoreBenchmark.Figures> figures = new StoreBenchmark(analysed, workers, queries)
                    .run(folder, sizes.stream().sorted().toList(), System.err);
            StoreBenchmark.print(figures, analysed.size(), workers, System.out);
        } finally {
            if (temporary) {
                try (var paths = Files.walk(folder)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return ExitCodes.OK;
    }

    private List<Analysis> analyse(int workers) {
        Pipeline pipeline = StandardPipeline.create(new ModelStore());
        List<Analysis> analysed = new ArrayList<>();
        try (ParallelRunner runner = new ParallelRunner(workers)) {
            runner.run(new ArticleReader().read(inputs, new ByteArrayInputStream(new byte[0]))
                    .filter(o -> o instanceof ReadOutcome.Read)
                    .map(o -> (java.util.function.Supplier<Analysis>) () ->
                            pipeline.analyze(((ReadOutcome.Read) o).article()))
                    .iterator(), analysed::add);
        }
        return analysed;
    }
}
