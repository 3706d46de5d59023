package org.newslens.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local[2] on a few dozen real articles — the demo corpus (text, HTML, a JSONL
 * feed) and PTC articles — plus broken inputs: every output table is written and checked, and
 * the bad inputs land in the dead letter with a reason while the rest is analysed.
 */
class NewslensSparkJobTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("newslens-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void theJobAnalysesEveryFormatWritesTheTablesAndDeadLettersTheBadInputs() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        try (Stream<Path> demo = Files.list(Path.of("..", "demo", "corpus"))) {
            for (Path p : demo.filter(p -> !p.toString().endsWith(".jsonl")).toList()) {
                Files.copy(p, files.resolve(p.getFileName()));
            }
        }
        Path ptc = Path.of("..", "..", "shared", "data", "ptc", "articles");
        int ptcCount = 0;
        if (Files.isDirectory(ptc)) {
            try (Stream<Path> articles = Files.list(ptc)) {
                for (Path p : articles.filter(p -> p.toString().endsWith(".txt")).sorted().limit(24).toList()) {
                    Files.copy(p, files.resolve(p.getFileName()));
                    ptcCount++;
                }
            }
        }
        Files.write(files.resolve("broken.json"), "{\"title\": \"cut off".getBytes(StandardCharsets.UTF_8));
        Files.write(files.resolve("empty.txt"), new byte[0]);
        Path feed = dir.resolve("feed.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("..", "demo", "corpus", "09-feed.jsonl")));
        lines.add("{not json");
        Files.write(feed, lines);

        Path out = dir.resolve("out");
        NewslensSparkJob.Result result = NewslensSparkJob.run(spark,
                new JobOptions(List.of(files.toString(), feed.toString()), "auto", out.toString(), 4, 120));

        long expected = 8 + ptcCount + 2; // 8 demo files, PTC articles, 2 feed records
        assertEquals(expected, result.analysed(), "articles analysed");
        assertEquals(3, result.failed(), "broken.json, empty.txt and the bad feed line");
        assertEquals(expected, Files.readAllLines(onlyPart(out.resolve("analyses-jsonl"))).size()
                + countOtherParts(out.resolve("analyses-jsonl")));
        Dataset<Row> dead = spark.read().json(out.resolve("dead-letter").toString());
        assertEquals(3, dead.count());
        assertTrue(dead.filter(col("source").contains("broken.json")).first().getAs("reason").toString().length() > 5);
        assertTrue(dead.filter(col("source").contains("feed.jsonl#")).count() == 1, "the bad line is named with its number");

        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        assertTrue(events.count() >= 30, events.count() + " events");
        assertTrue(events.filter(col("type").equalTo("TERRITORY_CAPTURED").and(col("location").equalTo("Aleppo"))).count() >= 2);
        Dataset<Row> places = spark.read().parquet(out.resolve("places").toString());
        assertTrue(places.filter(col("name").equalTo("Aleppo")).first().<Long>getAs("articles") >= 4);
        Dataset<Row> outlets = spark.read().parquet(out.resolve("outlets").toString());
        assertTrue(outlets.filter(col("outlet").equalTo("Meridian Wire")).first().<Long>getAs("articles") >= 3);
        for (String table : List.of("analyses", "entities", "claims", "techniques")) {
            assertTrue(spark.read().parquet(out.resolve(table).toString()).count() > 0, table);
        }
        // Analysed in 4 input partitions, written in one file per core (local[2]).
        for (String table : List.of("analyses-jsonl", "analyses", "entities", "events", "claims", "techniques")) {
            assertTrue(partCount(out.resolve(table)) <= 2, table + ": " + partCount(out.resolve(table)) + " part files");
        }
    }

    private static long partCount(Path folder) throws Exception {
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    /** The analyses are text parts; counts lines over all part files. */
    private static Path onlyPart(Path folder) throws Exception {
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        }
    }

    private static long countOtherParts(Path folder) throws Exception {
        Path first = onlyPart(folder);
        long lines = 0;
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-") && !p.equals(first)).toList()) {
                lines += Files.readAllLines(p).size();
            }
        }
        return lines;
    }
}
