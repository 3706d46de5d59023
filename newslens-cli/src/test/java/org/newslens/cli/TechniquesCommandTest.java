package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.Technique;

/**
 * Issue 6, items 2 and 3: the exact commands, on a small corpus written for this test — a training smoke test,
 * detection, classification of given spans, and the scorer's report.
 */
class TechniquesCommandTest {

    @TempDir
    static Path dir;

    private static final String[][] ARTICLES = {
        {"These vile thugs attacked the town", "The vile thugs shelled homes again.", "Officials counted the damage on Monday."},
        {"Heroic defenders hold the line", "Our heroic defenders will never surrender to the invaders!", "The council met in the afternoon."},
        {"Is the report a hoax?", "Nobody can trust a word of this so-called report.", "The report has forty pages."},
        {"Cowardly invaders flee", "The cowardly invaders ran from the city.", "Trains ran on time."},
        {"Make the nation great", "Make the nation great again, make it strong again.", "The weather stayed mild."},
        {"Traitors in the capital", "The traitors in the capital sold us out.", "A new bridge opened in May."},
    };
    private static final String[][] LABELS = {
        {"Name_Calling,Labeling", "vile thugs"}, {"Loaded_Language", "heroic defenders"}, {"Doubt", "so-called report"},
        {"Name_Calling,Labeling", "cowardly invaders"}, {"Slogans", "Make the nation great again"},
        {"Name_Calling,Labeling", "traitors"},
    };

    @BeforeAll
    static void writeCorpus() throws Exception {
        Files.createDirectories(dir.resolve("ptc/articles"));
        Files.createDirectories(dir.resolve("ptc/labels"));
        for (int i = 0; i < ARTICLES.length; i++) {
            String id = Integer.toString(1000 + i);
            String text = String.join("\n", ARTICLES[i][0], "", ARTICLES[i][1], ARTICLES[i][2]) + "\n";
            Files.writeString(dir.resolve("ptc/articles/article" + id + ".txt"), text);
            int start = text.indexOf(LABELS[i][1]);
            Files.writeString(dir.resolve("ptc/labels/article" + id + ".task2-TC.labels"),
                    id + "\t" + LABELS[i][0] + "\t" + start + "\t" + (start + LABELS[i][1].length()) + "\n");
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = NewslensCli.newCommandLine().execute(args);
        } finally {
            System.setOut(original);
        }
        assertEquals(ExitCodes.OK, status, String.join(" ", args) + "\n" + out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnreadableArticleIsNamedAndTheRestOfTheFolderIsStillDone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("article1.txt"), "Vile thugs\n\nThe vile thugs lied to everyone again!\n");
        Files.createDirectories(folder.resolve("article2.txt"));
        Path out = dir.resolve("mixed.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = NewslensCli.newCommandLine().execute("techniques", "--articles", folder.toString(), "--out",
                    out.toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(ExitCodes.SOME_INPUT_FAILED, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(folder.resolve("article2.txt").toString()), err.toString());
        assertTrue(Files.readAllLines(out).stream().allMatch(l -> l.startsWith("1\t")));
    }

    @Test
    void trainDetectClassifyAndScore() throws Exception {
        Path model = dir.resolve("model/techniques.bin.gz");
        String trained = run("train", "techniques", "--data", dir.resolve("ptc").toString(), "--out", model.toString(),
                "--tagger-epochs", "1", "--classifier-epochs", "2");
        assertTrue(trained.contains("SI  (span identification"), trained);
        assertTrue(Files.size(model) > 1000);
        assertTrue(Files.readString(dir.resolve("model/techniques.md")).contains("Validation ids: 1002"));

        Path detected = dir.resolve("detected.tsv");
        run("techniques", "--articles", dir.resolve("ptc/articles").toString(), "--out", detected.toString(),
                "--model", model.toString());
        for (String line : Files.readAllLines(detected)) {
            String[] f = line.split("\t");
            assertEquals(4, f.length, line);
            assertTrue(f[0].startsWith("100"), line);
            assertTrue(Technique.byLabel(f[1]).isPresent(), line);
            assertTrue(Integer.parseInt(f[2]) < Integer.parseInt(f[3]), line);
        }

        Path given = Files.writeString(dir.resolve("given.tsv"), "1000\t5\t15\n1000\tanything\t5\t15\n1001\t0\t6\n");
        Path classified = dir.resolve("classified.tsv");
        run("techniques", "--articles", dir.resolve("ptc/articles").toString(), "--classify", given.toString(),
                "--out", classified.toString(), "--model", model.toString());
        List<String[]> lines = new ArrayList<>();
        Files.readAllLines(classified).forEach(l -> lines.add(l.split("\t")));
        assertEquals(3, lines.size());
        assertEquals(List.of("1000", "5", "15"), List.of(lines.get(0)[0], lines.get(0)[2], lines.get(0)[3]));
        // The same span listed twice gets two different techniques.
        assertTrue(!lines.get(0)[1].equals(lines.get(1)[1]));

        String scored = run("eval", "ptc", "--articles", dir.resolve("ptc/articles").toString(), "--gold",
                dir.resolve("ptc/labels").toString(), "--model", model.toString());
        assertTrue(scored.contains("PTC evaluation on 6 articles"), scored);
        assertTrue(scored.contains("TC  (technique of each gold span)"), scored);
        assertTrue(scored.contains("Name_Calling,Labeling"), scored);
        String baseline = run("eval", "ptc", "--articles", dir.resolve("ptc/articles").toString(), "--gold",
                dir.resolve("ptc/labels").toString(), "--baseline", "lines");
        assertTrue(baseline.contains("R 1.0000"), baseline);
    }

    @Test
    void trainsAndDetectsWithTheContextualEncoder() throws Exception {
        Path model = dir.resolve("model/contextual.bin.gz");
        String trained = run("train", "techniques", "--data", dir.resolve("ptc").toString(), "--out", model.toString(),
                "--tagger-epochs", "1", "--classifier-epochs", "2", "--dense-epochs", "1", "--dense-classifier-epochs",
                "2", "--encode-share", "0.5");
        assertTrue(trained.contains("SI  (span identification"), trained);
        String record = Files.readString(dir.resolve("model/contextual.md"));
        assertTrue(record.contains("encodeShare=0.5"), record);
        assertTrue(record.contains("contextualWeight="), record);
        Path detected = dir.resolve("contextual.tsv");
        run("techniques", "--articles", dir.resolve("ptc/articles").toString(), "--out", detected.toString(),
                "--model", model.toString());
        assertTrue(Files.exists(detected));
    }
}
