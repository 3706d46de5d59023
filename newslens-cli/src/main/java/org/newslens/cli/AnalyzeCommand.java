package org.newslens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.AnalysisTimeoutException;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles and prints a readable report for each.",
                "Inputs: .txt/.md, .html/.htm, .json (object or array), .jsonl files, folders (searched"
                        + " recursively) or - for stdin."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was analysed", "1:some input could not be read or analysed",
                "2:wrong usage", "70:internal error (e.g. a model is missing)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - (stdin).")
    List<String> inputs;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Also write one JSON object per article to FILE"
            + " (- for stdout, which turns the report off).")
    Path jsonl;

    @Option(names = "--json", paramLabel = "DIR", description = "Also write one <id>.json file per article into DIR.")
    Path jsonDir;

    @Option(names = "--no-report", description = "Do not print the readable report.")
    boolean noReport;

    @Option(names = "--brief", description = "Leave the numbered sentences out of the report.")
    boolean brief;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Refuse inputs larger than this"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own (YAML,"
            + " format of the bundled kb/actors.yaml); its entries add to and override the bundled ones. Repeatable.")
    List<Path> actorFiles = new java.util.ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        PrintStream err = spec.commandLine().getErr() == null ? System.err
                : new PrintStream(System.err, true, "UTF-8");
        boolean jsonToStdout = jsonl != null && jsonl.toString().equals("-");
        ReportPrinter report = noReport || jsonToStdout ? null : new ReportPrinter(out, !brief);
        ProgressBar progress = new ProgressBar(err, !quiet, -1);
        Pipeline pipeline = StandardPipeline.create(new ModelStore(), ActorKnowledgeBase.load(actorFiles));
        ArticleReader reader = new ArticleReader(maxBytes);
        int[] failures = {0};
        try (AnalysisWriters writers = new AnalysisWriters(jsonToStdout ? null : jsonl, jsonToStdout ? out : null,
                jsonDir);
             ParallelRunner runner = threads == null ? ParallelRunner.onAllCores() : new ParallelRunner(threads)) {
            runner.run(ArticleResult.tasks(reader.read(inputs, System.in).iterator(), pipeline), result -> {
                progress.step(result.failure() == null);
                if (result.failure() != null) {
                    failures[0]++;
                    progress.clear();
                    err.println("newslens: " + result.failure().message());
                    return;
                }
                Analysis analysis = result.analysis();
                if (result.note() != null) {
                    progress.clear();
                    err.println("newslens: " + analysis.article().source() + ": " + result.note());
                }
                try {
                    writers.write(analysis);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (report != null) {
                    report.print(analysis);
                }
            });
        }
        progress.finish();
        return failures[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    /** One input's outcome: an analysis, or why there is none. */
    record ArticleResult(Analysis analysis, String note, ReadOutcome.Failed failure) {

        /** No article may hold a worker longer; the longest of the 301 PTC articles takes under 2 s. */
        static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(120);

        /** One analysis task per outcome, read lazily, for {@link ParallelRunner}. */
        static Iterator<Supplier<ArticleResult>> tasks(Iterator<ReadOutcome> outcomes, Pipeline pipeline) {
            return new Iterator<>() {
                public boolean hasNext() {
                    return outcomes.hasNext();
                }

                public Supplier<ArticleResult> next() {
                    ReadOutcome outcome = outcomes.next();
                    return () -> analyse(outcome, pipeline);
                }
            };
        }

        static ArticleResult analyse(ReadOutcome outcome, Pipeline pipeline) {
            if (outcome instanceof ReadOutcome.Failed failed) {
                return new ArticleResult(null, null, failed);
            }
            ReadOutcome.Read read = (ReadOutcome.Read) outcome;
            try {
                return new ArticleResult(pipeline.analyze(read.article(), TIME_LIMIT), read.note(), null);
            } catch (AnalysisTimeoutException e) {
                return new ArticleResult(null, null, new ReadOutcome.Failed(read.source(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return new ArticleResult(null, null, new ReadOutcome.Failed(read.source(),
                        "analysis failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
    }
}
