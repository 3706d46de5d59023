package org.newslens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.eval.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures the quality of one part of Newslens on data with known answers.",
        subcommands = {EvalCommand.Extraction.class})
final class EvalCommand {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores HTML article-body extraction: for every NAME.html in DIR with a NAME.body.txt"
                    + " beside it (the true body), prints precision, recall and F1 of word 4-shingles, per page"
                    + " and on average."})
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "Folder of pages and true bodies.")
        Path pages;

        @Override
        public Integer call() throws Exception {
            ExtractionEvaluation.print(new ExtractionEvaluation().evaluate(pages), System.out);
            return ExitCodes.OK;
        }
    }
}
