package org.newslens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the store. */
final class StoreOption {

    static final String DEFAULT = "${env:NEWSLENS_STORE:-newslens-store}";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The store folder (default: $NEWSLENS_STORE, else newslens-store in the current folder).")
    Path dir;
}
