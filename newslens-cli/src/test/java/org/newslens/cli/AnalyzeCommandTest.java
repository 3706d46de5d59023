package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import picocli.CommandLine;

/** Issue 2, items 8 and 10: the analyze command on a batch with a bad input. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void badInputIsReportedTheRestIsWrittenAndTheExitStatusSaysSo() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Talks in Geneva\n\nThe envoy Staffan de Mistura met"
                + " Sergey Lavrov in Geneva on Monday.\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path jsonl = dir.resolve("out/analyses.jsonl");
        Path jsonDir = dir.resolve("json");
        StringWriter err = new StringWriter();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine cli = NewslensCli.newCommandLine();
            cli.setErr(new PrintWriter(err));
            status = cli.execute("analyze", "--no-report", "--jsonl", jsonl.toString(), "--json", jsonDir.toString(),
                    empty.toString(), good.toString());
        } finally {
            System.setErr(originalErr);
        }
        assertEquals(1, status);
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains(empty + ": empty file"),
                captured.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(1, lines.size());
        Analysis analysis = new AnalysisJson().read(lines.get(0));
        assertEquals("good", analysis.article().id());
        assertEquals("Talks in Geneva", analysis.article().title());
        assertTrue(analysis.get(Layers.ENTITIES).stream().anyMatch(e -> e.name().equals("Sergey Lavrov")));
        assertEquals(analysis, new AnalysisJson().read(Files.readString(jsonDir.resolve("good.json"))));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("analyze", "extract")) {
            StringWriter out = new StringWriter();
            CommandLine cli = NewslensCli.newCommandLine();
            cli.setOut(new PrintWriter(out));
            assertEquals(0, cli.execute(command, "--help"));
            assertTrue(out.toString().contains("Usage: newslens " + command), out.toString());
        }
    }
}
