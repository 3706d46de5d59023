package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.ArticleStore;

/**
 * Ingest onto a real filesystem that fills up: a 1 MB tmpfs. Needs root and the right to mount
 * (CI has both; elsewhere it skips, and FullDiskTest covers the same path with a simulated disk).
 */
class RealFullDiskTest {

    private static final int ARTICLES = 80;

    @TempDir
    Path dir;

    private static boolean sh(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run ingest(Path corpus, Path store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = NewslensCli.newCommandLine().execute("ingest", corpus.toString(), "--store",
                    store.toString(), "--list", "--commit-every", "5", "-q");
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void ingestOntoAFullFilesystemStopsCleanlyAndGoesOnOnceThereIsRoom() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()),
                "cannot mount a tmpfs here (needs root)");
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder("Report " + i + "\n\n");
                for (int s = 0; s < 30; s++) {
                    text.append("Shelling was reported near Idlib on Monday, residents said. The army said ")
                            .append(i * 100 + s).append(" fighters were killed, a figure that could not be verified. ");
                }
                Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), text.toString());
            }
            Path store = mount.resolve("store");
            Run full = ingest(corpus, store);
            assertEquals(ExitCodes.SOME_INPUT_FAILED, full.status(), full.err());
            assertTrue(full.err().contains("No space left on device") && full.err().contains(store.toString()),
                    full.err());
            assertFalse(full.err().contains("\tat "), "no stack trace: " + full.err());
            List<String> committed = full.out().lines().filter(l -> l.startsWith("committed\t"))
                    .map(l -> l.split("\t")[1]).toList();
            assertTrue(committed.size() < ARTICLES, "the disk filled before the end");

            assertTrue(sh("mount", "-o", "remount,size=100m", mount.toString()));
            Run resumed = ingest(corpus, store);
            assertEquals(ExitCodes.OK, resumed.status(), resumed.err());
            try (ArticleStore reopened = ArticleStore.open(store)) {
                assertEquals(ARTICLES, reopened.size());
                committed.forEach(key -> assertTrue(reopened.contains(key)));
            }
        } finally {
            sh("umount", mount.toString());
        }
    }
}
