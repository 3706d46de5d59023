package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newslens.core.model.Technique;

/**
 * How the word tagger's probabilities shape the spans of the techniques annotators mark on a word or two
 * (loaded language, name calling, repetition: median 12–21 characters in PTC), where the propaganda tagger's
 * spans run over whole clauses. For each such technique: a span the classifier gives it shrinks to the runs of
 * its tokens whose word-tagger probability for it reaches {@code refine} (kept whole when none does); and runs
 * anywhere in the text reaching {@code spot} become spans of it of their own unless one of its spans covers them
 * already. A threshold of 1 or more turns the step off. Chosen by cross-validation when training.
 *
 * @param refine one threshold per technique of {@link #TECHNIQUES}, in that order
 * @param spot   the same for spotting
 */
public record WordSpans(double[] refine, double[] spot) {

    /** The techniques the word tagger knows, in the order of its classes after {@code O}. */
    public static final List<Technique> TECHNIQUES = List.of(Technique.LOADED_LANGUAGE,
            Technique.NAME_CALLING_LABELING, Technique.REPETITION);

    public WordSpans {
        if (refine.length != TECHNIQUES.size() || spot.length != TECHNIQUES.size()) {
            throw new IllegalArgumentException("Need " + TECHNIQUES.size() + " thresholds each, got "
                    + refine.length + " and " + spot.length);
        }
        for (double x : concat(refine, spot)) {
            if (!(x > 0)) {
                throw new IllegalArgumentException("Word-span thresholds must be above 0, got " + x);
            }
        }
        refine = refine.clone();
        spot = spot.clone();
    }

    /** Every step off: spans as the propaganda tagger makes them. */
    public static WordSpans off() {
        double[] ones = new double[TECHNIQUES.size()];
        Arrays.fill(ones, 1);
        return new WordSpans(ones, ones);
    }

    @Override
    public double[] refine() {
        return refine.clone();
    }

    @Override
    public double[] spot() {
        return spot.clone();
    }

    /** The refining threshold of {@code technique}; 1 for techniques the word tagger does not know. */
    public double refine(Technique technique) {
        int k = TECHNIQUES.indexOf(technique);
        return k < 0 ? 1 : refine[k];
    }

    public double spot(Technique technique) {
        int k = TECHNIQUES.indexOf(technique);
        return k < 0 ? 1 : spot[k];
    }

    public boolean isOff() {
        return Arrays.stream(concat(refine, spot)).allMatch(x -> x >= 1);
    }

    public WordSpans withRefine(Technique technique, double threshold) {
        double[] r = refine.clone();
        r[TECHNIQUES.indexOf(technique)] = threshold;
        return new WordSpans(r, spot);
    }

    public WordSpans withSpot(Technique technique, double threshold) {
        double[] s = spot.clone();
        s[TECHNIQUES.indexOf(technique)] = threshold;
        return new WordSpans(refine, s);
    }

    /**
     * Runs of consecutive tokens in {@code [first, last]} whose probability reaches {@code threshold}, each as
     * {@code [first, last]}, never across a sentence end, with punctuation-only ends dropped.
     */
    static List<int[]> runs(TextTokens tokens, double[] p, int first, int last, double threshold) {
        List<int[]> runs = new ArrayList<>();
        int i = first;
        while (i <= last) {
            if (p[i] < threshold || !tokens.isWord(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 <= last && p[end + 1] >= threshold && tokens.sentence[end + 1] == tokens.sentence[i]) {
                end++;
            }
            while (!tokens.isWord(end)) {
                end--;
            }
            runs.add(new int[] {i, end});
            i = end + 1;
        }
        return runs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordSpans w && Arrays.equals(refine, w.refine) && Arrays.equals(spot, w.spot);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(refine) + Arrays.hashCode(spot);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("WordSpans[");
        for (int k = 0; k < TECHNIQUES.size(); k++) {
            s.append(k == 0 ? "" : ", ").append(TECHNIQUES.get(k).label())
                    .append(String.format(Locale.ROOT, " refine %.2f spot %.2f", refine[k], spot[k]));
        }
        return s.append(']').toString();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
