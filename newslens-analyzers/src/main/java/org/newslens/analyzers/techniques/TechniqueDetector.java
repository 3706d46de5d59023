package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Technique;
import org.newslens.core.model.TechniqueSpan;

/**
 * Finds propaganda-technique spans in a text with a {@link TechniqueModel}: the tagger scores every token,
 * spans grow from confident tokens over likely neighbours within a sentence, and the classifier names each
 * span's technique. Offsets are UTF-16 indices into the text given. Thread-safe.
 */
public final class TechniqueDetector {

    private final TechniqueModel model;
    private final TechniqueReasons reasons;
    private final EncodedTexts encoded;

    public TechniqueDetector(TechniqueModel model) {
        this(model, null);
    }

    /** A detector that takes the encoder's vectors from {@code encoded} (for training runs that reuse texts). */
    public TechniqueDetector(TechniqueModel model, EncodedTexts encoded) {
        this.model = model;
        this.reasons = new TechniqueReasons(model.classifier());
        this.encoded = encoded;
    }

    /** Spans, each with its most likely technique (and a second one when nearly as likely), in text order. */
    public List<TechniqueSpan> detect(String text) {
        return decode(score(text), model.decoding());
    }

    /** A text's tokens and their inside-probabilities: the costly part of detection, to decode many ways. */
    public static final class ScoredText {
        private final TextTokens tokens;
        /** The encoder's vectors as far as read; null until needed. */
        private TokenContext context;
        private final double[] linear;
        private final double[] dense;
        /** The contextual network's probabilities; NaN in sentences the encoder did not read. */
        private final double[] contextual;
        /** The word tagger's probabilities, per word-level technique and token. */
        private final double[][] words;

        private ScoredText(TextTokens tokens, TokenContext context, double[] linear, double[] dense,
                           double[] contextual, double[][] words) {
            this.tokens = tokens;
            this.context = context;
            this.linear = linear;
            this.dense = dense;
            this.contextual = contextual;
            this.words = words;
        }

        TextTokens tokens() {
            return tokens;
        }

        double[] inside(Decoding decoding) {
            double[] p = mixed(decoding.denseWeight());
            if (decoding.contextualWeight() == 0) {
                return p;
            }
            boolean[] read = sentencesToEncode(tokens, p, decoding.encodeFrom());
            for (int i = 0; i < p.length; i++) {
                if (read[tokens.sentence[i]]) {
                    if (Double.isNaN(contextual[i])) {
                        throw new IllegalStateException("sentence " + tokens.sentence[i] + " was not encoded");
                    }
                    p[i] = (1 - decoding.contextualWeight()) * p[i] + decoding.contextualWeight() * contextual[i];
                }
            }
            return p;
        }

        private double[] mixed(double denseWeight) {
            double[] p = new double[linear.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = (1 - denseWeight) * linear[i] + denseWeight * dense[i];
            }
            return p;
        }
    }

    /**
     * The gate ({@link Decoding#encodeFrom}) at which the encoder reads at most {@code share} of the tokens of
     * these texts: the likeliest sentences first, by their likeliest token under the given word-vector weight.
     */
    public static double gateForShare(List<ScoredText> texts, double denseWeight, double share) {
        List<double[]> sentences = new ArrayList<>();
        long total = 0;
        for (ScoredText text : texts) {
            double[] p = text.mixed(denseWeight);
            double[] top = new double[text.tokens.sentences()];
            int[] size = new int[top.length];
            for (int i = 0; i < p.length; i++) {
                top[text.tokens.sentence[i]] = Math.max(top[text.tokens.sentence[i]], p[i]);
                size[text.tokens.sentence[i]]++;
            }
            for (int s = 0; s < top.length; s++) {
                sentences.add(new double[] {top[s], size[s]});
            }
            total += p.length;
        }
        sentences.sort(Comparator.comparingDouble((double[] s) -> s[0]).reversed());
        double read = 0;
        for (double[] sentence : sentences) {
            if (read + sentence[1] > share * total) {
                return Math.min(1, Math.nextUp(sentence[0]));
            }
            read += sentence[1];
        }
        return 0;
    }

    /** Sentences where some token's probability reaches {@code from}: the ones worth the encoder's time. */
    static boolean[] sentencesToEncode(TextTokens tokens, double[] p, double from) {
        boolean[] read = new boolean[tokens.sentences()];
        for (int i = 0; i < p.length; i++) {
            read[tokens.sentence[i]] |= p[i] >= from;
        }
        return read;
    }

