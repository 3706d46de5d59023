package org.newslens.analyzers.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the user's actor file (--actors): any bytes load, or fail with a KnowledgeBaseException
 * that names the file — never another exception. Regression inputs in
 * src/test/resources/org/newslens/analyzers/actors/ActorFileFuzzTestInputs/.
 */
class ActorFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyActorFileLoadsOrIsRefusedNamingTheFile(FuzzedDataProvider data) throws Exception {
        Path file = Files.createTempFile("actors-fuzz", ".yaml");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            try {
                ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(file));
                assertTrue(kb != null);
            } catch (KnowledgeBaseException e) {
                assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
                assertFalse(e.getMessage().isBlank());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
