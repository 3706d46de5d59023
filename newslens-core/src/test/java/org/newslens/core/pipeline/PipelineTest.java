package org.newslens.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Sentence;

class PipelineTest {

    /** Splits on full stops; enough to exercise the pipeline. */
    static class PeriodSentences implements Analyzer<List<Sentence>> {
        public String name() {
            return "sentences";
        }

        public Layer<List<Sentence>> produces() {
            return Layers.SENTENCES;
        }

        public Set<Layer<?>> requires() {
            return Set.of();
        }

        public List<Sentence> analyze(AnalysisInput input) {
            String text = input.article().text();
            List<Sentence> sentences = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '.') {
                    sentences.add(new Sentence(new CharSpan(start, i + 1), List.of()));
                    start = i + 1;
                }
            }
            return sentences;
        }
    }

    static class NoEntities implements Analyzer<List<Entity>> {
        public String name() {
            return "entities";
        }

        public Layer<List<Entity>> produces() {
            return Layers.ENTITIES;
        }

        public Set<Layer<?>> requires() {
            return Set.of(Layers.SENTENCES);
        }

        public List<Entity> analyze(AnalysisInput input) {
            input.get(Layers.SENTENCES);
            return List.of();
        }
    }

    @Test
    void wrongOrderFailsNamingAnalyzerLayerAndProducer() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(new NoEntities()).add(new PeriodSentences()).build());
        assertEquals("analyzer \"entities\" needs layer \"sentences\", produced by PeriodSentences (\"sentences\"),"
                + " which must come before it", e.getMessage());
    }

    @Test
    void missingProducerIsNamedAsMissing() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(new NoEntities()).build());
        assertTrue(e.getMessage().contains("needs layer \"sentences\", which no analyzer in this pipeline produces"),
                e.getMessage());
    }

    @Test
    void duplicateProducersAreRejected() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(new PeriodSentences()).add(new PeriodSentences()).build());
        assertTrue(e.getMessage().contains("produced twice"), e.getMessage());
    }

    @Test
    void rightOrderProducesEveryLayer() {
        Pipeline pipeline = Pipeline.builder().add(new PeriodSentences()).add(new NoEntities()).build();
        Analysis analysis = pipeline.analyze(Article.ofText("a", "One. Two."));
        assertEquals(2, analysis.get(Layers.SENTENCES).size());
        assertEquals(List.of(), analysis.get(Layers.ENTITIES));
    }

    @Test
    void readingAnUndeclaredLayerFails() {
        Analyzer<List<Entity>> sneaky = new NoEntities() {
            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }
        };
        Pipeline pipeline = Pipeline.builder().add(new PeriodSentences()).add(sneaky).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> pipeline.analyze(Article.ofText("a", "One.")));
        assertTrue(e.getMessage().contains("without declaring it"), e.getMessage());
    }

    @Test
    void parallelRunnerKeepsInputOrder() {
        List<Integer> seen = new ArrayList<>();
        try (ParallelRunner runner = new ParallelRunner(4)) {
            runner.run(IntStream.range(0, 200).<java.util.function.Supplier<Integer>>mapToObj(i -> () -> {
                if (i % 7 == 0) {
                    Thread.onSpinWait();
                }
                return i;
            }).iterator(), seen::add);
        }
        assertEquals(IntStream.range(0, 200).boxed().toList(), seen);
    }

    /** Sentences that take their time: ignores interrupts (as most code does) for {@code millis}. */
    static final class SlowSentences extends PeriodSentences {
        private final long millis;

        SlowSentences(long millis) {
            this.millis = millis;
        }

        @Override
        public List<Sentence> analyze(AnalysisInput input) {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return super.analyze(input);
        }
    }

    @Test
    void anArticlePastItsTimeLimitIsStoppedNamingTheStepAndTheThreadStaysUsable() {
        Pipeline slow = Pipeline.builder().add(new SlowSentences(400)).add(new NoEntities()).build();
        AnalysisTimeoutException e = assertThrows(AnalysisTimeoutException.class,
                () -> slow.analyze(Article.ofText("slow-1", "One. Two."), java.time.Duration.ofMillis(100)));
        assertTrue(e.getMessage().contains("stopped after") && e.getMessage().contains("slow-1")
                && e.getMessage().contains("\"sentences\""), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt does not leak into the next article");
        Pipeline fast = Pipeline.builder().add(new PeriodSentences()).add(new NoEntities()).build();
        for (int i = 0; i < 50; i++) {
            assertEquals(2, fast.analyze(Article.ofText("fast", "One. Two."), java.time.Duration.ofMillis(5))
                    .get(Layers.SENTENCES).size());
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
