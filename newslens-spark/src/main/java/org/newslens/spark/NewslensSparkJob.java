package org.newslens.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newslens.core.model.Article;
import org.newslens.core.pipeline.Analysis;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.InputFormat;
import org.newslens.ingest.ReadOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;

/**
 * The Newslens analysis on Apache Spark: reads articles from JSON lines, Parquet, WARC files and
 * plain-text/HTML/JSON files, runs the same pipeline per partition (one pipeline per executor),
 * and writes the analyses (JSON lines in the JSON contract, and Parquet), the corpus tables
 * (entities, places, events, claims, techniques, outlets) and a dead letter of every input that
 * could not be read or analysed, with the reason. A bad record never stops the job.
 *
 * <p>Output folders under {@code out}: {@code analyses-jsonl/} (load into a store with
 * {@code newslens load}), {@code analyses/}, {@code entities/}, {@code places/}, {@code events/},
 * {@code claims/}, {@code techniques/}, {@code outlets/} (Parquet), {@code dead-letter/} (JSON lines).
 */
public final class NewslensSparkJob {

    /** What the job did. */
    public record Result(long analysed, long failed, long events, double seconds) {
    }

    private NewslensSparkJob() {
    }

    public static void main(String[] args) {
        JobOptions options = JobArguments.parse(args);
        SparkSession.Builder builder = SparkSession.builder().appName("newslens");
        if (System.getProperty("spark.master") == null && JobArguments.master(args) != null) {
            builder.master(JobArguments.master(args));
        }
        try (SparkSession spark = builder.getOrCreate()) {
            Result result = run(spark, options);
            System.err.printf("newslens-spark: %d articles analysed, %d inputs failed (see %s/dead-letter), %d events, %.1f s%n",
                    result.analysed(), result.failed(), options.out(), result.events(), result.seconds());
            if (result.failed() > 0) {
                System.exit(1);
            }
        }
    }

