package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged model or actor file stops the command with a message that names the file. */
class DamagedFilesTest {

    @TempDir
    Path dir;

    private record Outcome(int status, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = NewslensCli.newCommandLine().execute(args);
            return new Outcome(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private Path article() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("article1.txt"), "Title\n\nThe army shelled the town on Monday.\n");
        return folder;
    }

    @Test
    void aDamagedTechniqueModelIsNamed() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path raw = Files.write(dir.resolve("noise.bin"), noise);
        Path gzipped = dir.resolve("truncated.bin.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(noise);
        }
        for (Path model : new Path[] {raw, gzipped}) {
            Outcome outcome = run("techniques", "--articles", article().toString(), "--out",
                    dir.resolve("out.tsv").toString(), "--model", model.toString());
            assertEquals(ExitCodes.SOFTWARE, outcome.status());
            assertTrue(outcome.err().contains(model.toString()) && outcome.err().contains("damaged"), outcome.err());
            assertTrue(outcome.err().startsWith("newslens: Technique model"), outcome.err());
        }
    }

    @Test
    void aBrokenActorFileIsNamedWithItsLine() throws Exception {
        Path actors = Files.writeString(dir.resolve("actors.yaml"),
                "- id: x\n  name: Somebody\n  type: NOT_A_TYPE\n");
        for (String command : new String[] {"analyze", "ingest"}) {
            Outcome outcome = command.equals("analyze")
                    ? run("analyze", "--actors", actors.toString(), article().toString())
                    : run("ingest", "--actors", actors.toString(), "--store", dir.resolve("store").toString(),
                            article().toString());
            assertEquals(ExitCodes.USAGE, outcome.status(), command + ": " + outcome.err());
            assertTrue(outcome.err().contains(actors + ":"), outcome.err());
            assertTrue(outcome.err().contains("NOT_A_TYPE"), outcome.err());
        }
    }
}
