package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;

/**
 * Ten inputs of every malformed kind through reading and the whole analysis: nothing crashes;
 * each input is analysed, refused with a reason or stopped at the limit. The 10,000-input run is
 * `newslens bench-malformed` (figures in BENCHMARKS.md).
 */
class MalformedBatchTest {

    @Test
    void everyKindOfMalformedInputIsAnalysedOrRefusedWithAReasonAndNothingCrashes() {
        int count = MalformedInputs.kinds() * 10;
        MalformedBatch.Result result = MalformedBatch.run(count, 7, StandardPipeline.create(new ModelStore()), 2,
                Duration.ofSeconds(120));
        assertTrue(result.crashes().isEmpty(), String.join("\n", result.crashes()));
        assertEquals(count, result.inputs());
        assertEquals(result.articles(), result.analysed() + result.stopped());
        assertTrue(result.refused() > 0 && result.analysed() > 0, result.toString());
    }

    @Test
    void theGeneratorCoversEveryKindAndIsDeterministic() {
        Set<String> kinds = new HashSet<>();
        for (int i : MalformedInputs.indexes(MalformedInputs.kinds() * 2)) {
            MalformedInputs.Input input = MalformedInputs.input(3, i);
            assertEquals(java.util.Arrays.hashCode(input.bytes()),
                    java.util.Arrays.hashCode(MalformedInputs.input(3, i).bytes()), "same seed, same input");
            kinds.add(input.name().substring(6));
        }
        assertEquals(MalformedInputs.kinds(), kinds.size(), "every kind appears in two rounds: " + kinds);
    }
}
