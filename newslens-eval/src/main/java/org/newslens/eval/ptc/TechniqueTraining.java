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
import org.newslens.analyzers.techniques.Decoding;
import org.newslens.analyzers.techniques.TechniqueDetector;
import org.newslens.analyzers.techniques.TechniqueModel;
import org.newslens.analyzers.techniques.TechniqueTrainer;
import org.newslens.analyzers.techniques.WordSpans;
import org.newslens.analyzers.techniques.TechniqueTrainer.LabeledSpan;
import org.newslens.analyzers.techniques.TechniqueTrainer.TrainingArticle;

/**
 * Trains the technique model on a PTC folder ({@code articles/} and {@code labels/}) by the standard folds:
 * fits on the training fold, chooses decoding thresholds on the tuning fold, refits on both, and measures the
 * result on the validation fold, which nothing was fitted or chosen on. Writes the model and a record of the
 * data, settings and figures beside it.
 */
public final class TechniqueTraining {

    private static final double[] START = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7};
    private static final double[] EXTEND_RATIO = {0.3, 0.45, 0.6, 0.8, 1.0};
    private static final double[] SECOND = {0.3, 0.5, 0.7, 2.0};
    private static final int[] GAPS = {0, 1, 2, 4};
    private static final double[] DENSE_WEIGHT = {0, 0.25, 0.5, 0.75, 1.0};
    private static final double[] MIN_MEAN = {0, 0.3, 0.4, 0.5};
    private static final double[] WORD_REFINE = {0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1};
    private static final double[] WORD_SPOT = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15};

    private final TechniqueTrainer.Settings settings;
    private final PrintStream log;
    private org.newslens.analyzers.techniques.WordClusters clusters;
    private org.newslens.analyzers.techniques.WordVectors vectors;

    private org.newslens.analyzers.techniques.WordVectors vectors() {
        if (vectors == null) {
            vectors = org.newslens.analyzers.techniques.WordVectors.load();
        }
        return vectors;
    }

    /** The encoder's vectors of the training texts, kept for the whole run (each text is read by five models). */
    private final org.newslens.analyzers.techniques.EncodedTexts encoded =
            new org.newslens.analyzers.techniques.EncodedTexts();

    private TechniqueTrainer trainer() {
        return new TechniqueTrainer(settings, clusters(), vectors(), encoded);
    }

    private org.newslens.analyzers.techniques.WordClusters clusters() {
        if (clusters == null) {
            long t0 = System.nanoTime();
            clusters = TechniqueTrainer.wordClusters(vectors());
            log.printf("grouped %,d words by their embeddings in %.1f s%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
        }
        return clusters;
    }

    public TechniqueTraining(TechniqueTrainer.Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public record Outcome(TechniqueModel model, DecodingChoice decoding, PtcEvaluation validation, PtcFolds folds) {
    }

    public Outcome run(Path dataDir) throws IOException {
        Map<String, Path> articles = PtcFiles.articles(dataDir.resolve("articles"));
        Map<String, List<PtcSpan>> gold = PtcFiles.labels(dataDir.resolve("labels"));
        List<String> ids = articles.keySet().stream().filter(gold::containsKey).toList();
        PtcFolds folds = PtcFolds.standard(ids);
        List<String> pool = folds.train();
        log.printf("%d labelled articles: %d to train on, %d for validation%n", ids.size(), pool.size(),
                folds.validation().size());
        DecodingChoice decoding = chooseDecoding(pool, articles, gold, CROSS_VALIDATION_FOLDS);
        long t0 = System.nanoTime();
        TechniqueModel model = trainer().train(training(pool, articles, gold))
                .withDecoding(decoding.decoding());
        log.printf("trained on %d articles in %.1f s%n", pool.size(), (System.nanoTime() - t0) / 1e9);
        PtcEvaluation validation = evaluate(model, subset(articles, folds.validation()), gold);
        return new Outcome(model, decoding, validation, folds);
    }

    private static final int CROSS_VALIDATION_FOLDS = 4;

    /** Decoding settings with the cross-validated SI and span+technique F1 they were chosen by. */
    public record DecodingChoice(Decoding decoding, double si, double spanAndTechnique) {
    }

    /**
     * Model selection without the validation fold: k-fold cross-validation over the pool, printing pooled SI,
     * TC and span+technique F1 with decoding chosen on all held-out parts together.
     */
    public void crossValidate(Path dataDir, int k) throws IOException {
        Map<String, Path> articles = PtcFiles.articles(dataDir.resolve("articles"));
        Map<String, List<PtcSpan>> gold = PtcFiles.labels(dataDir.resolve("labels"));
        PtcFolds folds = PtcFolds.standard(articles.keySet().stream().filter(gold::containsKey).toList());
        List<String> pool = folds.train();
        chooseDecoding(pool, articles, gold, k);
    }

    /**
     * Fits k models, each without one part of the pool, scores every held-out article once, and picks the
     * decoding thresholds that give the best pooled SI F1, then the second-label ratio that gives the best
     * span+technique F1.
     */
    private DecodingChoice chooseDecoding(List<String> pool, Map<String, Path> articles, Map<String, List<PtcSpan>> gold,
                                    int k) throws IOException {
        Map<String, TechniqueDetector> detectorOf = new LinkedHashMap<>();
        List<TechniqueModel> models = new ArrayList<>();
        List<List<String>> heldParts = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<String> fit = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                (i % k == fold ? held : fit).add(pool.get(i));
            }
            long t0 = System.nanoTime();
            TechniqueModel model = trainer().train(training(fit, articles, gold));
            TechniqueDetector detector = new TechniqueDetector(model, encoded);
            log.printf("cross-validation fold %d of %d fitted in %.1f s%n", fold + 1, k, (System.nanoTime() - t0) / 1e9);
            held.forEach(id -> detectorOf.put(id, detector));
            models.add(model);
            heldParts.add(held);
        }
        Map<String, List<PtcSpan>> poolGold = new LinkedHashMap<>();
        pool.forEach(id -> poolGold.put(id, gold.get(id)));
        List<PtcSpan> allGold = new ArrayList<>();
        pool.forEach(id -> allGold.addAll(gold.get(id)));
        double tc = -1;
        double classifierWeight = 0;
        double contextualClassifierWeight = 0;
        double[] weights = settings.denseEpochs() == 0 ? new double[] {0} : DENSE_WEIGHT;
        double[] contextualWeights = settings.encodeShare() == 0 ? new double[] {0} : weights;
        for (double weight : weights) {
            for (double contextualWeight : contextualWeights) {
                List<PtcSpan> predicted = new ArrayList<>();
                List<PtcSpan> expected = new ArrayList<>();
                for (int fold = 0; fold < k; fold++) {
                    TechniqueModel model = models.get(fold);
                    List<PtcSpan> heldGold = new ArrayList<>();
                    heldParts.get(fold).forEach(id -> heldGold.addAll(gold.get(id)));
                    predicted.addAll(new PtcPredictor(new TechniqueDetector(model.withDecoding(
                            model.decoding().withClassifierWeights(weight, contextualWeight)), encoded))
                            .classify(subset(articles, heldParts.get(fold)), heldGold));
                    expected.addAll(heldGold);
                }
                double f1 = PtcScorer.classification(predicted, expected).microF1();
                log.printf("  classifier weights: word vectors %.2f, contextual %.2f: TC micro-F1 %.4f%n", weight,
                        contextualWeight, f1);
                if (f1 > tc) {
                    tc = f1;
                    classifierWeight = weight;
                    contextualClassifierWeight = contextualWeight;
                }
            }
        }

        Map<String, PtcArticle> texts = new LinkedHashMap<>();
        Map<String, TechniqueDetector.ScoredText> scored = new LinkedHashMap<>();
        for (String id : pool) {
            PtcArticle article = PtcArticle.read(articles.get(id));
            texts.put(id, article);
            TechniqueDetector detector = detectorOf.get(id);
            scored.put(id, settings.encodeShare() == 0 ? detector.score(article.text()) : detector.scoreFully(article.text()));
        }
        // With the encoder, two stages, as a full grid would take hours: the mixing weights with plain runs, then the
        // run shape; without it, one joint search. The encoder's gate is set for each word-vector weight so that it
        // reads the allowed share of the pool's tokens.
        boolean joint = contextualWeights.length == 1;
        List<TechniqueDetector.ScoredText> all = new ArrayList<>(scored.values());
        Decoding base = new Decoding(0, 0.5, 0.5, 0, 0, classifierWeight, 2.0, 1, 0, contextualClassifierWeight,
                WordSpans.off());
        DecodingChoice best = null;
        for (double dense : weights) {
            double gate = settings.encodeShare() == 0 ? 1 : TechniqueDetector.gateForShare(all, dense, settings.encodeShare());
            for (double contextual : contextualWeights) {
                for (double start : START) {
                    for (double ratio : EXTEND_RATIO) {
                        for (int gap : joint ? GAPS : new int[] {0}) {
                            for (double minMean : joint ? MIN_MEAN : new double[] {0}) {
                                Decoding decoding = base.withSpans(dense, contextual, gate, start, start * ratio, gap,
                                        minMean);
                                double si = spanIdentification(decoding, texts, scored, detectorOf, poolGold);
                                if (best == null || si > best.si()) {
                                    best = new DecodingChoice(decoding, si, 0);
                                }
                            }
                        }
                    }
                }
            }
        }
        log.printf("  token weights: word vectors %.2f, contextual %.2f, encoder reads sentences from %.3f: SI F1"
                + " %.4f%n", best.decoding().denseWeight(), best.decoding().contextualWeight(),
                best.decoding().encodeFrom(), best.si());
        Decoding weighted = best.decoding();
        for (double start : START) {
            for (double ratio : EXTEND_RATIO) {
                for (int gap : GAPS) {
                    for (double minMean : MIN_MEAN) {
                        Decoding decoding = weighted.withSpans(weighted.denseWeight(), weighted.contextualWeight(),
                                weighted.encodeFrom(), start, start * ratio, gap, minMean);
                        double si = spanIdentification(decoding, texts, scored, detectorOf, poolGold);
                        if (si > best.si()) {
                            best = new DecodingChoice(decoding, si, 0);
                        }
                    }
                }
            }
        }
        DecodingChoice chosen = null;
        for (double second : SECOND) {
            DecodingChoice d = measure(best.decoding().withSecondLabelRatio(second), texts, scored, detectorOf, poolGold);
            if (chosen == null || d.spanAndTechnique() > chosen.spanAndTechnique()) {
                chosen = d;
            }
        }
        log.printf("  before word-level spans: SI F1 %.4f, span+technique F1 %.4f%n", chosen.si(),
                chosen.spanAndTechnique());
        chosen = chooseWordSpans(chosen, texts, scored, detectorOf, poolGold);
        log.printf("cross-validation over %d articles (%d folds): SI F1 %.4f; TC micro-F1 %.4f; span+technique F1"
                + " %.4f; decoding %s%n", pool.size(), k, chosen.si(), tc, chosen.spanAndTechnique(), chosen.decoding());
        return chosen;
    }

    /**
     * The word-level thresholds, one technique and one step at a time (refining first, then spotting), each kept
     * when it raises the sum of pooled SI and span+technique F1: both are targets, and shorter spans trade one
     * against the other.
     */
    private DecodingChoice chooseWordSpans(DecodingChoice start, Map<String, PtcArticle> texts,
                                           Map<String, TechniqueDetector.ScoredText> scored,
                                           Map<String, TechniqueDetector> detectorOf, Map<String, List<PtcSpan>> gold) {
        DecodingChoice best = start;
        for (boolean refining : new boolean[] {true, false}) {
            for (org.newslens.core.model.Technique technique : WordSpans.TECHNIQUES) {
                for (double threshold : refining ? WORD_REFINE : WORD_SPOT) {
                    WordSpans words = best.decoding().words();
                    words = refining ? words.withRefine(technique, threshold) : words.withSpot(technique, threshold);
                    DecodingChoice d = measure(best.decoding().withWords(words), texts, scored, detectorOf, gold);
                    log.printf("  %s %s at %.2f: SI F1 %.4f, span+technique F1 %.4f%n", refining ? "refine" : "spot",
                            technique.label(), threshold, d.si(), d.spanAndTechnique());
                    if (d.si() + d.spanAndTechnique() > best.si() + best.spanAndTechnique()) {
                        best = d;
                    }
                }
            }
        }
        return best;
    }

    private static double spanIdentification(Decoding decoding, Map<String, PtcArticle> texts,
                                             Map<String, TechniqueDetector.ScoredText> scored,
                                             Map<String, TechniqueDetector> detectorOf, Map<String, List<PtcSpan>> gold) {
        Map<String, List<PtcSpan>> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, PtcArticle> entry : texts.entrySet()) {
            PtcArticle article = entry.getValue();
            predicted.put(entry.getKey(), detectorOf.get(entry.getKey()).spans(scored.get(entry.getKey()), decoding)
                    .stream().map(span -> article.toPtc(span, null)).toList());
        }
        return PtcScorer.spanIdentification(predicted, gold).f1();
    }

    private static DecodingChoice measure(Decoding decoding, Map<String, PtcArticle> texts,
                                    Map<String, TechniqueDetector.ScoredText> scored,
                                    Map<String, TechniqueDetector> detectorOf, Map<String, List<PtcSpan>> gold) {
        Map<String, List<PtcSpan>> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, PtcArticle> entry : texts.entrySet()) {
            PtcArticle article = entry.getValue();
            predicted.put(entry.getKey(), detectorOf.get(entry.getKey()).decode(scored.get(entry.getKey()), decoding)
                    .stream().map(found -> article.toPtc(found.span(), found.technique())).toList());
        }
        return new DecodingChoice(decoding, PtcScorer.spanIdentification(predicted, gold).f1(),
                PtcScorer.micro(PtcScorer.spanAndTechnique(predicted, gold)).f1());
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
                .append(outcome.folds().train().size() + outcome.folds().validation().size())
                .append(" labelled articles\n");
        s.append("- folds (ids in numeric order; validation = every 5th from the 3rd): trained on ")
                .append(outcome.folds().train().size()).append(" articles; validation ")
                .append(outcome.folds().validation().size()).append(" articles, never trained or tuned on\n");
        s.append("- settings: ").append(settings).append('\n');
        DecodingChoice d = outcome.decoding();
        s.append(String.format(java.util.Locale.ROOT, "- decoding chosen by %d-fold cross-validation on the training"
                + " fold: %s (cross-validated SI F1 %.4f, span+technique F1 %.4f)%n%n", CROSS_VALIDATION_FOLDS,
                d.decoding(), d.si(), d.spanAndTechnique()));
        s.append("## Validation fold\n\n```\n").append(printed(outcome.validation())).append("```\n\n");
        s.append("Validation ids: ").append(String.join(" ", outcome.folds().validation())).append('\n');
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    }

    static String printed(PtcEvaluation evaluation) {
        var bytes = new java.io.ByteArrayOutputStream();
        evaluation.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