    /** Scores a text as the model's decoding will read it: the encoder reads only the sentences it gates in. */
    public ScoredText score(String text) {
        return score(text, false);
    }

    /** Scores every sentence with the encoder too, so that any decoding's gate can be tried on the result. */
    public ScoredText scoreFully(String text) {
        return score(text, true);
    }

    private ScoredText score(String text, boolean everySentence) {
        TextTokens tokens = TextTokens.of(text, model.clusters());
        int[][] features = tokenFeatures(tokens, model.tagger().buckets());
        double[] linear = secondPass(model.contextTagger(), tokens, firstPass(model.tagger(), features));
        double[][] words = wordProbabilities(model.wordTagger(), features);
        double[] dense = denseProbabilities(model.dense(), model.vectors(), tokens);
        TokenContext context = null;
        double[] contextual = new double[tokens.size()];
        java.util.Arrays.fill(contextual, Double.NaN);
        Decoding decoding = model.decoding();
        if (everySentence || decoding.contextualWeight() > 0) {
            context = contextOf(tokens);
            double[] p = new double[tokens.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = everySentence ? 1 : (1 - decoding.denseWeight()) * linear[i] + decoding.denseWeight() * dense[i];
            }
            boolean[] read = sentencesToEncode(tokens, p, decoding.encodeFrom());
            int[] sentences = java.util.stream.IntStream.range(0, read.length).filter(s -> read[s]).toArray();
            context.encode(sentences);
            for (int i = 0; i < contextual.length; i++) {
                if (read[tokens.sentence[i]]) {
                    contextual[i] = model.contextual().probabilities(ContextualFeatures.token(tokens, i, context))[1];
                }
            }
        }
        return new ScoredText(tokens, context, linear, dense, contextual, words);
    }

    private TokenContext contextOf(TextTokens tokens) {
        return encoded == null ? new TokenContext(tokens, model.encoder()) : encoded.of(tokens);
    }

    /** Spans only, without techniques (the SemEval SI task): cheap, for choosing decoding settings. */
    public List<CharSpan> spans(ScoredText scored, Decoding decoding) {
        return candidates(scored.tokens, scored.inside(decoding), decoding).stream()
                .map(c -> c.span).toList();
    }

    static double[] denseProbabilities(DenseNetwork dense, WordVectors vectors, TextTokens tokens) {
        float[][] means = DenseFeatures.sentenceMeans(tokens, vectors);
        double[] p = new double[tokens.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = dense.probabilities(DenseFeatures.of(tokens, i, vectors, means))[1];
        }
        return p;
    }

    /** Spans from scored tokens with the given decoding settings (see {@link TechniqueModel}), in text order. */
    public List<TechniqueSpan> decode(ScoredText scored, Decoding decoding) {
        TextTokens tokens = scored.tokens;
        float[][] means = DenseFeatures.sentenceMeans(tokens, model.vectors());
        WordSpans words = decoding.words();
        double[][] wordP = words.isOff() ? null : scored.words;
        List<TechniqueSpan> found = new ArrayList<>();
        for (Candidate candidate : candidates(tokens, scored.inside(decoding), decoding)) {
            FeatureSet features = SpanFeatures.of(tokens, candidate.span.start(), candidate.span.end(),
                    model.classifier().buckets());
            if (scored.context == null && decoding.contextualClassifierWeight() > 0) {
                scored.context = contextOf(tokens);
            }
            List<ScoredTechnique> ranked = rank(techniqueProbabilities(tokens, scored.context, candidate.span,
                    features, means, decoding));
            addShaped(found, tokens, candidate, ranked.get(0), features, words, wordP);
            if (ranked.get(1).probability() >= decoding.secondLabelRatio() * ranked.get(0).probability()) {
                addShaped(found, tokens, candidate, ranked.get(1), features, words, wordP);
            }
        }
        if (wordP != null) {
            spot(found, tokens, words, wordP);
        }
        found.sort(Comparator.comparingInt((TechniqueSpan s) -> s.span().start()).thenComparingInt(s -> s.span().end()));
        return found;
    }

