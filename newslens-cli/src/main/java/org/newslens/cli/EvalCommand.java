package org.newslens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.eval.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures the quality of one part of Newslens on data with known answers.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Entities.class, EvalCommand.Sources.class})
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

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Scores canonical entities, alias grouping and geocoding (within 25 km) against gold files"
                    + " (format: docs/eval-entities.md)."})
    static final class Entities implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .json files.")
        Path gold;

        @Option(names = "--articles", paramLabel = "DIR", description = "Where the articles are, searched by id"
                + " (repeatable; default: the gold folder).")
        java.util.List<Path> articles = new java.util.ArrayList<>();

        @Option(names = {"-v", "--verbose"}, description = "List every miss, extra, split and misplaced entity.")
        boolean verbose;

        @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
        java.util.List<Path> actorFiles = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            var pipeline = org.newslens.analyzers.StandardPipeline.create(new org.newslens.analyzers.models.ModelStore(),
                    org.newslens.analyzers.actors.ActorKnowledgeBase.load(actorFiles));
            var result = new org.newslens.eval.EntityEvaluation(pipeline)
                    .evaluate(gold, articles.isEmpty() ? java.util.List.of(gold) : articles);
            org.newslens.eval.EntityEvaluation.print(result, verbose, System.out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = {"Scores quote detection, quote kinds, speakers and claim source types and names against"
                    + " gold files (format: docs/eval-sources.md)."})
    static final class Sources implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .json files.")
        Path gold;

        @Option(names = "--articles", paramLabel = "DIR", description = "Where the articles are, searched by id"
                + " (repeatable; default: the gold folder).")
        java.util.List<Path> articles = new java.util.ArrayList<>();

        @Option(names = {"-v", "--verbose"}, description = "List every missed, extra or wrongly attributed item.")
        boolean verbose;

        @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
        java.util.List<Path> actorFiles = new java.util.ArrayList<>();

        @Option(names = "--peer", paramLabel = "corenlp", description = "Score the peer instead of Newslens:"
                + " corenlp = Stanford CoreNLP's quote annotator with attribution (needs depparse and coref; slow).")
        String peer;

        @Override
        public Integer call() throws Exception {
            org.newslens.eval.SourceEvaluation evaluation;
            if ("corenlp".equals(peer)) {
                evaluation = new org.newslens.eval.SourceEvaluation(new org.newslens.eval.CoreNlpQuotePeer());
            } else if (peer != null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "Unknown peer \"" + peer + "\"; known: corenlp");
            } else {
                evaluation = new org.newslens.eval.SourceEvaluation(org.newslens.analyzers.StandardPipeline.create(
                        new org.newslens.analyzers.models.ModelStore(),
                        org.newslens.analyzers.actors.ActorKnowledgeBase.load(actorFiles)));
            }
            var result = evaluation
                    .evaluate(gold, articles.isEmpty() ? java.util.List.of(gold) : articles);
            org.newslens.eval.SourceEvaluation.print(result, verbose, System.out);
            return ExitCodes.OK;
        }
    }
}
