package org.newslens.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.analyzers.actors.AliasForm;
import org.newslens.core.model.GreatCircle;
import org.newslens.core.model.Article;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Mention;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/**
 * Scores canonical entities against gold files ({@link EntityGold}): an entity is found when one
 * of its names (canonical, aliases, mention texts) is one of the gold entity's names, matched one
 * to one; typed scores also need the same type. Alias grouping: of the gold entities that the text
 * names in two or more ways, the share whose names all landed in one entity. Geocoding: of the
 * found gold places with a position, the share placed within 25 km (countries: the right country).
 */
public final class EntityEvaluation {

    static final double WITHIN_KM = 25;

    /** Totals over all articles. */
    public record Result(int articles, Scores untyped, Scores typed, int groupable, int grouped, int located,
                         int locatable, List<String> misses) {

        public double groupingAccuracy() {
            return groupable == 0 ? 1 : grouped / (double) groupable;
        }

        public double geocodingAccuracy() {
            return locatable == 0 ? 1 : located / (double) locatable;
        }
    }

    private final Pipeline pipeline;

    public EntityEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Result evaluate(Path goldDir, List<Path> articleDirs) throws IOException {
        ArticleIndex articles = ArticleIndex.of(articleDirs);
        List<Path> goldFiles = ArticleIndex.goldFiles(goldDir);
        int tpUntyped = 0;
        int tpTyped = 0;
        int predicted = 0;
        int gold = 0;
        int groupable = 0;
        int grouped = 0;
        int located = 0;
        int locatable = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : goldFiles) {
            EntityGold expected = EntityGold.read(file);
            org.newslens.core.model.Article article = articles.read(file, expected.article());
            Analysis analysis = pipeline.analyze(article);
            // Agreements and other named things the knowledge base marks MISC are no actors: not scored.
            List<Entity> entities = analysis.get(Layers.ENTITIES).stream()
                    .filter(e -> e.type() != org.newslens.core.model.EntityType.MISC).toList();
            predicted += entities.size();
            gold += expected.entities().size();
            Set<Entity> used = new HashSet<>();
            for (EntityGold.GoldEntity g : expected.entities()) {
                Entity match = bestMatch(g, entities, used);
                if (match == null) {
                    misses.add(expected.article() + ": missed " + g.type() + " " + g.name());
                    continue;
                }
                used.add(match);
                tpUntyped++;
                if (match.type() == g.type()) {
                    tpTyped++;
                } else {
                    misses.add(expected.article() + ": " + g.name() + " typed " + match.type() + ", gold " + g.type());
                }
                Set<String> present = presentForms(g, article);
                if (present.size() >= 2) {
                    groupable++;
                    if (forms(match).containsAll(present)) {
                        grouped++;
                    } else {
                        misses.add(expected.article() + ": " + g.name() + " split; grouped " + forms(match)
                                + " of " + present);
                    }
                }
                if (g.geo() != null) {
                    locatable++;
                    if (isWithin(match.geo(), g.geo())) {
                        located++;
                    } else {
                        misses.add(expected.article() + ": " + g.name() + " placed at " + describe(match.geo()));
                    }
                }
            }
            for (Entity e : entities) {
                if (!used.contains(e)) {
                    misses.add(expected.article() + ": extra " + e.type() + " " + e.name());
                }
            }
        }
        return new Result(goldFiles.size(), Scores.of(tpUntyped, predicted, gold), Scores.of(tpTyped, predicted, gold),
                groupable, grouped, located, locatable, misses);
    }

    private static Entity bestMatch(EntityGold.GoldEntity g, List<Entity> entities, Set<Entity> used) {
        Set<String> goldForms = new HashSet<>();
        goldForms.add(form(g.name()));
        g.aliases().forEach(a -> goldForms.add(form(a)));
        Entity best = null;
        for (Entity e : entities) {
            if (used.contains(e)) {
                continue;
            }
            Set<String> overlap = new HashSet<>(forms(e));
            overlap.retainAll(goldForms);
            if (!overlap.isEmpty() && (best == null || e.type() == g.type() && best.type() != g.type())) {
                best = e;
            }
        }
        return best;
    }

    private static Set<String> forms(Entity e) {
        Set<String> forms = new HashSet<>();
        forms.add(form(e.name()));
        e.aliases().forEach(a -> forms.add(form(a)));
        for (Mention m : e.mentions()) {
            forms.add(form(m.text()));
        }
        return forms;
    }

    /** The gold entity's names that occur in the article's non-boilerplate text. */
    private static Set<String> presentForms(EntityGold.GoldEntity g, Article article) {
        String content = contentText(article).toLowerCase(Locale.ROOT);
        Set<String> present = new HashSet<>();
        List<String> names = new ArrayList<>(g.aliases());
        names.add(g.name());
        for (String name : names) {
            if (content.contains(name.toLowerCase(Locale.ROOT))) {
                present.add(form(name));
            }
        }
        return present;
    }

    private static String contentText(Article article) {
        StringBuilder s = new StringBuilder();
        article.contentSpans().forEach(span -> s.append(span.of(article.text())).append('\n'));
        return s.toString();
    }

    static String form(String name) {
        // "Mr. Portman" is Portman: an honorific is no part of the name (the recogniser leaves it out).
        return AliasForm.normalise(name).replaceAll("['’]s$", "").replaceFirst("^the ", "")
                .replaceFirst("^(?:mr|mrs|ms|dr)\\.? ", "").strip();
    }

    static boolean isWithin(Geo geo, EntityGold.GoldGeo gold) {
        if (geo == null) {
            return false;
        }
        if (gold.lat() == null || gold.lon() == null) {
            return gold.country() != null && gold.country().equals(geo.country());
        }
        return GreatCircle.kilometres(geo.lat(), geo.lon(), gold.lat(), gold.lon()) <= WITHIN_KM;
    }

    private static String describe(Geo geo) {
        return geo == null ? "nowhere (no geo)" : String.format(Locale.ROOT, "%s %s (%.3f, %.3f)", geo.place(),
                geo.country(), geo.lat(), geo.lon());
    }

    public static void print(Result r, boolean verbose, PrintStream out) {
        out.printf("articles: %d%n", r.articles());
        out.printf("canonical entities, any type:  %s  (%d found of %d gold, %d predicted)%n", r.untyped(),
                r.untyped().truePositives(), r.untyped().gold(), r.untyped().predicted());
        out.printf("canonical entities, same type: %s%n", r.typed());
        out.printf("alias grouping: %.3f (%d of %d entities named two or more ways kept as one)%n",
                r.groupingAccuracy(), r.grouped(), r.groupable());
        out.printf("geocoding within %.0f km: %.3f (%d of %d places)%n", WITHIN_KM, r.geocodingAccuracy(), r.located(),
                r.locatable());
        if (verbose) {
            out.println();
            r.misses().forEach(m -> out.println("  " + m));
        }
    }
}
