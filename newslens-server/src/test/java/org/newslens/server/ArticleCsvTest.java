package org.newslens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleCsvTest {

    @Test
    void cellsAreQuotedAndFormulaeDefused() {
        assertEquals("\"He said \"\"no\"\"\"", ArticleCsv.cell("He said \"no\""));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", ArticleCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", ArticleCsv.cell("+1"));
        assertEquals("", ArticleCsv.cell(null));
    }
}
