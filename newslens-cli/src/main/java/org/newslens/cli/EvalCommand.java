package org.newslens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.eval.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures the quality of one part of Newslens on data with known answers.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Entities.class, EvalCommand.Sources.class, EvalCommand.Events.class,
                EvalCommand.Ptc.class})
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

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Scores events against gold files (format: docs/eval-events.md): event mentions with the"
                    + " right type, with the right type and place (within 25 km), argument accuracy, and cross-article"
                    + " linking (pairwise precision and recall)."})
    static final class Events implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .json files.")
        Path gold;

        @Option(names = "--articles", paramLabel = "DIR", description = "Where the articles are, searched by id"
                + " (repeatable; default: the gold folder).")
        java.util.List<Path> articles = new java.util.ArrayList<>();

        @Option(names = {"-v", "--verbose"}, description = "List every missed, misplaced or extra event.")
        boolean verbose;

        @Option(names = "--no-embeddings", description = "Link without the sentence model.")
        boolean noEmbeddings;

        @Override
        public Integer call() throws Exception {
            var pipeline = org.newslens.analyzers.StandardPipeline.create(new org.newslens.analyzers.models.ModelStore());
            var result = new org.newslens.eval.EventEvaluation(pipeline,
                    noEmbeddings ? null : new org.newslens.events.MiniLmEmbedder())
                    .evaluate(gold, articles.isEmpty() ? java.util.List.of(gold) : articles);
            org.newslens.eval.EventEvaluation.print(result, verbose, System.out);
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

    @Command(name = "ptc", mixinStandardHelpOptions = true,
            description = {"Scores propaganda-technique detection on PTC articles against gold label files: SI"
                    + " precision/recall/F1 (SemEval-2020 partial overlap), TC micro-F1 on the gold spans,"
                    + " span+technique F1 (per-technique partial overlap, micro-averaged) and a per-technique table."})
    static final class Ptc implements Callable<Integer> {

        @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article<ID>.txt files.")
        Path articles;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .labels files"
                + " (ID<TAB>technique<TAB>start<TAB>end), or one such file.")
        Path gold;

        @Option(names = "--ids", paramLabel = "FILE", description = "Score only the article ids listed in FILE"
                + " (whitespace-separated), e.g. eval/ptc-validation-ids.txt for our validation fold.")
        Path ids;

        @Option(names = "--predictions", paramLabel = "FILE", description = "Score this span file (e.g. from"
                + " `newslens techniques`) instead of running the model; TC is then not measured.")
        Path predictions;

        @Option(names = "--baseline", paramLabel = "lines", description = "Score a baseline instead: lines = every"
                + " line is one span.")
        String baseline;

        @Option(names = "--model", paramLabel = "FILE", description = "A technique model of your own (default: the bundled one).")
        Path model;

        @Override
        public Integer call() throws Exception {
            var files = org.newslens.eval.ptc.PtcFiles.articles(articles);
            if (ids != null) {
                var keep = java.util.Set.of(java.nio.file.Files.readString(ids).trim().split("\\s+"));
                files.keySet().retainAll(keep);
            }
            var goldSpans = org.newslens.eval.ptc.PtcFiles.labels(gold);
            files.keySet().retainAll(goldSpans.keySet());
            org.newslens.eval.ptc.PtcPredictor predictor = null;
            java.util.Map<String, java.util.List<org.newslens.eval.ptc.PtcSpan>> detected;
            if ("lines".equals(baseline)) {
                detected = org.newslens.eval.ptc.PtcPredictor.lineBaseline(files);
            } else if (baseline != null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "Unknown baseline \"" + baseline + "\"; known: lines");
            } else if (predictions != null) {
                detected = new java.util.HashMap<>();
                for (var span : org.newslens.eval.ptc.PtcFiles.readSpans(predictions, true)) {
                    detected.computeIfAbsent(span.articleId(), k -> new java.util.ArrayList<>()).add(span);
                }
            } else {
                predictor = new org.newslens.eval.ptc.PtcPredictor(new org.newslens.analyzers.techniques.TechniqueDetector(
                        org.newslens.analyzers.techniques.TechniqueModel.fileOrBundled(model)));
                detected = predictor.detect(files);
            }
            org.newslens.eval.ptc.PtcEvaluation.of(files, goldSpans, detected, predictor).print(System.out);
            return ExitCodes.OK;
        }
    }
}