    /**
     * Adds the span with its technique; for a word-level technique, the runs inside it that the word tagger gives
     * that technique instead, when there are any.
     */
    private void addShaped(List<TechniqueSpan> found, TextTokens tokens, Candidate candidate, ScoredTechnique technique,
                           FeatureSet features, WordSpans words, double[][] wordP) {
        double threshold = words.refine(technique.technique());
        if (wordP != null && threshold < 1) {
            int k = WordSpans.TECHNIQUES.indexOf(technique.technique());
            List<int[]> runs = WordSpans.runs(tokens, wordP[k], candidate.first, candidate.last, threshold);
            for (int[] run : runs) {
                CharSpan span = new CharSpan(tokens.start[run[0]], tokens.end[run[1]]);
                found.add(new TechniqueSpan(span, technique.technique(),
                        clamp(candidate.probability * technique.probability()), reasons.explain(tokens, span,
                        technique.technique(), SpanFeatures.of(tokens, span.start(), span.end(),
                                model.classifier().buckets()))));
            }
            if (!runs.isEmpty()) {
                return;
            }
        }
        found.add(spanOf(tokens, candidate, technique, features));
    }

    /** Word-level runs the propaganda tagger missed: spans of their own where no span of that technique is. */
    private void spot(List<TechniqueSpan> found, TextTokens tokens, WordSpans words, double[][] wordP) {
        for (int k = 0; k < WordSpans.TECHNIQUES.size(); k++) {
            Technique technique = WordSpans.TECHNIQUES.get(k);
            if (words.spot()[k] >= 1 || tokens.size() == 0) {
                continue;
            }
            List<CharSpan> covered = found.stream().filter(s -> s.technique() == technique)
                    .map(TechniqueSpan::span).toList();
            for (int[] run : WordSpans.runs(tokens, wordP[k], 0, tokens.size() - 1, words.spot()[k])) {
                CharSpan span = new CharSpan(tokens.start[run[0]], tokens.end[run[1]]);
                if (covered.stream().anyMatch(c -> c.overlaps(span))) {
                    continue;
                }
                double sum = 0;
                for (int i = run[0]; i <= run[1]; i++) {
                    sum += wordP[k][i];
                }
                found.add(new TechniqueSpan(span, technique, clamp(sum / (run[1] - run[0] + 1)),
                        reasons.explain(tokens, span, technique, SpanFeatures.of(tokens, span.start(), span.end(),
                                model.classifier().buckets()))));
            }
        }
    }

    /** Per word-level technique (in {@link WordSpans#TECHNIQUES} order), each token's probability of carrying it. */
    static double[][] wordProbabilities(LinearModel wordTagger, int[][] features) {
        double[][] p = new double[WordSpans.TECHNIQUES.size()][features.length];
        for (int i = 0; i < features.length; i++) {
            double[] q = wordTagger.probabilities(features[i]);
            for (int k = 0; k < p.length; k++) {
                p[k][i] = q[k + 1];
            }
        }
        return p;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }


    /** The techniques of given spans, most likely first: the SemEval TC task. */
    public List<List<ScoredTechnique>> classify(String text, List<CharSpan> spans) {
        TextTokens tokens = TextTokens.of(text, model.clusters());
        float[][] means = DenseFeatures.sentenceMeans(tokens, model.vectors());
        TokenContext context = model.decoding().contextualClassifierWeight() > 0 ? contextOf(tokens) : null;
        if (context != null) {
            context.encode(spans.stream().map(span -> SpanFeatures.tokenRange(tokens, span.start(), span.end()))
                    .filter(java.util.Objects::nonNull).mapToInt(range -> tokens.sentence[range[0]]).distinct().toArray());
        }
        List<List<ScoredTechnique>> result = new ArrayList<>();
        for (CharSpan span : spans) {
            FeatureSet features = SpanFeatures.of(tokens, span.start(), span.end(), model.classifier().buckets());
            result.add(rank(techniqueProbabilities(tokens, context, span, features, means, model.decoding())));
        }
        return result;
    }

    private TechniqueSpan spanOf(TextTokens tokens, Candidate candidate, ScoredTechnique technique, FeatureSet features) {
        double confidence = clamp(candidate.probability * technique.probability());
        return new TechniqueSpan(candidate.span, technique.technique(), confidence,
                reasons.explain(tokens, candidate.span, technique.technique(), features));
    }

