package org.newslens.eval.ptc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.analyzers.techniques.TechniqueDetector;
import org.newslens.analyzers.techniques.TechniqueModel;
import org.newslens.analyzers.techniques.TechniqueTrainer;
import org.newslens.analyzers.techniques.TechniqueTrainer.LabeledSpan;
import org.newslens.analyzers.techniques.TechniqueTrainer.TrainingArticle;

/**
 * Trains the technique model on a PTC folder ({@code articles/} and {@code labels/}) by the standard folds:
 * fits on the training fold, chooses decoding thresholds on the tuning fold, refits on both, and measures the
 * result on the validation fold, which nothing was fitted or chosen on. Writes the model and a record of the
 * data, settings and figures beside it.
 */
public final class TechniqueTraining {

    private static final double[] START = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    private static final double[] EXTEND_RATIO = {0.5, 0.7, 0.85, 1.0};
    private static final double[] SECOND = {0.3, 0.5, 0.7, 2.0};

    private final TechniqueTrainer.Settings settings;
    private final PrintStream log;
    private org.newslens.analyzers.techniques.WordClusters clusters;

    private org.newslens.analyzers.techniques.WordClusters clusters() {
        if (clusters == null) {
            long t0 = System.nanoTime();
            clusters = TechniqueTrainer.wordClusters();
            log.printf("grouped %,d words by their embeddings in %.1f s%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
        }
        return clusters;
    }

    public TechniqueTraining(TechniqueTrainer.Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public record Outcome(TechniqueModel model, PtcEvaluation tune, PtcEvaluation validation, PtcFolds folds) {
    }

    public Outcome run(Path dataDir) throws IOException {
        Map<String, Path> articles = PtcFiles.articles(dataDir.resolve("articles"));
        Map<String, List<PtcSpan>> gold = PtcFiles.labels(dataDir.resolve("labels"));
        List<String> ids = articles.keySet().stream().filter(gold::containsKey).toList();
        PtcFolds folds = PtcFolds.standard(ids);
        log.printf("%d labelled articles: %d train, %d tune, %d validation%n", ids.size(), folds.train().size(),
                folds.tune().size(), folds.validation().size());

        long t0 = System.nanoTime();
        TechniqueModel first = new TechniqueTrainer(settings, clusters()).train(training(folds.train(), articles, gold));
        log.printf("trained on the training fold in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        TechniqueModel decoding = chooseDecoding(first, subset(articles, folds.tune()), gold);

        List<String> both = new ArrayList<>(folds.train());
        both.addAll(folds.tune());
        t0 = System.nanoTime();
        TechniqueModel refit = new TechniqueTrainer(settings, clusters()).train(training(both, articles, gold))
                .withDecoding(decoding.startThreshold(), decoding.extendThreshold(), decoding.secondLabelRatio());
        log.printf("refitted on training + tuning folds in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        PtcEvaluation tune = evaluate(decoding, subset(articles, folds.tune()), gold);
        PtcEvaluation validation = evaluate(refit, subset(articles, folds.validation()), gold);
        return new Outcome(refit, tune, validation, folds);
    }

    /**
     * Model selection without the validation fold: k-fold cross-validation over the training and tuning folds,
     * decoding chosen on each held-out part. Prints pooled SI (best decoding), TC and span+technique F1.
     */
    public void crossValidate(Path dataDir, int k) throws IOException {
        Map<String, Path> articles = PtcFiles.articles(dataDir.resolve("articles"));
        Map<String, List<PtcSpan>> gold = PtcFiles.labels(dataDir.resolve("labels"));
        PtcFolds folds = PtcFolds.standard(articles.keySet().stream().filter(gold::containsKey).toList());
        List<String> pool = new ArrayList<>(folds.train());
        pool.addAll(folds.tune());
        double si = 0;
        double tc = 0;
        double st = 0;
        for (int fold = 0; fold < k; fold++) {
            List<String> fit = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                (i % k == fold ? held : fit).add(pool.get(i));
            }
            TechniqueModel model = chooseDecoding(new TechniqueTrainer(settings, clusters()).train(training(fit, articles, gold)),
                    subset(articles, held), gold);
            PtcEvaluation e = evaluate(model, subset(articles, held), gold);
            log.printf("fold %d: SI %.4f  TC %.4f  ST %.4f%n", fold, e.si().f1(), e.tc().microF1(),
                    e.spanAndTechnique().f1());
            si += e.si().f1();
            tc += e.tc().microF1();
            st += e.spanAndTechnique().f1();
        }
        log.printf("cross-validation mean over %d folds: SI %.4f  TC %.4f  ST %.4f%n", k, si / k, tc / k, st / k);
    }

    private TechniqueModel chooseDecoding(TechniqueModel model, Map<String, Path> tune, Map<String, List<PtcSpan>> gold)
            throws IOException {
        TechniqueModel best = model;
        double bestF1 = -1;
        for (double start : START) {
            for (double ratio : EXTEND_RATIO) {
                TechniqueModel candidate = model.withDecoding(start, start * ratio, 2.0);
                double f1 = evaluateDetection(candidate, tune, gold).si().f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = candidate;
                }
            }
        }
        log.printf("tuning fold: best SI F1 %.4f at start %.2f, extend %.3f%n", bestF1, best.startThreshold(),
                best.extendThreshold());
        double bestSt = -1;
        TechniqueModel chosen = best;
        for (double second : SECOND) {
            TechniqueModel candidate = best.withDecoding(best.startThreshold(), best.extendThreshold(), second);
            double f1 = evaluateDetection(candidate, tune, gold).spanAndTechnique().f1();
            if (f1 > bestSt) {
                bestSt = f1;
                chosen = candidate;
            }
        }
        log.printf("tuning fold: best span+technique F1 %.4f with second-label ratio %.2f%n", bestSt,
                chosen.secondLabelRatio());
        return chosen;
    }

    private static PtcEvaluation evaluateDetection(TechniqueModel model, Map<String, Path> articles,
                                                   Map<String, List<PtcSpan>> gold) throws IOException {
        PtcPredictor predictor = new PtcPredictor(new TechniqueDetector(model));
        return PtcEvaluation.of(articles, gold, predictor.detect(articles), null);
    }

    static PtcEvaluation evaluate(TechniqueModel model, Map<String, Path> articles, Map<String, List<PtcSpan>> gold)
            throws IOException {
        PtcPredictor predictor = new PtcPredictor(new TechniqueDetector(model));
        return PtcEvaluation.of(articles, gold, predictor.detect(articles), predictor);
    }

    private static Map<String, Path> subset(Map<String, Path> articles, List<String> ids) {
        Map<String, Path> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, articles.get(id)));
        return out;
    }

