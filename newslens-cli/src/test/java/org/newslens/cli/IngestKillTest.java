package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.ArticleStore;

/**
 * Crash safety of ingest with a real child process: SIGKILL at 20 random points — half after a
 * random number of reported commits, half after a random delay (model loading, analysis, or the
 * middle of a commit); every article reported committed must be in the store, the store must
 * reopen, and a last run must finish the folder without storing anything twice.
 */
class IngestKillTest {

    private static final int ARTICLES = 400;
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void killNineLosesNoReportedArticleAndTheStoreReopens() throws Exception {
        Path corpus = writeArticles(dir.resolve("corpus"));
        Path store = dir.resolve("store");
        Random random = new Random(20261122);
        List<String> everReported = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            boolean byCommits = trial % 2 == 0;
            int killAfter = byCommits ? 1 + random.nextInt(6) : Integer.MAX_VALUE;
            long killAfterMillis = byCommits ? Long.MAX_VALUE : 300 + random.nextInt(7_000);
            List<String> reported = runAndKill(corpus, store, killAfter, killAfterMillis);
            everReported.addAll(reported);
            try (ArticleStore reopened = ArticleStore.open(store)) {
                for (String key : everReported) {
                    assertTrue(reopened.contains(key), "article " + key + " was reported committed but is missing"
                            + " after kill -9 in trial " + trial);
                }
                assertTrue(reopened.size() >= everReported.size());
            }
        }
        assertTrue(everReported.size() < ARTICLES, "the folder was not finished before the last kill");
        Process finish = child(corpus, store);
        String err = new String(finish.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finish.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, finish.exitValue(), err);
        assertTrue(err.contains("already in the store"), err);
        try (ArticleStore complete = ArticleStore.open(store)) {
            assertEquals(ARTICLES, complete.size(), "every article once: " + err);
        }
    }

    private static List<String> runAndKill(Path corpus, Path store, int killAfter, long killAfterMillis)
            throws Exception {
        Process process = child(corpus, store);
        if (killAfterMillis != Long.MAX_VALUE) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(killAfterMillis);
                } catch (InterruptedException e) {
                    return;
                }
                process.destroyForcibly();
            });
            killer.setDaemon(true);
            killer.start();
        }
        List<String> reported = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("committed\t")) {
                        reported.add(line.split("\t")[1]);
                        if (reported.size() >= killAfter) {
                            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
                        }
                    }
                }
            } catch (java.io.IOException streamClosedByKill) {
                // the child is gone; what it reported so far is what counts
            }
        });
        reader.start();
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "child did not stop");
        reader.join();
        return List.copyOf(reported);
    }

    private static Process child(Path corpus, Path store) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                NewslensCli.class.getName(), "ingest", corpus.toString(), "--store", store.toString(), "--list",
                "--commit-every", "1", "--threads", "2", "-q").start();
    }

    /** Short articles written for this test, each different so each is its own record. */
    private static Path writeArticles(Path corpus) throws Exception {
        Files.createDirectories(corpus);
        String[] places = {"Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            Files.writeString(corpus.resolve(String.format("article-%02d.txt", i)),
                    "Report " + i + " from " + place + "\n\n"
                            + "Fighting was reported near " + place + " on Monday, residents said. The army said "
                            + (i + 3) + " fighters were killed in the clashes, a figure that could not be verified."
                            + " \"We will not leave,\" a local commander told reporters.\n",
                    StandardCharsets.UTF_8);
        }
        return corpus;
    }
}