    /** The three classifiers' technique probabilities, mixed. */
    private double[] techniqueProbabilities(TextTokens tokens, TokenContext context, CharSpan span,
                                            FeatureSet features, float[][] means, Decoding decoding) {
        double[] p = model.classifier().probabilities(features.indices());
        double denseWeight = decoding.denseClassifierWeight();
        if (denseWeight > 0) {
            double[] q = model.denseClassifier().probabilities(
                    DenseSpanFeatures.of(tokens, span.start(), span.end(), model.vectors(), means));
            for (int k = 0; k < p.length; k++) {
                p[k] = (1 - denseWeight) * p[k] + denseWeight * q[k];
            }
        }
        double contextualWeight = decoding.contextualClassifierWeight();
        if (contextualWeight > 0) {
            double[] q = model.contextualClassifier().probabilities(
                    ContextualFeatures.span(tokens, span.start(), span.end(), context));
            for (int k = 0; k < p.length; k++) {
                p[k] = (1 - contextualWeight) * p[k] + contextualWeight * q[k];
            }
        }
        return p;
    }

    private List<ScoredTechnique> rank(double[] probabilities) {
        List<ScoredTechnique> ranked = new ArrayList<>();
        for (int k = 0; k < probabilities.length; k++) {
            String label = model.classifier().classes().get(k);
            ranked.add(new ScoredTechnique(Technique.byLabel(label).orElseThrow(), probabilities[k]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredTechnique::probability).reversed());
        return ranked;
    }

    static double[] firstPass(LinearModel tagger, TextTokens tokens) {
        return firstPass(tagger, tokenFeatures(tokens, tagger.buckets()));
    }

    /** Each token's {@link TokenFeatures}, computed once for the first-pass tagger and the word tagger. */
    static int[][] tokenFeatures(TextTokens tokens, int buckets) {
        int[][] features = new int[tokens.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = TokenFeatures.of(tokens, i, buckets).indices();
        }
        return features;
    }

    static double[] firstPass(LinearModel tagger, int[][] features) {
        double[] p = new double[features.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = tagger.probabilities(features[i])[1];
        }
        return p;
    }

    static double[] secondPass(LinearModel contextTagger, TextTokens tokens, double[] firstPass) {
        double[] p = new double[tokens.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = contextTagger.probabilities(
                    ContextFeatures.of(tokens, i, firstPass, contextTagger.buckets()).indices())[1];
        }
        return p;
    }

    /** A span with its first and last token. */
    private record Candidate(CharSpan span, int first, int last, double probability) {
    }

    private static List<Candidate> candidates(TextTokens tokens, double[] p, Decoding decoding) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < p.length) {
            if (p[i] < decoding.start()) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (first > 0 && tokens.sentence[first - 1] == tokens.sentence[i] && p[first - 1] >= decoding.extend()) {
                first--;
            }
            while (last + 1 < p.length && tokens.sentence[last + 1] == tokens.sentence[i]
                    && p[last + 1] >= decoding.extend()) {
                last++;
            }
            int[] previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (previous != null && tokens.sentence[previous[1]] == tokens.sentence[first]
                    && first - previous[1] - 1 <= decoding.maxGap()) {
                previous[1] = last;
            } else {
                runs.add(new int[] {first, last});
            }
            i = last + 1;
        }
        List<Candidate> spans = new ArrayList<>();
        for (int[] run : runs) {
            addTrimmed(tokens, p, run[0], run[1], decoding.minMean(), spans);
        }
        return spans;
    }

    /** Drops punctuation at either end, as the PTC annotators' boundaries do, and keeps spans with a word. */
    private static void addTrimmed(TextTokens tokens, double[] p, int first, int last, double minMean,
                                   List<Candidate> out) {
        while (first <= last && isTrimmed(tokens, first)) {
            first++;
        }
        while (last >= first && isTrimmed(tokens, last)) {
            last--;
        }
        if (first > last) {
            return;
        }
        boolean hasWord = false;
        double sum = 0;
        for (int k = first; k <= last; k++) {
            hasWord |= tokens.isWord(k);
            sum += p[k];
        }
        if (hasWord && sum / (last - first + 1) >= minMean) {
            out.add(new Candidate(new CharSpan(tokens.start[first], tokens.end[last]), first, last,
                    sum / (last - first + 1)));
        }
    }

    private static boolean isTrimmed(TextTokens tokens, int i) {
        if (tokens.isWord(i)) {
            return false;
        }
        char c = tokens.text.charAt(tokens.start[i]);
        return c == '.' || c == ',' || c == ':' || c == ';' || c == '-' || c == '—' || c == '–' || c == '(' || c == ')';
    }
}
