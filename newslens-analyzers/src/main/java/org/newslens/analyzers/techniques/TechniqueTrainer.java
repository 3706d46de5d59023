package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Technique;

/**
 * Trains a {@link TechniqueModel} from articles with gold technique spans: the tagger on every token
 * (inside any gold span or not), the classifier on every gold span. Decoding thresholds start at the given
 * settings; choose them on a tuning fold with {@link TechniqueModel#withDecoding}. Deterministic.
 */
public final class TechniqueTrainer {

    /** A gold span; offsets are UTF-16 indices into the article's text. */
    public record LabeledSpan(CharSpan span, Technique technique) {
    }

    public record TrainingArticle(String id, String text, List<LabeledSpan> spans) {
        public TrainingArticle {
            spans = List.copyOf(spans);
        }
    }

    /**
     * @param taggerBuckets     hashed feature buckets of the tagger (a power of two)
     * @param classifierBuckets the same for the classifier
     * @param taggerEpochs      passes over the tokens
     * @param classifierEpochs  passes over the spans
     * @param learningRate      AdaGrad base step of the taggers
     * @param classifierLearningRate the same for the classifier
     * @param l2                weight decay
     * @param insideWeight      loss weight of tokens inside spans, against 1 for the others
     * @param denseHidden       hidden units of the network over word vectors
     * @param denseEpochs       its passes over the tokens (0: an untrained network, to be given no weight)
     * @param denseClassifierEpochs passes of the dense span classifier over the spans
     * @param denseLearningRate the networks' AdaGrad base step
     * @param seed              shuffling seed
     * @param encodeShare       the share of the text the contextual encoder may read (a speed setting): it reads the
     *                          sentences the other models find likeliest, up to this share of the training tokens;
     *                          0 leaves the encoder out
     */
    public record Settings(int taggerBuckets, int classifierBuckets, int taggerEpochs, int classifierEpochs,
                           double learningRate, double classifierLearningRate, double l2, double insideWeight,
                           int denseHidden, int denseEpochs, int denseClassifierEpochs, double denseLearningRate,
                           long seed, double encodeShare) {

        public static Settings defaults() {
            return new Settings(1 << 20, 1 << 19, 2, 20, 0.02, 0.02, 1e-6, 2.0, 64, 3, 20, 0.01, 20201111L, 0);
        }
    }

    private final Settings settings;
    private final WordClusters clusters;
    private final WordVectors vectors;
    private final EncodedTexts encoded;

    /** @param encoded where the encoder's vectors of the articles are kept between training runs */
    public TechniqueTrainer(Settings settings, WordClusters clusters, WordVectors vectors, EncodedTexts encoded) {
        this.settings = settings;
        this.clusters = clusters;
        this.vectors = vectors;
        this.encoded = encoded;
    }

    /**
     * Word groups from the CoreNLP models jar's word embeddings (k-means, 256 and 1,024 groups); takes about a
     * minute, so build them once per training run.
     */
    public static WordClusters wordClusters(WordVectors vectors) {
        return new WordClusterBuilder(256, 1024, 12, 20201111L).build(vectors);
    }

