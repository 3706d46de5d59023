package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    @Test
    void namesCompareWithoutHonorificsArticlesOrPossessives() {
        assertEquals(EntityEvaluation.form("Portman"), EntityEvaluation.form("Mr. Portman"));
        assertEquals(EntityEvaluation.form("Mandelker"), EntityEvaluation.form("Ms Mandelker"));
        assertEquals(EntityEvaluation.form("Washington Post"), EntityEvaluation.form("the Washington Post's"));
        // Only a whole honorific goes: "Drummond" keeps its first letters.
        assertNotEquals(EntityEvaluation.form("ummond"), EntityEvaluation.form("Drummond"));
        assertEquals("drummond", EntityEvaluation.form("Drummond"));
    }
}