    public static Result run(SparkSession spark, JobOptions options) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<InputRecord> inputs = jsc.emptyRDD();
        for (String input : options.inputs()) {
            inputs = inputs.union(read(spark, jsc, input, options));
        }
        int limit = options.limitSeconds();
        if (Boolean.getBoolean("newslens.debug")) {
            System.err.println("input partitions: " + inputs.getNumPartitions());
        }
        JavaRDD<Row> rows = inputs.mapPartitions(records -> analyse(records, limit));
        Dataset<Row> analysed = spark.createDataFrame(rows, ArticleRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        // Analyse first, in as many tasks as there are input partitions (small tasks balance the cores),
        // then write from the cache in one task per core: the outputs come as a few large files per table
        // instead of a small one per input partition, which cost more than a tenth of a run.
        long total = analysed.count();
        if (Boolean.getBoolean("newslens.debug")) {
            System.err.printf("analysis: %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        int files = options.outputFiles() > 0 ? options.outputFiles() : jsc.defaultParallelism();
        Dataset<Row> articles = analysed.coalesce(files);
        Dataset<Row> ok = articles.filter(col("status").equalTo("ok"));
        String out = options.out();

        ok.select(col("analysis")).write().text(out + "/analyses-jsonl");
        ok.drop("analysis").write().parquet(out + "/analyses");
        articles.filter(col("status").equalTo("failed")).select("source", "reason").write().json(out + "/dead-letter");

        Dataset<Row> entities = ok.select(col("key"), col("id"), col("outlet"), explode(col("entities")).as("e"))
                .select(col("key"), col("id"), col("outlet"), col("e.*"));
        entities.write().parquet(out + "/entities");
        entities.filter(col("lat").isNotNull())
                .groupBy("entity_id", "name", "type", "lat", "lon", "country", "kind")
                .agg(countDistinct("key").as("articles"), sum("mentions").as("mentions"))
                .write().parquet(out + "/places");
        Dataset<Row> events = ok.select(col("key"), col("id"), col("outlet"), col("published"),
                explode(col("events")).as("v")).select(col("key"), col("id"), col("outlet"), col("published"), col("v.*"));
        events.write().parquet(out + "/events");
        ok.select(col("key"), col("id"), col("outlet"), explode(col("claim_list")).as("c"))
                .select(col("key"), col("id"), col("outlet"), col("c.*")).write().parquet(out + "/claims");
        ok.select(col("key"), col("id"), col("outlet"), explode(col("techniques")).as("t"))
                .select(col("key"), col("id"), col("outlet"), col("t.*")).write().parquet(out + "/techniques");
        ok.groupBy("outlet").agg(count("key").as("articles"), sum("words").as("words"), sum("claims").as("claims"),
                        sum("anonymous_claims").as("anonymous_claims"), sum("author_claims").as("author_claims"),
                        sum("technique_spans").as("technique_spans"))
                .withColumn("techniques_per_1000_words", col("technique_spans").multiply(1000.0).divide(col("words")))
                .withColumn("anonymous_share", col("anonymous_claims").divide(col("claims")))
                .withColumn("author_share", col("author_claims").divide(col("claims")))
                .write().parquet(out + "/outlets");

        long succeeded = ok.count();
        long eventCount = events.count();
        analysed.unpersist();
        if (Boolean.getBoolean("newslens.debug")) {
            System.err.printf("analysis and outputs: %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        return new Result(succeeded, total - succeeded, eventCount, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The input units of one path, by its format, spread over {@code partitions} (Spark packs small
     * files into one split, which would leave all but one core idle).
     */
    private static JavaRDD<InputRecord> read(SparkSession spark, JavaSparkContext jsc, String input, JobOptions options) {
        int partitions = options.partitions() > 0 ? options.partitions() : 8 * jsc.defaultParallelism();
        JavaRDD<InputRecord> records = switch (options.formatOf(input)) {
            case "jsonl" -> spark.read().textFile(input).javaRDD()
                    .filter(line -> !line.isBlank())
                    .zipWithIndex()
                    .map(t -> new InputRecord("json", input + "#" + (t._2() + 1), t._1().getBytes(StandardCharsets.UTF_8)));
            case "parquet" -> spark.read().parquet(input).toJSON().javaRDD()
                    .zipWithIndex()
                    .map(t -> new InputRecord("json", input + "#" + (t._2() + 1), t._1().getBytes(StandardCharsets.UTF_8)));
            case "warc" -> jsc.binaryFiles(input, partitions).keys()
                    .map(path -> new InputRecord("warc", path, null));
            default -> jsc.binaryFiles(input, partitions)
                    .map(t -> new InputRecord("bytes", t._1(), bytes(t._2())));
        };
        return records.repartition(partitions);
    }

    private static byte[] bytes(PortableDataStream stream) {
        return stream.toArray();
    }

    /** Reads and analyses one partition's inputs; every failure becomes a dead-letter row, never an exception. */
    static Iterator<Row> analyse(Iterator<InputRecord> records, int limitSeconds) {
        ArticleReader reader = new ArticleReader();
        var pipeline = PipelineHolder.get();
        Duration limit = Duration.ofSeconds(limitSeconds);
        return new Iterator<>() {
            private Iterator<ReadOutcome> current = java.util.Collections.emptyIterator();
            private Stream<ReadOutcome> open;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (open != null) {
                        open.close();
                        open = null;
                    }
                    if (!records.hasNext()) {
                        return false;
                    }
                    open = outcomes(reader, records.next());
                    current = open.iterator();
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ReadOutcome outcome = current.next();
                if (outcome instanceof ReadOutcome.Failed failed) {
                    return ArticleRows.failed(failed.source(), failed.reason());
                }
                Article article = ((ReadOutcome.Read) outcome).article();
                try {
                    Analysis analysis = pipeline.analyze(article, limit);
                    return ArticleRows.of(analysis);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    return ArticleRows.failed(article.source(), "analysis failed: " + describe(e));
                }
            }
        };
    }

    private static Stream<ReadOutcome> outcomes(ArticleReader reader, InputRecord record) {
        try {
            return switch (record.kind()) {
                case "json" -> reader.readBytes(record.bytes(), record.source(), idOf(record.source()),
                        Optional.of(InputFormat.JSON));
                case "warc" -> reader.readWarc(open(record.source()), record.source(), idOf(record.source()));
                default -> reader.readBytes(record.bytes(), record.source(), idOf(record.source()),
                        InputFormat.byExtension(record.source()));
            };
        } catch (IOException | RuntimeException e) {
            return Stream.of(new ReadOutcome.Failed(record.source(), "cannot read: " + describe(e)));
        }
    }

    /** Opens a file through Hadoop's file systems (file:, hdfs:, s3a:…), so a WARC streams from where it lies. */
    private static InputStream open(String path) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        return p.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(p);
    }

    static String idOf(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int hash = name.indexOf('#');
        String base = hash >= 0 ? name.substring(0, hash) : name;
        base = base.replaceFirst("(?i)\\.(warc\\.gz|warc|jsonl|ndjson|json|txt|text|md|html|htm|xhtml|parquet)$", "");
        return hash >= 0 ? base + "-" + name.substring(hash + 1) : base;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    }
}
