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

    public TechniqueDetector(TechniqueModel model) {
        this.model = model;
        this.reasons = new TechniqueReasons(model.classifier());
    }

    /** Spans, each with its most likely technique (and a second one when nearly as likely), in text order. */
    public List<TechniqueSpan> detect(String text) {
        return decode(score(text), model.decoding());
    }

    /** A text's tokens and their inside-probabilities: the costly part of detection, to decode many ways. */
    public static final class ScoredText {
        private final TextTokens tokens;
        private final double[] linear;
        private final double[] dense;

        private ScoredText(TextTokens tokens, double[] linear, double[] dense) {
            this.tokens = tokens;
            this.linear = linear;
            this.dense = dense;
        }

        double[] inside(double denseWeight) {
            double[] p = new double[linear.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = (1 - denseWeight) * linear[i] + denseWeight * dense[i];
            }
            return p;
        }
    }

    public ScoredText score(String text) {
        TextTokens tokens = TextTokens.of(text, model.clusters());
        return new ScoredText(tokens, insideProbabilities(tokens), denseProbabilities(model.dense(), model.vectors(), tokens));
    }

    /** Spans only, without techniques (the SemEval SI task): cheap, for choosing decoding settings. */
    public List<CharSpan> spans(ScoredText scored, Decoding decoding) {
        return candidates(scored.tokens, scored.inside(decoding.denseWeight()), decoding).stream()
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

    /** Spans from scored tokens with the given decoding settings (see {@link TechniqueModel}). */
    public List<TechniqueSpan> decode(ScoredText scored, Decoding decoding) {
        TextTokens tokens = scored.tokens;
        float[][] means = DenseFeatures.sentenceMeans(tokens, model.vectors());
        List<TechniqueSpan> found = new ArrayList<>();
        for (Candidate candidate : candidates(tokens, scored.inside(decoding.denseWeight()), decoding)) {
            FeatureSet features = SpanFeatures.of(tokens, candidate.span.start(), candidate.span.end(),
                    model.classifier().buckets());
            List<ScoredTechnique> ranked = rank(techniqueProbabilities(tokens, candidate.span, features, means,
                    decoding.denseClassifierWeight()));
            found.add(spanOf(tokens, candidate, ranked.get(0), features));
            if (ranked.get(1).probability() >= decoding.secondLabelRatio() * ranked.get(0).probability()) {
                found.add(spanOf(tokens, candidate, ranked.get(1), features));
            }
        }
        return found;
    }


    /** The techniques of given spans, most likely first: the SemEval TC task. */
    public List<List<ScoredTechnique>> classify(String text, List<CharSpan> spans) {
        TextTokens tokens = TextTokens.of(text, model.clusters());
        float[][] means = DenseFeatures.sentenceMeans(tokens, model.vectors());
        List<List<ScoredTechnique>> result = new ArrayList<>();
        for (CharSpan span : spans) {
            FeatureSet features = SpanFeatures.of(tokens, span.start(), span.end(), model.classifier().buckets());
            result.add(rank(techniqueProbabilities(tokens, span, features, means,
                    model.decoding().denseClassifierWeight())));
        }
        return result;
    }

    private TechniqueSpan spanOf(TextTokens tokens, Candidate candidate, ScoredTechnique technique, FeatureSet features) {
        double confidence = Math.min(1, Math.max(0, candidate.probability * technique.probability()));
        return new TechniqueSpan(candidate.span, technique.technique(), confidence,
                reasons.explain(tokens, candidate.span, technique.technique(), features));
    }

    /** The two classifiers' technique probabilities, mixed. */
    private double[] techniqueProbabilities(TextTokens tokens, CharSpan span, FeatureSet features, float[][] means,
                                            double denseWeight) {
        double[] p = model.classifier().probabilities(features.indices());
        if (denseWeight > 0) {
            double[] q = model.denseClassifier().probabilities(
                    DenseSpanFeatures.of(tokens, span.start(), span.end(), model.vectors(), means));
            for (int k = 0; k < p.length; k++) {
                p[k] = (1 - denseWeight) * p[k] + denseWeight * q[k];
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

    /** The probability that each token lies inside a propaganda span. */
    double[] insideProbabilities(TextTokens tokens) {
        return secondPass(model.contextTagger(), tokens, firstPass(model.tagger(), tokens));
    }

    static double[] firstPass(LinearModel tagger, TextTokens tokens) {
        double[] p = new double[tokens.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = tagger.probabilities(TokenFeatures.of(tokens, i, tagger.buckets()).indices())[1];
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

    private record Candidate(CharSpan span, double probability) {
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
            out.add(new Candidate(new CharSpan(tokens.start[first], tokens.end[last]), sum / (last - first + 1)));
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
