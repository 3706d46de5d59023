package org.newslens.cli;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.core.model.Article;
import org.newslens.eval.PipelineBenchmark;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed and memory of the Newslens pipeline against Stanford CoreNLP's default NER"
                + " pipeline on the same articles (median of several passes after a warm-up).",
                "The CoreNLP peer needs a large heap: run with NEWSLENS_JAVA_OPTS=-Xmx8g."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles: files or folders.")
    List<String> inputs;

    @Option(names = "--passes", defaultValue = "5", description = "Timed passes per system (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--no-peer", description = "Measure Newslens only, not the CoreNLP default pipeline.")
    boolean noPeer;

    @Option(names = "--limit", description = "Use at most this many articles.")
    Integer limit;

    @Option(names = "--lengths", split = ",", paramLabel = "WORDS",
            description = "Instead: how time grows with article length, on articles of these many words built from"
                    + " whole paragraphs of the inputs (e.g. 1000,5000,20000), one thread.")
    List<Integer> lengths;

    @Option(names = "--corpus-sizes", split = ",", paramLabel = "ARTICLES",
            description = "Instead: how time grows with corpus size, analysing the first N articles for each N"
                    + " (e.g. 10,30,100,300), then linking copies of their event mentions (see --mentions).")
    List<Integer> corpusSizes;

    @Option(names = "--mentions", split = ",", paramLabel = "COUNT", defaultValue = "1000,10000,100000",
            description = "With --corpus-sizes: corpus sizes, in event mentions, for the linking curve"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> mentions;

    @Option(names = "--technique-models", split = ",", paramLabel = "FILE",
            description = "Instead: technique detection alone, one thread, with the bundled model and these models"
                    + " (e.g. one trained with --encode-share), on the same articles.")
    List<java.nio.file.Path> techniqueModels;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(inputs, new ByteArrayInputStream(new byte[0])).forEach(outcome -> {
            if (outcome instanceof ReadOutcome.Read read && (limit == null || articles.size() < limit)) {
                articles.add(read.article());
            } else if (outcome instanceof ReadOutcome.Failed failed) {
                System.err.println("newslens: skipped " + failed.message());
            }
        });
        if (lengths != null && !lengths.isEmpty()) {
            var pipeline = org.newslens.analyzers.StandardPipeline.create(new org.newslens.analyzers.models.ModelStore());
            org.newslens.eval.LengthBenchmark.print(org.newslens.eval.LengthBenchmark.run(pipeline, articles, lengths, passes),
                    System.out);
            return ExitCodes.OK;
        }
        if (techniqueModels != null && !techniqueModels.isEmpty()) {
            org.newslens.eval.TechniqueBenchmark.print(org.newslens.eval.TechniqueBenchmark.run(articles, passes),
                    System.out);
            for (java.nio.file.Path model : techniqueModels) {
                System.out.printf("%nModel %s:", model);
                org.newslens.eval.TechniqueBenchmark.print(org.newslens.eval.TechniqueBenchmark.run(articles, passes,
                        () -> org.newslens.analyzers.techniques.TechniqueModel.load(model)), System.out);
            }
            return ExitCodes.OK;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (corpusSizes != null && !corpusSizes.isEmpty()) {
            var pipeline = org.newslens.analyzers.StandardPipeline.create(new org.newslens.analyzers.models.ModelStore());
            org.newslens.eval.CorpusSizeBenchmark.print(
                    org.newslens.eval.CorpusSizeBenchmark.run(pipeline, articles, corpusSizes, mentions, workers),
                    System.out);
            return ExitCodes.OK;
        }
        PipelineBenchmark bench = new PipelineBenchmark(articles, workers, passes);
        long tokens = bench.countTokens();
        List<PipelineBenchmark.Figures> figures = new ArrayList<>();
        figures.add(bench.newslens(tokens));
        if (!noPeer) {
            figures.add(bench.coreNlpDefault(tokens));
        }
        PipelineBenchmark.print(figures, articles.size(), tokens, workers, passes, System.out);
        org.newslens.eval.TechniqueBenchmark.print(org.newslens.eval.TechniqueBenchmark.run(articles, passes), System.out);
        return ExitCodes.OK;
    }
}
