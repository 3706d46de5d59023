package org.newslens.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/**
 * Scores quotes, speakers and claim sources against gold files ({@link SourceGold}).
 * <ul>
 * <li>Quote detection: a found quote matches a gold quote when their spans overlap by at least
 * half of their union (marks count to the found span); one to one, best overlap first.</li>
 * <li>Kind accuracy: of the matched quotes, the share with the gold kind.</li>
 * <li>Speaker accuracy: of the gold direct and partial quotes with a named speaker that were found,
 * the share whose speaker matches (name, alias or mention text of the speaker entity, compared
 * without case, accents or "the"; a name whose words all occur in the other counts); also given
 * over all such gold quotes, missed ones counting as wrong.</li>
 * <li>Claims: a gold claim is found when a claim's span covers the gold sentence's first character.
 * Source-type accuracy over found claims; source-name accuracy over found claims with a named
 * gold source.</li>
 * </ul>
 */
public final class SourceEvaluation {

    static final double MIN_OVERLAP = 0.5;

    /** Totals over all articles. */
    public record Result(int articles, Scores quotes, int kindCorrect, int speakerGold, int speakerFound,
                         int speakerCorrect, int speakerUnknown, Scores claims, int typeCorrect, int namedGold,
                         int nameCorrect, double seconds, List<String> errors) {

        public double kindAccuracy() {
            return ratio(kindCorrect, quotes.truePositives());
        }

        public double speakerAccuracy() {
            return ratio(speakerCorrect, speakerFound);
        }

        public double speakerAccuracyAll() {
            return ratio(speakerCorrect, speakerGold);
        }

        public double sourceTypeAccuracy() {
            return ratio(typeCorrect, claims.truePositives());
        }

        public double sourceNameAccuracy() {
            return ratio(nameCorrect, namedGold);
        }

        private static double ratio(int n, int of) {
            return of == 0 ? 1 : n / (double) of;
        }
    }

    private final java.util.function.Function<org.newslens.core.model.Article, Analysis> analyser;

    public SourceEvaluation(Pipeline pipeline) {
        this(pipeline::analyze);
    }

    /** Scores any analyser that fills the quotes, claims and entities layers (e.g. {@link CoreNlpQuotePeer}). */
    public SourceEvaluation(java.util.function.Function<org.newslens.core.model.Article, Analysis> analyser) {
        this.analyser = analyser;
    }

    public Result evaluate(Path goldDir, List<Path> articleDirs) throws IOException {
        ArticleIndex articles = ArticleIndex.of(articleDirs);
        List<Path> goldFiles = ArticleIndex.goldFiles(goldDir);
        Counts n = new Counts();
        for (Path file : goldFiles) {
            String id = SourceGold.articleOf(file);
            org.newslens.core.model.Article article = articles.read(file, id);
            long started = System.nanoTime();
            Analysis analysis = analyser.apply(article);
            n.nanos += System.nanoTime() - started;
            SourceGold gold = SourceGold.read(file, article.text());
            scoreQuotes(id, article.text(), gold, analysis, n);
            scoreClaims(id, article.text(), gold, analysis, n);
        }
        return new Result(goldFiles.size(), Scores.of(n.quoteMatched, n.quotePredicted, n.quoteGold), n.kindCorrect,
                n.speakerGold, n.speakerFound, n.speakerCorrect, n.speakerUnknown,
                Scores.of(n.claimFound, n.claimPredicted, n.claimGold), n.typeCorrect, n.namedGold, n.nameCorrect,
                n.nanos / 1e9, n.errors);
    }

    private static final class Counts {
        int quoteMatched;
        int quotePredicted;
        int quoteGold;
        int kindCorrect;
        int speakerGold;
        int speakerFound;
        int speakerCorrect;
        int speakerUnknown;
        int claimFound;
        int claimPredicted;
        int claimGold;
        int typeCorrect;
        int namedGold;
        int nameCorrect;
        long nanos;
        final List<String> errors = new ArrayList<>();
    }

    private void scoreQuotes(String id, String text, SourceGold gold, Analysis analysis, Counts n) {
        List<Quote> found = analysis.get(Layers.QUOTES);
        Map<String, Entity> entities = byId(analysis);
        n.quotePredicted += found.size();
        n.quoteGold += gold.quotes().size();
        Set<Quote> used = new HashSet<>();
        for (SourceGold.GoldQuote g : gold.quotes()) {
            boolean wantsSpeaker = g.speaker() != null && (g.kind() == QuoteKind.DIRECT || g.kind() == QuoteKind.PARTIAL);
            if (wantsSpeaker) {
                n.speakerGold++;
            }
            Quote match = null;
            double best = MIN_OVERLAP;
            for (Quote q : found) {
                double overlap = overlap(g.span(), q.span());
                if (!used.contains(q) && overlap >= best) {
                    best = overlap;
                    match = q;
                }
            }
            String shown = "\"" + abbreviate(g.span().of(text)) + "\"";
            if (match == null) {
                n.errors.add(id + ": missed quote " + shown);
                continue;
            }
            used.add(match);
            n.quoteMatched++;
            if (match.kind() == g.kind()) {
                n.kindCorrect++;
            } else {
                n.errors.add(id + ": quote " + shown + " is " + match.kind() + ", gold " + g.kind());
            }
            if (wantsSpeaker) {
                n.speakerFound++;
                if (match.speakerName() == null) {
                    n.speakerUnknown++;
                    n.errors.add(id + ": quote " + shown + " has no speaker, gold " + g.speaker());
                } else if (sameSource(g.speaker(), match.speakerName(), entities.get(match.speaker()))) {
                    n.speakerCorrect++;
                } else {
                    n.errors.add(id + ": quote " + shown + " spoken by " + match.speakerName() + ", gold " + g.speaker());
                }
            }
        }
        for (Quote q : found) {
            if (!used.contains(q)) {
                n.errors.add(id + ": extra quote \"" + abbreviate(q.span().of(text)) + "\" (" + q.kind() + ")");
            }
        }
    }