    private static List<TrainingArticle> training(List<String> ids, Map<String, Path> articles,
                                                  Map<String, List<PtcSpan>> gold) throws IOException {
        List<TrainingArticle> out = new ArrayList<>();
        for (String id : ids) {
            PtcArticle article = PtcArticle.read(articles.get(id));
            List<LabeledSpan> spans = gold.get(id).stream()
                    .map(s -> new LabeledSpan(article.toUtf16(s.start(), s.end()), s.technique())).toList();
            out.add(new TrainingArticle(id, article.text(), spans));
        }
        return out;
    }

    /** A readable record of what produced the model, written beside it. */
    public void writeRecord(Path file, Path dataDir, Outcome outcome) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Technique model: how it was made\n\n");
        s.append("- made: ").append(Instant.now()).append(" by `newslens train techniques --data ").append(dataDir)
                .append("`\n");
        s.append("- data: PTC (SemEval-2020 Task 11) development release, ")
                .append(outcome.folds().train().size() + outcome.folds().tune().size() + outcome.folds().validation().size())
                .append(" labelled articles\n");
        s.append("- folds (ids in numeric order; validation = every 5th from the 3rd, tuning = every 10th from the 5th):"
                + " trained on ").append(outcome.folds().train().size()).append(" + ")
                .append(outcome.folds().tune().size()).append(" articles, validation ")
                .append(outcome.folds().validation().size()).append(" articles, never trained or tuned on\n");
        s.append("- settings: ").append(settings).append('\n');
        s.append("- decoding chosen on the tuning fold: start ").append(outcome.model().startThreshold())
                .append(", extend ").append(outcome.model().extendThreshold()).append(", second label ratio ")
                .append(outcome.model().secondLabelRatio()).append("\n\n");
        s.append("## Validation fold\n\n```\n").append(printed(outcome.validation())).append("```\n\n");
        s.append("Validation ids: ").append(String.join(" ", outcome.folds().validation())).append("\n\n");
        s.append("Tuning ids: ").append(String.join(" ", outcome.folds().tune())).append('\n');
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    }

    static String printed(PtcEvaluation evaluation) {
        var bytes = new java.io.ByteArrayOutputStream();
        evaluation.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