    /**
     * Fits the first-pass tagger on all articles, the second pass on first-pass probabilities that each article
     * gets from a tagger fitted without it (so the second pass learns how far to trust unseen-text guesses),
     * and the classifier on the gold spans.
     */
    public TechniqueModel train(List<TrainingArticle> articles) {
        LinearModel tagger = trainTagger(articles, null);
        List<double[]> heldOut = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            heldOut.add(null);
        }
        for (int fold = 0; fold < STACKING_FOLDS; fold++) {
            List<TrainingArticle> fit = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i % STACKING_FOLDS != fold) {
                    fit.add(articles.get(i));
                }
            }
            LinearModel partial = trainTagger(fit, null);
            for (int i = fold; i < articles.size(); i += STACKING_FOLDS) {
                heldOut.set(i, TechniqueDetector.firstPass(partial, TextTokens.of(articles.get(i).text(), clusters)));
            }
        }
        LinearModel contextTagger = trainTagger(articles, heldOut);
        return new TechniqueModel(clusters, vectors, tagger, contextTagger, trainDense(articles),
                trainClassifier(articles), trainDenseClassifier(articles), trainContextual(articles),
                trainContextualClassifier(articles), trainWordTagger(articles),
                new Decoding(0, 0.5, 0.35, 0, 0, 0, 2.0, 1, 0, 0, WordSpans.off()));
    }

    /** The encoder's vectors of every sentence of the article. */
    private TokenContext encodedWhole(TextTokens tokens) {
        TokenContext context = encoded.of(tokens);
        int[] all = new int[tokens.sentences()];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        context.encode(all);
        return context;
    }

    /** The network over the encoder's vectors, fitted on every token (it is asked only about likely sentences). */
    private DenseNetwork trainContextual(List<TrainingArticle> articles) {
        int inputs = ContextualFeatures.tokenSize(ContextualEncoder.DIMENSIONS);
        if (settings.denseEpochs() == 0 || settings.encodeShare() == 0) {
            return DenseNetwork.untrained(inputs, 2);
        }
        List<DenseNetwork.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            TokenContext context = encodedWhole(tokens);
            boolean[] inside = insideTokens(tokens, article.spans());
            for (int i = 0; i < tokens.size(); i++) {
                examples.add(new DenseNetwork.Example(ContextualFeatures.token(tokens, i, context), inside[i] ? 1 : 0,
                        (float) (inside[i] ? settings.insideWeight() : 1.0)));
            }
        }
        return DenseNetwork.train(examples, inputs, settings.denseHidden(), 2, settings.denseEpochs(),
                settings.denseLearningRate(), settings.seed());
    }

    private DenseNetwork trainContextualClassifier(List<TrainingArticle> articles) {
        int inputs = ContextualFeatures.spanSize(ContextualEncoder.DIMENSIONS);
        if (settings.denseEpochs() == 0 || settings.encodeShare() == 0) {
            return DenseNetwork.untrained(inputs, Technique.values().length);
        }
        List<DenseNetwork.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            TokenContext context = encodedWhole(tokens);
            for (LabeledSpan gold : article.spans()) {
                examples.add(new DenseNetwork.Example(ContextualFeatures.span(tokens, gold.span().start(),
                        gold.span().end(), context), gold.technique().ordinal(), 1f));
            }
        }
        return DenseNetwork.train(examples, inputs, settings.denseHidden(), Technique.values().length,
                settings.denseClassifierEpochs(), settings.denseLearningRate(), settings.seed());
    }

    private static final int STACKING_FOLDS = 4;

    /** The first-pass tagger when {@code firstPass} is null, else the second pass over those probabilities. */
    private LinearModel trainTagger(List<TrainingArticle> articles, List<double[]> firstPass) {
        List<LinearModelTrainer.Example> examples = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            TrainingArticle article = articles.get(a);
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            boolean[] inside = insideTokens(tokens, article.spans());
            for (int i = 0; i < tokens.size(); i++) {
                int[] features = (firstPass == null ? TokenFeatures.of(tokens, i, settings.taggerBuckets())
                        : ContextFeatures.of(tokens, i, firstPass.get(a), settings.taggerBuckets())).indices();
                examples.add(new LinearModelTrainer.Example(features, inside[i] ? 1 : 0,
                        inside[i] ? settings.insideWeight() : 1.0));
            }
        }
        return trainer(settings.taggerEpochs()).train(List.of("O", "P"), settings.taggerBuckets(), examples);
    }

    /**
     * The word tagger: each token's class is the word-level technique of the shortest gold span of such a technique
     * covering it, else {@code O}.
     */
    private LinearModel trainWordTagger(List<TrainingArticle> articles) {
        List<LinearModelTrainer.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            int[] label = wordLabels(tokens, article.spans());
            for (int i = 0; i < tokens.size(); i++) {
                examples.add(new LinearModelTrainer.Example(
                        TokenFeatures.of(tokens, i, settings.taggerBuckets()).indices(), label[i],
                        label[i] > 0 ? settings.insideWeight() : 1.0));
            }
        }
        return trainer(settings.taggerEpochs()).train(TechniqueModel.wordTaggerClasses(), settings.taggerBuckets(),
                examples);
    }

    /** Per token: 0 outside every word-level span, else 1 + the index of its shortest one's technique. */
    static int[] wordLabels(TextTokens tokens, List<LabeledSpan> spans) {
        int[] label = new int[tokens.size()];
        int[] length = new int[tokens.size()];
        for (LabeledSpan gold : spans) {
            int k = WordSpans.TECHNIQUES.indexOf(gold.technique());
            int[] range = k < 0 ? null : SpanFeatures.tokenRange(tokens, gold.span().start(), gold.span().end());
            if (range == null) {
                continue;
            }
            for (int i = range[0]; i <= range[1]; i++) {
                if (label[i] == 0 || gold.span().length() < length[i]) {
                    label[i] = k + 1;
                    length[i] = gold.span().length();
                }
            }
        }
        return label;
    }

    private DenseNetwork trainDense(List<TrainingArticle> articles) {
        if (settings.denseEpochs() == 0) {
            return DenseNetwork.untrained(DenseFeatures.size(vectors.dimensions()), 2);
        }
        List<DenseNetwork.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            boolean[] inside = insideTokens(tokens, article.spans());
            float[][] means = DenseFeatures.sentenceMeans(tokens, vectors);
            for (int i = 0; i < tokens.size(); i++) {
                examples.add(new DenseNetwork.Example(DenseFeatures.of(tokens, i, vectors, means), inside[i] ? 1 : 0,
                        (float) (inside[i] ? settings.insideWeight() : 1.0)));
            }
        }
        return DenseNetwork.train(examples, DenseFeatures.size(vectors.dimensions()), settings.denseHidden(), 2,
                settings.denseEpochs(), settings.denseLearningRate(), settings.seed());
    }

    private DenseNetwork trainDenseClassifier(List<TrainingArticle> articles) {
        int inputs = DenseSpanFeatures.size(vectors.dimensions());
        if (settings.denseEpochs() == 0) {
            return DenseNetwork.untrained(inputs, Technique.values().length);
        }
        List<DenseNetwork.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            float[][] means = DenseFeatures.sentenceMeans(tokens, vectors);
            for (LabeledSpan gold : article.spans()) {
                examples.add(new DenseNetwork.Example(DenseSpanFeatures.of(tokens, gold.span().start(), gold.span().end(),
                        vectors, means), gold.technique().ordinal(), 1f));
            }
        }
        return DenseNetwork.train(examples, inputs, settings.denseHidden(), Technique.values().length,
                settings.denseClassifierEpochs(), settings.denseLearningRate(), settings.seed());
    }

    private LinearModel trainClassifier(List<TrainingArticle> articles) {
        List<String> labels = Arrays.stream(Technique.values()).map(Technique::label).toList();
        List<LinearModelTrainer.Example> examples = new ArrayList<>();
        for (TrainingArticle article : articles) {
            TextTokens tokens = TextTokens.of(article.text(), clusters);
            for (LabeledSpan gold : article.spans()) {
                int[] features = SpanFeatures.of(tokens, gold.span().start(), gold.span().end(),
                        settings.classifierBuckets()).indices();
                examples.add(new LinearModelTrainer.Example(features, gold.technique().ordinal(), 1.0));
            }
        }
        return new LinearModelTrainer(settings.classifierEpochs(), settings.classifierLearningRate(), settings.l2(),
                settings.seed()).train(labels, settings.classifierBuckets(), examples);
    }

    private LinearModelTrainer trainer(int epochs) {
        return new LinearModelTrainer(epochs, settings.learningRate(), settings.l2(), settings.seed());
    }

    static boolean[] insideTokens(TextTokens tokens, List<LabeledSpan> spans) {
        boolean[] inside = new boolean[tokens.size()];
        for (LabeledSpan gold : spans) {
            int[] range = SpanFeatures.tokenRange(tokens, gold.span().start(), gold.span().end());
            if (range != null) {
                Arrays.fill(inside, range[0], range[1] + 1, true);
            }
        }
        return inside;
    }
}
