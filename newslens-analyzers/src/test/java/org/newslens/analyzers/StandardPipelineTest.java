package org.newslens.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.entities.EntityAnalyzer;
import org.newslens.analyzers.models.ModelLoadException;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Sentence;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

class StandardPipelineTest {

    private static final ModelStore MODELS = new ModelStore();
    private static final Pipeline PIPELINE = StandardPipeline.create(MODELS);

    @Test
    void withoutAnyDateTheTextsLatestMonthOrYearIsAnEstimatedLowerBoundAndNothingIsResolvedAgainstIt() {
        var pipeline = StandardPipeline.create(new org.newslens.analyzers.models.ModelStore());
        var analysis = pipeline.analyze(org.newslens.core.model.Article.ofText("t",
                "Rebels have held the town since March 2014. The army retook it in 2015, and on Tuesday the"
                        + " governor said it was calm."));
        var publication = analysis.get(org.newslens.core.pipeline.Layers.PUBLICATION);
        org.junit.jupiter.api.Assertions.assertTrue(publication.estimated(), publication.toString());
        org.junit.jupiter.api.Assertions.assertEquals("2015", publication.period());
        org.junit.jupiter.api.Assertions.assertNull(publication.date(), "no day is made up");
    }

    @Test
    void theFirstReaderCommentsDateBoundsAnUndatedArticleFromAbove() {
        String body = "Rebels have held the town since 2014. On Tuesday the governor said it was calm.\n";
        String stamp = "March 3, 2017 at 9:15 pm";
        String later = "\nApril 9, 2017 at 8:00 am";
        String text = body + stamp + later;
        Article article = new Article("t", "t.txt", null, null, null, null, text, List.of(
                new Boilerplate(new CharSpan(body.length(), body.length() + stamp.length()), "comment", 0.9,
                        "comment time stamp"),
                new Boilerplate(new CharSpan(body.length() + stamp.length() + 1, text.length()), "comment", 0.9,
                        "comment time stamp")), List.of());
        var publication = PIPELINE.analyze(article).get(Layers.PUBLICATION);
        assertTrue(publication.estimated(), publication.toString());
        assertEquals("2017-03", publication.period(), publication.toString());
        org.junit.jupiter.api.Assertions.assertNull(publication.date(), "no day is made up");
        assertTrue(publication.basis().contains("2014 or later"), publication.basis());
    }

    @Test
    void aYearCountedOnFromAnotherIsTheWritersYear() {
        String text = "The war that began in 2011, seven years later, has reached the capital's edge. Talks failed"
                + " in 2015.";
        var analysis = PIPELINE.analyze(Article.ofText("t", text));
        var publication = analysis.get(Layers.PUBLICATION);
        assertEquals("2018", publication.period(), publication.toString());
        // ... and the year said is a date of its own, not the year counted to.
        var dates = analysis.get(Layers.DATES);
        assertTrue(dates.stream().anyMatch(d -> d.text().equals("2011") && d.value().equals("2011")
                && d.span().of(text).equals("2011")), dates.toString());
        assertTrue(dates.stream().anyMatch(d -> d.text().equals("seven years later") && d.value().equals("2018")
                && d.span().of(text).equals("seven years later")), dates.toString());
    }

    @Test
    void aBareWeekdayIsTheLastOneBeforePublicationOrTheNextOneWhenTheSentenceLooksAhead() {
        // Read something else first: SUTime's answer for a bare weekday shifts with what it read before.
        PIPELINE.analyze(new Article("b", "b.txt", null, null, null, java.time.LocalDate.of(2017, 10, 20),
                "The governor said in a statement on Friday that power was back.", List.of(), List.of()));
        String text = "Talks nobody expected to work\n\nRebels captured Zabadani on Wednesday. Envoys will meet again on Friday."
                + " Migrants will have to follow the plan to register unveiled on Tuesday.";
        var dates = PIPELINE.analyze(new Article("a", "a.txt", null, null, null, java.time.LocalDate.of(2017, 3, 13),
                text, List.of(), List.of())).get(Layers.DATES);
        assertTrue(dates.stream().anyMatch(d -> d.text().contains("Wednesday") && d.value().equals("2017-03-08")
                && "2017-03-08".equals(d.from())), "the Wednesday before the Monday paper: " + dates);
        assertTrue(dates.stream().anyMatch(d -> d.text().contains("Friday") && d.value().equals("2017-03-17")),
                "a meeting still to come: " + dates);
        assertTrue(dates.stream().anyMatch(d -> d.text().contains("Tuesday") && d.value().equals("2017-03-07")),
                "unveiled: the past, whatever the sentence said before: " + dates);
    }

    @Test
    void aDayCountedFromADateToldBeforeIsCountedFromThatDate() {
        String text = "Troops seized the hospital on Tuesday but pulled back the next day. Three days later they"
                + " returned.\n\nThe governor will visit the next day.";
        var dates = PIPELINE.analyze(new Article("a", "a.txt", null, null, null, java.time.LocalDate.of(2016, 12, 9),
                text, List.of(), List.of())).get(Layers.DATES);
        assertEquals(List.of("2016-12-06", "2016-12-07", "2016-12-10", "2016-12-10"),
                dates.stream().map(d -> d.value().substring(0, 10)).toList(), dates.toString());
        assertEquals("2016-12-07", dates.get(1).from(), "the range follows the value");
    }

