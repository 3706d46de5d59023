package org.newslens.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.eval.MalformedBatch;
import org.newslens.eval.MalformedInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-malformed", mixinStandardHelpOptions = true,
        description = {"Generates a batch of malformed and hostile inputs (seventeen kinds: truncated UTF-8, mixed"
                + " encodings, NUL bytes, 50 MB lines, deeply nested HTML, bidi and zero-width characters, 100,000"
                + " quote marks, …) and runs each through reading and the whole analysis, as ingest would.",
                "Exit status 1 if any input crashed (an exception or error instead of a result or a reasoned"
                        + " refusal)."})
final class BenchMalformedCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "10000", description = "Inputs (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-seconds", defaultValue = "120", description = "Time limit per article"
            + " (default: ${DEFAULT-VALUE}, as analyze and ingest).")
    long maxSeconds;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        MalformedBatch.Result r = MalformedBatch.run(count, seed,
                StandardPipeline.create(new ModelStore()), workers, Duration.ofSeconds(maxSeconds));
        System.out.printf("%,d malformed inputs of %d kinds in %.0f s on %d threads: %,d articles read, %,d"
                        + " refused with a reason, %,d analysed, %,d stopped at the %d s limit, %d crashed%n",
                r.inputs(), MalformedInputs.kinds(), r.seconds(), workers, r.articles(), r.refused(), r.analysed(),
                r.stopped(), maxSeconds, r.crashes().size());
        System.out.printf("refused by kind: %s%nslowest input: %s, %,d ms; peak live heap after GC: %,d MB%n",
                r.refusedByKind(), r.slowest(), r.slowestMillis(), r.peakLiveHeap() / 1_000_000);
        r.crashes().forEach(c -> System.out.println("  crash: " + c));
        return r.crashes().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
