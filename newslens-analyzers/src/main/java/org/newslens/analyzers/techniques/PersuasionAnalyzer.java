package org.newslens.analyzers.techniques;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.Article;
import org.newslens.core.model.PersuasionProfile;
import org.newslens.core.model.Technique;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Sums technique spans into rates per 1,000 words, overall and by technique, so that long and short articles,
 * and outlets, can be compared. Needs {@link Layers#TECHNIQUES}; produces {@link Layers#PERSUASION}. Stateless.
 */
public final class PersuasionAnalyzer implements Analyzer<PersuasionProfile> {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    @Override
    public String name() {
        return "persuasion";
    }

    @Override
    public Layer<PersuasionProfile> produces() {
        return Layers.PERSUASION;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TECHNIQUES);
    }

    @Override
    public PersuasionProfile analyze(AnalysisInput input) {
        return profile(input.article(), input.get(Layers.TECHNIQUES));
    }

    static PersuasionProfile profile(Article article, List<TechniqueSpan> spans) {
        int words = words(article);
        Map<Technique, Integer> counts = new EnumMap<>(Technique.class);
        Map<Technique, Double> rates = new EnumMap<>(Technique.class);
        for (Technique t : Technique.values()) {
            counts.put(t, 0);
        }
        spans.forEach(s -> counts.merge(s.technique(), 1, Integer::sum));
        counts.forEach((t, n) -> rates.put(t, perThousand(n, words)));
        boolean[] boilerplate = boilerplateMask(article);
        boolean[] covered = new boolean[article.text().length()];
        for (TechniqueSpan s : spans) {
            java.util.Arrays.fill(covered, s.span().start(), Math.min(covered.length, s.span().end()), true);
        }
        int coveredChars = 0;
        int textChars = 0;
        for (int i = 0; i < covered.length; i++) {
            if (!Character.isWhitespace(article.text().charAt(i)) && !boilerplate[i]) {
                textChars++;
                coveredChars += covered[i] ? 1 : 0;
            }
        }
        return new PersuasionProfile(words, spans.size(), perThousand(spans.size(), words), counts, rates,
                textChars == 0 ? 0 : round(coveredChars / (double) textChars));
    }

    static boolean[] boilerplateMask(Article article) {
        boolean[] mask = new boolean[article.text().length()];
        article.boilerplate().forEach(b -> java.util.Arrays.fill(mask, b.span().start(), b.span().end(), true));
        return mask;
    }

    private static int words(Article article) {
        boolean[] boilerplate = boilerplateMask(article);
        int words = 0;
        Matcher m = WORD.matcher(article.text());
        while (m.find()) {
            if (!boilerplate[m.start()]) {
                words++;
            }
        }
        return words;
    }

    private static double perThousand(int count, int words) {
        return words == 0 ? 0 : round(1000.0 * count / words);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
