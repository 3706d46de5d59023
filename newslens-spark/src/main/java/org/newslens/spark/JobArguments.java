package org.newslens.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line arguments of the job, kept free of a CLI library so the job jar stays small:
 * {@code --out DIR [--format auto|jsonl|parquet|warc|files] [--partitions N] [--limit-seconds S]
 * [--master local[2]] INPUT...}.
 */
final class JobArguments {

    static final String USAGE = "usage: newslens-spark --out DIR [--format auto|jsonl|parquet|warc|files]"
            + " [--partitions N] [--output-files N] [--limit-seconds S] [--master URL] INPUT...";

    private JobArguments() {
    }

    static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String format = "auto";
        int partitions = 0;
        int limit = 120;
        int outputFiles = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i);
                case "--format" -> format = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--limit-seconds" -> limit = Integer.parseInt(value(args, ++i));
                case "--output-files" -> outputFiles = Integer.parseInt(value(args, ++i));
                case "--master" -> value(args, ++i);
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required\n" + USAGE);
        }
        return new JobOptions(inputs, format, out, partitions, limit, outputFiles);
    }

    /** The {@code --master} given, or null (spark-submit sets the master itself). */
    static String master(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--master")) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
