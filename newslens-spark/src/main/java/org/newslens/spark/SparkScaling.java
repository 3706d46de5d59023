package org.newslens.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how the job scales on one machine: the same inputs with local[1], local[2], … in one JVM
 * (the pipeline is loaded before timing, as an executor would have it), each run timed end to end,
 * best of {@code --passes}. Prints articles/s per setting and the speed-up over local[1].
 *
 * <p>{@code SparkScaling --cores 1,2 --passes 2 --out DIR INPUT...}
 */
public final class SparkScaling {

    private SparkScaling() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cores = List.of(1, 2);
        int passes = 2;
        Path out = Path.of("target", "spark-scaling");
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        PipelineHolder.get(); // load the models once, outside the timings
        double base = 0;
        System.out.printf(Locale.ROOT, "%-10s %10s %12s %10s%n", "master", "articles", "articles/s", "speed-up");
        for (int n : cores) {
            double best = Double.MAX_VALUE;
            long articles = 0;
            for (int pass = 0; pass < passes; pass++) {
                Path dir = out.resolve("local-" + n + "-" + pass);
                deleteRecursively(dir);
                try (SparkSession spark = SparkSession.builder().master("local[" + n + "]").appName("newslens-scaling")
                        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(2 * n))
                        .getOrCreate()) {
                    spark.sparkContext().setLogLevel("WARN");
                    NewslensSparkJob.Result result = NewslensSparkJob.run(spark,
                            new JobOptions(inputs, "auto", dir.toString(), 16 * n, 120));
                    best = Math.min(best, result.seconds());
                    articles = result.analysed();
                }
            }
            double rate = articles / best;
            if (base == 0) {
                base = rate;
            }
            System.out.printf(Locale.ROOT, "local[%d] %10d %12.2f %9.2fx%n", n, articles, rate, rate / base);
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
