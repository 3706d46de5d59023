package org.newslens.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What the job reads and where it writes.
 *
 * @param inputs     files, folders or globs Spark can read (local, HDFS, S3…)
 * @param format     {@code auto} (by extension: .jsonl lines, .parquet, .warc/.warc.gz, anything else a
 *                   file per article), or one of {@code jsonl}, {@code parquet}, {@code warc}, {@code files}
 * @param out        the output folder (must not exist)
 * @param partitions partitions for file inputs (0: Spark's default parallelism)
 * @param limitSeconds time limit per article
 * @param outputFiles files per output table (0: one per core of the cluster)
 */
public record JobOptions(List<String> inputs, String format, String out, int partitions, int limitSeconds,
                         int outputFiles) implements Serializable {

    public JobOptions(List<String> inputs, String format, String out, int partitions, int limitSeconds) {
        this(inputs, format, out, partitions, limitSeconds, 0);
    }

    public JobOptions {
        inputs = List.copyOf(inputs);
        format = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "jsonl", "parquet", "warc", "files").contains(format)) {
            throw new IllegalArgumentException("--format is auto, jsonl, parquet, warc or files, not " + format);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
    }

    /** The format of one input under {@code auto}. */
    String formatOf(String input) {
        if (!format.equals("auto")) {
            return format;
        }
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (name.endsWith(".parquet")) {
            return "parquet";
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return "warc";
        }
        return "files";
    }
}
