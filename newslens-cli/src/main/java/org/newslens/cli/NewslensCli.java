package org.newslens.cli;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.newslens.analyzers.actors.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newslens} command. The only place that calls {@code System.exit}. */
@Command(name = "newslens", mixinStandardHelpOptions = true, version = "newslens 0.1.0",
        description = "Reads news articles and shows what they claim, on whose word, which events they report"
                + " and how they persuade.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, ExportCommand.class, BenchCommand.class, EvalCommand.class,
                TechniquesCommand.class, TrainCommand.class, IngestCommand.class, LoadCommand.class, SearchCommand.class, ServeCommand.class, BenchStoreCommand.class, BenchServerCommand.class, BenchMalformedCommand.class, EventsCommand.class,
                CommandLine.HelpCommand.class})
public final class NewslensCli {

    public static void main(String[] args) {
        // CoreNLP logs model loading to stderr; our own messages are the ones users need.
        RedwoodConfiguration.current().clear().apply();
        System.exit(newCommandLine().execute(args));
    }

    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new NewslensCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // An I/O failure wrapped on its way up (a damaged model, an unreadable file) reads best as itself.
            Throwable shown = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            commandLine.getErr().println("newslens: " + shown.getMessage());
            return e instanceof KnowledgeBaseException ? ExitCodes.USAGE : ExitCodes.SOFTWARE;
        });
        return cli;
    }
}
