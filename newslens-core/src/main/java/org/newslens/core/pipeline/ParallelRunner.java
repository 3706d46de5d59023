package org.newslens.core.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a fixed number of threads and hands their results to a consumer in the order the
 * tasks were given, holding at most a few tasks per thread in flight so memory stays bounded on
 * corpora of any size. Tasks should not throw; a task that does stops the run with its exception.
 */
public final class ParallelRunner implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;

    public ParallelRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "newslens-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per available core. */
    public static ParallelRunner onAllCores() {
        return new ParallelRunner(Runtime.getRuntime().availableProcessors());
    }

    public <R> void run(Iterator<? extends Supplier<R>> tasks, Consumer<? super R> sink) {
        Deque<CompletableFuture<R>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        while (tasks.hasNext()) {
            Supplier<R> task = tasks.next();
            inFlight.addLast(CompletableFuture.supplyAsync(task, executor));
            if (inFlight.size() >= window) {
                sink.accept(await(inFlight.removeFirst()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.removeFirst()));
        }
    }

    private static <R> R await(CompletableFuture<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an analysis", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