    @Test
    void withoutAFullDateYearRelativeDatesCountFromTheEstimatedYear() {
        String text = "Rebels took Idlib in March of last year. Arms were shipped between September 2015 and February"
                + " of this year. Talks failed three years ago.";
        var analysis = PIPELINE.analyze(Article.ofText("t", text));
        assertEquals("2016-02", analysis.get(Layers.PUBLICATION).period(), "a span runs forward: this year is 2016");
        var dates = analysis.get(Layers.DATES);
        assertTrue(dates.stream().anyMatch(d -> d.text().contains("March of last year") && d.value().equals("2015-03")
                && "2015-03-01".equals(d.from()) && d.confidence() < 0.8), dates.toString());
        assertTrue(dates.stream().anyMatch(d -> d.text().equals("three years ago") && d.value().equals("2013")),
                dates.toString());
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreKeptWithTheirSymbolicValueNotDropped() {
        String text = "Arms were shipped from October of last year to March of this year. Two days ago the"
                + " rebels fled the town.";
        var dates = PIPELINE.analyze(Article.ofText("t", text)).get(Layers.DATES);
        for (String words : List.of("October of last year", "March of this year", "Two days ago")) {
            var date = dates.stream().filter(d -> d.text().equals(words)).findFirst()
                    .orElseThrow(() -> new AssertionError(words + " missing from " + dates));
            assertTrue(date.value() != null && !date.value().isBlank(), date.toString());
            assertEquals(null, date.from(), "nothing to resolve it against: " + date);
        }
        // SUTime's unanchored misreadings stay out: "that day may come" is no date in May.
        var misread = PIPELINE.analyze(Article.ofText("t", "Rebels say that day may come sooner than anyone"
                + " thinks.")).get(Layers.DATES);
        assertTrue(misread.stream().noneMatch(d -> d.text().contains("may")), misread.toString());
    }

    @Test
    void sentencesEndAtBlankLinesAndSkipBoilerplate() {
        String text = "Siege broken near Aleppo\n\nSyrian troops entered Nubl on Wednesday. The envoy paused the talks."
                + "\n\nShare this article";
        Article article = Article.ofText("a", text).withBoilerplate(List.of(
                new Boilerplate(new CharSpan(text.indexOf("Share"), text.length()), "share", 0.9, "share prompt")));
        List<Sentence> sentences = PIPELINE.analyze(article).get(Layers.SENTENCES);
        assertEquals(List.of("Siege broken near Aleppo", "Syrian troops entered Nubl on Wednesday.",
                "The envoy paused the talks."), sentences.stream().map(s -> s.span().of(text)).toList());
        assertEquals("Syrian", sentences.get(1).tokens().get(0).span().of(text));
    }

    @Test
    void entitiesAreTypedGroupedAndConfident() {
        String text = "UN envoy Staffan de Mistura met Sergey Lavrov in Geneva. Lavrov said Russia would keep"
                + " bombing near Aleppo.";
        Analysis analysis = PIPELINE.analyze(Article.ofText("b", text));
        List<Entity> entities = analysis.get(Layers.ENTITIES);
        Entity lavrov = entities.stream().filter(e -> e.id().equals("kb:sergey-lavrov")).findFirst().orElseThrow();
        assertEquals(2, lavrov.mentions().size());
        assertEquals("Lavrov", lavrov.mentions().get(1).text());
        assertTrue(lavrov.confidence() > 0.5 && lavrov.confidence() <= 1.0);
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("Geneva") && e.type() == EntityType.LOCATION));
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("Staffan de Mistura") && e.type() == EntityType.PERSON));
    }

    @Test
    void modelsLoadOncePerStore() {
        int loaded = MODELS.loadedCount();
        StandardPipeline.create(MODELS);
        new EntityAnalyzer(MODELS, org.newslens.analyzers.actors.ActorKnowledgeBase.bundled());
        assertEquals(5, loaded, "the NER model, the gazetteer, the SUTime rules, the technique model and the stance words");
        assertEquals(loaded, MODELS.loadedCount());
    }

    @Test
    void aMissingModelIsNamedWithItsAnalyzer() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new ModelStore().get("no/such/model.gz",
                Object.class, "entities", path -> {
                    throw new IllegalStateException("not found on classpath");
                }));
        assertTrue(e.getMessage().startsWith("Cannot load model no/such/model.gz needed by analyzer \"entities\""),
                e.getMessage());
    }

    @Test
    void hostileTextIsCutIntoBoundedTokensAndSentencesOnTheOriginalOffsets() {
        String text = "\"".repeat(100_000) + " Aleppo" + " army".repeat(2_000);
        List<Sentence> sentences = PIPELINE.analyze(Article.ofText("h", text)).get(Layers.SENTENCES);
        int tokens = 0;
        for (Sentence sentence : sentences) {
            assertTrue(sentence.tokens().size() <= 250, "sentence of " + sentence.tokens().size() + " tokens");
            for (var token : sentence.tokens()) {
                assertTrue(token.span().length() <= 100);
                tokens++;
            }
        }
        assertEquals("Aleppo", sentences.stream().flatMap(s -> s.tokens().stream()).map(t -> t.span().of(text))
                .filter(w -> w.equals("Aleppo")).findFirst().orElseThrow());
        assertTrue(tokens >= 1_000 + 2_001, "tokens: " + tokens);
    }
}
