package org.newslens.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.core.pipeline.ParallelRunner;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import org.newslens.store.ArticleStore;
import org.newslens.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and keeps them in the store for search, the API and the web UI.",
                "An article already in the store (same text) is skipped, so ingest can be re-run on a growing"
                        + " folder. Work is committed every --commit-every articles or 5 seconds; an article"
                        + " reported as committed survives a crash or kill."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was stored or already there", "1:some input could not be read or analysed",
                "2:wrong usage, or the store is in use by another process", "70:internal error"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - (stdin), as for analyze.")
    List<String> inputs;

    @Mixin
    StoreOption store;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100",
            description = "Commit after this many articles (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--reanalyse", description = "Analyse and replace articles that are already in the store.")
    boolean reanalyse;

    @Option(names = "--list", description = "Print a line `committed<TAB>key<TAB>id<TAB>source` for every article"
            + " once its commit is on disk.")
    boolean list;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
    List<java.nio.file.Path> actorFiles = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    private record Pending(String key, String id, String source) {
    }

    /** One input's outcome: stored, skipped as already stored, or failed. */
    private record Outcome(AnalyzeCommand.ArticleResult result, ReadOutcome.Read skipped) {
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (commitEvery < 1) {
            err.println("newslens: --commit-every must be at least 1, was " + commitEvery);
            return ExitCodes.USAGE;
        }
        ArticleStore articles;
        try {
            articles = ArticleStore.open(store.dir);
        } catch (StoreException e) {
            err.println("newslens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = StandardPipeline.create(new ModelStore(), ActorKnowledgeBase.load(actorFiles));
        ProgressBar progress = new ProgressBar(err, !quiet, -1);
        int[] counts = new int[3]; // stored, skipped, failed
        List<Pending> pending = new ArrayList<>();
        long[] lastCommit = {System.nanoTime()};
        try (ParallelRunner runner = threads == null ? ParallelRunner.onAllCores() : new ParallelRunner(threads)) {
            Iterator<ReadOutcome> outcomes = new ArticleReader(maxBytes).read(inputs, System.in).iterator();
            runner.run(tasks(outcomes, pipeline, articles), outcome -> {
                if (outcome.skipped() != null) {
                    counts[1]++;
                    progress.step(true);
                    return;
                }
                AnalyzeCommand.ArticleResult result = outcome.result();
                progress.step(result.failure() == null);
                if (result.failure() != null) {
                    counts[2]++;
                    progress.clear();
                    err.println("newslens: " + result.failure().message());
                    return;
                }
                var article = result.analysis().article();
                pending.add(new Pending(articles.put(result.analysis()), article.id(), article.source()));
                counts[0]++;
                if (pending.size() >= commitEvery || System.nanoTime() - lastCommit[0] > StoreOption.COMMIT_INTERVAL_NANOS) {
                    commit(articles, pending, out);
                    lastCommit[0] = System.nanoTime();
                }
            });
            commit(articles, pending, out);
            progress.finish();
            err.printf("newslens: %d stored, %d already in the store, %d failed; %s holds %d articles%n",
                    counts[0] - pending.size(), counts[1], counts[2], store.dir, articles.size());
            articles.close();
        } catch (StoreException e) {
            // A full disk or a failing device: stop, keep the last commit, say what is safe.
            progress.clear();
            articles.abandon();
            err.printf("newslens: %s%nnewslens: stopped; every article reported committed before this is in the"
                    + " store (%d uncommitted articles were dropped; run ingest again once the problem is"
                    + " fixed, it skips what is stored)%n", e.getMessage(), pending.size());
            return ExitCodes.SOME_INPUT_FAILED;
        }
        return counts[2] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private Iterator<Supplier<Outcome>> tasks(Iterator<ReadOutcome> outcomes, Pipeline pipeline, ArticleStore articles) {
        return new Iterator<>() {
            public boolean hasNext() {
                return outcomes.hasNext();
            }

            public Supplier<Outcome> next() {
                ReadOutcome outcome = outcomes.next();
                if (!reanalyse && outcome instanceof ReadOutcome.Read read
                        && articles.contains(ArticleStore.keyOf(read.article()))) {
                    return () -> new Outcome(null, read);
                }
                return () -> new Outcome(AnalyzeCommand.ArticleResult.analyse(outcome, pipeline), null);
            }
        };
    }

    private void commit(ArticleStore articles, List<Pending> pending, PrintStream out) {
        if (pending.isEmpty()) {
            return;
        }
        articles.commit();
        if (list) {
            for (Pending p : pending) {
                out.println("committed\t" + p.key() + "\t" + p.id() + "\t" + p.source());
            }
            out.flush();
        }
        pending.clear();
    }
}