    private void scoreClaims(String id, String text, SourceGold gold, Analysis analysis, Counts n) {
        List<Claim> claims = analysis.get(Layers.CLAIMS);
        Map<String, Entity> entities = byId(analysis);
        n.claimGold += gold.claims().size();
        n.claimPredicted += claims.size();
        Set<Claim> matched = new HashSet<>();
        for (SourceGold.GoldClaim g : gold.claims()) {
            Claim claim = claims.stream().filter(c -> c.span().contains(g.at())).findFirst().orElse(null);
            String shown = "\"" + abbreviate(text.substring(g.at(), Math.min(text.length(), g.at() + 40))) + "…\"";
            if (claim == null || !matched.add(claim)) {
                n.errors.add(id + ": missed claim " + shown);
                continue;
            }
            n.claimFound++;
            if (claim.sourceType() == g.sourceType()) {
                n.typeCorrect++;
            } else {
                n.errors.add(id + ": claim " + shown + " rests on " + claim.sourceType() + " " + claim.source()
                        + ", gold " + g.sourceType() + " " + g.source());
            }
            boolean named = g.sourceType() == SourceType.NAMED_PERSON || g.sourceType() == SourceType.NAMED_ORGANIZATION
                    || g.sourceType() == SourceType.MEDIA_OUTLET;
            if (named && g.source() != null) {
                n.namedGold++;
                if (claim.source() != null && sameSource(g.source(), claim.source(), entities.get(claim.sourceId()))) {
                    n.nameCorrect++;
                } else if (claim.sourceType() == g.sourceType()) {
                    n.errors.add(id + ": claim " + shown + " source " + claim.source() + ", gold " + g.source());
                }
            }
        }
    }

    /** Same source when a name of the found entity (or the found words) and the gold name agree. */
    static boolean sameSource(String gold, String found, Entity entity) {
        List<String> names = new ArrayList<>();
        names.add(found);
        if (entity != null) {
            names.add(entity.name());
            names.addAll(entity.aliases());
            entity.mentions().forEach(m -> names.add(m.text()));
        }
        Set<String> goldWords = words(gold);
        for (String name : names) {
            Set<String> w = words(name);
            if (!w.isEmpty() && !goldWords.isEmpty() && (goldWords.containsAll(w) || w.containsAll(goldWords))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ");
        Set<String> words = new HashSet<>(Arrays.asList(plain.trim().split("[\\s-]+")));
        words.remove("the");
        words.remove("");
        return words;
    }

    private static double overlap(CharSpan a, CharSpan b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (inter <= 0) {
            return 0;
        }
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return inter / (double) union;
    }

    private static Map<String, Entity> byId(Analysis analysis) {
        Map<String, Entity> byId = new HashMap<>();
        analysis.get(Layers.ENTITIES).forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    public static void print(Result r, boolean verbose, PrintStream out) {
        out.printf("articles: %d (analysed in %.1f s, models loaded before)%n", r.articles(), r.seconds());
        out.printf("quote detection (overlap >= %.1f): %s  (%d found of %d gold, %d predicted)%n", MIN_OVERLAP,
                r.quotes(), r.quotes().truePositives(), r.quotes().gold(), r.quotes().predicted());
        out.printf("quote kind accuracy: %.3f (%d of %d found quotes)%n", r.kindAccuracy(), r.kindCorrect(),
                r.quotes().truePositives());
        out.printf("speaker accuracy: %.3f (%d of %d found direct/partial quotes with a named speaker;"
                        + " %d left without speaker)%n", r.speakerAccuracy(), r.speakerCorrect(), r.speakerFound(),
                r.speakerUnknown());
        out.printf("speaker accuracy, missed quotes counted wrong: %.3f (%d of %d)%n", r.speakerAccuracyAll(),
                r.speakerCorrect(), r.speakerGold());
        out.printf("claims: %s  (%d gold sentences found, of %d; %d claims predicted)%n", r.claims(),
                r.claims().truePositives(), r.claims().gold(), r.claims().predicted());
        out.printf("claim source-type accuracy: %.3f (%d of %d found claims)%n", r.sourceTypeAccuracy(),
                r.typeCorrect(), r.claims().truePositives());
        out.printf("claim source-name accuracy: %.3f (%d of %d found claims with a named source)%n",
                r.sourceNameAccuracy(), r.nameCorrect(), r.namedGold());
        if (verbose) {
            r.errors().forEach(e -> out.println("  " + e));
        }
    }
}
