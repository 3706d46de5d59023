package org.newslens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the store. */
final class StoreOption {

    static final String DEFAULT = "${env:NEWSLENS_STORE:-newslens-store}";

    /** Commands that write the store commit at least this often, so a crash loses at most seconds of work. */
    static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The store folder (default: $NEWSLENS_STORE, else newslens-store in the current folder).")
    Path dir;
}
