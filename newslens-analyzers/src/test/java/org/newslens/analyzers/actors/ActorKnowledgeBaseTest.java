package org.newslens.analyzers.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.EntityType;

/** Issue 3, items 2 and 8: the bundled actor knowledge base, user files, and clear errors for bad ones. */
class ActorKnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void bundledBaseCoversTheSyrianAndIraqiWars() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();
        assertTrue(kb.actors().size() >= 100, "actors: " + kb.actors().size());
        Actor saa = kb.byId("syrian-arab-army").orElseThrow();
        assertEquals(EntityType.ARMED_GROUP, saa.type());
        assertEquals("syria-government", saa.affiliation());
        assertEquals("axis-of-resistance", kb.byId("hezbollah").orElseThrow().affiliation());
        assertTrue(saa.aliases().containsAll(List.of("SAA", "Syrian troops", "government forces", "loyalist forces")));
    }

    @Test
    void userFileAddsAndOverridesActors() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), """
                - id: example-brigade
                  name: Example Brigade
                  type: ARMED_GROUP
                  aliases: [the Brigade of Examples]
                - id: reuters
                  name: Reuters News Agency
                  type: MEDIA_OUTLET
                """);
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(file));
        assertEquals("Example Brigade", kb.byId("example-brigade").orElseThrow().name());
        assertEquals("Reuters News Agency", kb.byId("reuters").orElseThrow().name());
    }

    @Test
    void unknownTypeNamesFileLineAndTheKnownTypes() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-type.yaml"), """
                - id: fine
                  name: Fine
                  type: PERSON
                - id: militia-x
                  name: Militia X
                  type: MILITIA
                """);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> ActorKnowledgeBase.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":4: unknown type \"MILITIA\" for actor militia-x"), e.getMessage());
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"), """
                - id: a
                  name: A
                  type: PERSON
                  aliases: [unclosed, list
                - id: b
                """);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> ActorKnowledgeBase.load(List.of(file)));
        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+: YAML syntax error: .*"), e.getMessage());
    }

    @Test
    void unknownFieldAndMissingNameAreRefused() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "- id: a\n  name: A\n  type: PERSON\n  alias: [B]\n");
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> ActorKnowledgeBase.load(List.of(typo)))
                .getMessage().contains(":1: unknown field \"alias\""));
        Path noName = Files.writeString(dir.resolve("noname.yaml"), "- id: a\n  type: PERSON\n");
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> ActorKnowledgeBase.load(List.of(noName)))
                .getMessage().endsWith(":1: actor has no \"name\""));
    }
}
