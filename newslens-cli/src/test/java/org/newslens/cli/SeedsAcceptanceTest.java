package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;

/** Issue 2, item 12: facts read from the five seed articles in ../shared/seeds come out of Newslens. */
class SeedsAcceptanceTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static Map<String, Analysis> byId;

    @BeforeAll
    static void analyseSeeds() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "skipped: ../shared/seeds is absent (" + SEEDS.toAbsolutePath() + ")");
        Pipeline pipeline = StandardPipeline.create(new ModelStore());
        byId = new ArticleReader().read(List.of(SEEDS.toString()), new ByteArrayInputStream(new byte[0]))
                .map(outcome -> pipeline.analyze(((ReadOutcome.Read) outcome).article()))
                .collect(Collectors.toMap(a -> a.article().id().substring(0, 3), Function.identity()));
    }

    private static boolean isBoilerplate(Article article, String text) {
        int at = article.text().indexOf(text);
        assertTrue(at >= 0, "the seed contains: " + text);
        return article.boilerplate().stream().anyMatch(b -> b.span().contains(at));
    }

    private static Entity entityNamed(Analysis analysis, String name) {
        return analysis.get(Layers.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + analysis.get(Layers.ENTITIES).stream()
                        .map(Entity::name).toList()));
    }

    @Test
    void allFiveSeedsAreAnalysed() {
        assertEquals(5, byId.size());
    }

    @Test
    void seed002HasItsAuthorDateOutletAndDisclaimerMarked() {
        Article article = byId.get("002").article();
        assertEquals("Mike Whitney", article.author());
        assertEquals(LocalDate.of(2016, 2, 5), article.published());
        assertEquals("Global Research", article.outlet());
        assertTrue(isBoilerplate(article, "Disclaimer: The contents of this article"));
        assertTrue(isBoilerplate(article, "contains copyrighted material"));
        assertTrue(isBoilerplate(article, "Region:"));
        assertTrue(!isBoilerplate(article, "A last ditch effort to stop a Russian-led military offensive"),
                "the first paragraph is article text");
    }

    @Test
    void seed000HasRecentArticlesMarkedAndAleppoAndLavrovFound() {
        Analysis analysis = byId.get("000");
        assertTrue(isBoilerplate(analysis.article(), "Recent Articles"));
        assertEquals(EntityType.LOCATION, entityNamed(analysis, "Aleppo").type());
        Entity lavrov = entityNamed(analysis, "Sergey Lavrov");
        assertEquals(EntityType.PERSON, lavrov.type());
        assertEquals(2, lavrov.mentions().size(), "\"Lavrov\" joins \"Sergey Lavrov\"");
        assertEquals("US-Backed Terrorists in Aleppo Near Collapse", analysis.article().title());
        assertEquals("Stephen Lendman", analysis.article().author());
    }

    @Test
    void seed002NamesTheSyrianArmyManyWaysAsOneActor() {
        Entity saa = byId.get("002").get(Layers.ENTITIES).stream().filter(e -> e.id().equals("kb:syrian-arab-army"))
                .findFirst().orElseThrow();
        assertEquals(EntityType.ARMED_GROUP, saa.type());
        assertTrue(saa.aliases().contains("SAA"), saa.aliases().toString());
        assertTrue(saa.mentions().size() >= 4);
    }

    @Test
    void seed001BylineGivesAuthorAndOutletAndNoTitle() {
        Article article = byId.get("001").article();
        assertEquals("Aram Mirzaei", article.author());
        assertEquals("The Saker blog", article.outlet());
        assertEquals(null, article.title());
    }

    @Test
    void seed003PingbackCommentIsBoilerplate() {
        Article article = byId.get("003").article();
        assertTrue(isBoilerplate(article, "December 18, 2016 at 10:32 pm"));
        assertTrue(isBoilerplate(article, "[…] Aleppo almost retaken"));
    }

    @Test
    void seed004TranslatorIsTheBylineAndSentencesCoverTheBody() {
        Analysis analysis = byId.get("004");
        assertEquals("Captain Ahab", analysis.article().author());
        assertTrue(analysis.get(Layers.SENTENCES).size() > 20);
        assertEquals(EntityType.PERSON, entityNamed(analysis, "Binali Yıldırım").type());
    }

    @Test
    void noAnnotationFallsInBoilerplate() {
        for (Analysis analysis : byId.values()) {
            Article article = analysis.article();
            for (Entity entity : analysis.get(Layers.ENTITIES)) {
                entity.mentions().forEach(m -> assertTrue(!article.isBoilerplate(m.start()),
                        article.id() + ": " + m.text() + " lies in boilerplate"));
            }
            for (Boilerplate b : article.boilerplate()) {
                assertTrue(b.end() <= article.text().length());
            }
        }
    }

    /** Issue 6: every seed is marked for persuasion, outside boilerplate, and the profile adds up. */
    @Test
    void everySeedHasLoadedWordsOrNameCallingAndAProfileThatAddsUp() {
        for (Analysis analysis : byId.values()) {
            var techniques = analysis.get(Layers.TECHNIQUES);
            assertTrue(techniques.stream().anyMatch(t -> t.technique() == org.newslens.core.model.Technique.LOADED_LANGUAGE
                    || t.technique() == org.newslens.core.model.Technique.NAME_CALLING_LABELING), analysis.article().id());
            techniques.forEach(t -> assertTrue(!analysis.article().isBoilerplate(t.start()), analysis.article().id()));
            var profile = analysis.get(Layers.PERSUASION);
            assertEquals(techniques.size(), profile.techniques());
            assertEquals(techniques.size(), profile.byTechnique().values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(profile.words() > 100, analysis.article().id());
            for (var framing : analysis.get(Layers.FRAMING)) {
                // A named actor is one of the article's entities; fighters it never names are a "side:" of their own.
                assertTrue(framing.entity().startsWith("side:")
                        || analysis.get(Layers.ENTITIES).stream().anyMatch(e -> e.id().equals(framing.entity())),
                        framing.entity());
                assertTrue(!framing.labels().isEmpty());
            }
        }
        // The seed that calls unnamed fighters terrorists and death squads frames them, negatively.
        assertTrue(byId.get("000").get(Layers.FRAMING).stream().anyMatch(f -> f.entity().equals("side:armed-opposition")
                && f.stance() == org.newslens.core.model.Stance.NEGATIVE), byId.get("000").get(Layers.FRAMING).toString());
    }

    /** Issue 4: who says so in the seeds, checked by names only (no seed text in the repository). */
    @Test
    void seedSourcesComeOutWithTheirTypeAndChain() {
        var claims000 = byId.get("000").get(Layers.CLAIMS);
        assertTrue(claims000.stream().anyMatch(c -> c.sourceType() == org.newslens.core.model.SourceType.ANONYMOUS
                && c.via().contains("Al-Hadas")), "unnamed sources via al-Hadas: " + claims000);
        assertTrue(claims000.stream().anyMatch(c -> c.sourceType() == org.newslens.core.model.SourceType.MEDIA_OUTLET
                && "Al-Watan".equals(c.source())), "al-Watan reported");
        var quotes002 = byId.get("002").get(Layers.QUOTES);
        assertTrue(quotes002.stream().anyMatch(q -> q.kind() == org.newslens.core.model.QuoteKind.DIRECT
                && "Staffan de Mistura".equals(q.speakerName())), "the envoy's quote: " + quotes002);
        assertTrue(quotes002.stream().filter(q -> q.kind() == org.newslens.core.model.QuoteKind.SCARE).count() >= 5,
                "scare quotes in 002");
        var analysis003 = byId.get("003");
        assertTrue(analysis003.get(Layers.QUOTES).stream().anyMatch(q -> q.block() && "Reuters".equals(q.speakerName())),
                "the Reuters excerpt is a block quote");
        assertTrue(analysis003.get(Layers.CLAIMS).stream().anyMatch(c -> "Sergey Lavrov".equals(c.source())
                && c.via().equals(List.of("RIA Novosti", "Reuters"))), "Lavrov via RIA via Reuters");
        assertTrue(analysis003.get(Layers.CLAIMS).stream().anyMatch(c -> "residents".equals(c.source())
                && c.sourceType() == org.newslens.core.model.SourceType.ANONYMOUS), "residents said");
        assertTrue(byId.get("001").get(Layers.QUOTES).stream().anyMatch(q -> "Hassan Nasrallah".equals(q.speakerName())),
                "Nasrallah's quote");
    }
}
