package org.newslens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.json.JsonContractException;
import org.newslens.store.ArticleStore;
import org.newslens.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads analyses already made (JSON Lines as written by `analyze --jsonl`) into the store,"
                + " without analysing again; an article already stored is replaced by the loaded analysis.",
                "A line that is not an analysis is named with its number and skipped; the rest goes on."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every line loaded", "1:some line could not be loaded, or the store failed",
                "2:wrong usage, or the store is in use by another process"})
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSONL files of analyses.")
    List<Path> files;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ArticleStore articles;
        try {
            articles = ArticleStore.open(store.dir);
        } catch (StoreException e) {
            err.println("newslens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        AnalysisJson json = new AnalysisJson();
        int loaded = 0;
        int failed = 0;
        long lastCommit = System.nanoTime();
        try {
            for (Path file : files) {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    int number = 0;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        number++;
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            articles.put(json.read(line));
                            loaded++;
                        } catch (JsonContractException | IllegalArgumentException e) {
                            failed++;
                            err.println("newslens: " + file + "#" + number + ": not an analysis: " + e.getMessage());
                        }
                        if (System.nanoTime() - lastCommit > StoreOption.COMMIT_INTERVAL_NANOS) {
                            articles.commit();
                            lastCommit = System.nanoTime();
                        }
                    }
                } catch (IOException e) {
                    failed++;
                    err.println("newslens: " + file + ": cannot read: " + e.getMessage());
                }
            }
            articles.commit();
            err.printf("newslens: %d analyses loaded, %d lines failed; %s holds %d articles%n", loaded, failed,
                    store.dir, articles.size());
            articles.close();
        } catch (StoreException e) {
            articles.abandon();
            err.println("newslens: " + e.getMessage() + "; the store keeps everything up to its last commit");
            return ExitCodes.SOME_INPUT_FAILED;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
