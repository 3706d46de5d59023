package org.newslens.analyzers.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;

/** Issue 4, item 1: quote marks as real articles type them. */
class QuoteMarksTest {

    private static List<String> contents(String text) {
        return new QuoteMarks().find(text, List.of(new CharSpan(0, text.length()))).stream()
                .map(f -> f.content().of(text)).toList();
    }

    @Test
    void straightAndCurlyQuotesPairUp() {
        assertEquals(List.of("We will stay,", "Not yet."),
                contents("\"We will stay,\" she said. He replied: “Not yet.”"));
    }

    @Test
    void singleQuotesNestInsideDoubleOnesAndApostrophesAreNotQuotes() {
        String text = "“The army’s line is ‘hold at all costs’ and we can’t move,” he said.";
        assertEquals(List.of("The army’s line is ‘hold at all costs’ and we can’t move,", "hold at all costs"),
                contents(text));
    }

    @Test
    void doubleQuotesNestOneLevel() {
        String text = "They “accept the need to separate the “moderate” groups from the rest” he said.";
        assertEquals(List.of("accept the need to separate the “moderate” groups from the rest", "moderate"),
                contents(text));
    }

    @Test
    void aParagraphThatReopensTheQuoteContinuesIt() {
        String text = "“The first paragraph ends here.\n\n“The second one closes it.” he said.";
        List<QuoteMarks.Found> found = new QuoteMarks().find(text, List.of(new CharSpan(0, text.length())));
        assertEquals(1, found.size());
        assertTrue(found.get(0).closed());
        assertEquals(0, found.get(0).span().start());
    }

    @Test
    void aQuoteBrokenByALineBreakFindsItsClosingMarkBelow() {
        String text = "The aim was “a broad freeze\n\nover the whole province.” Nothing more.";
        assertEquals(List.of("a broad freeze\n\nover the whole province."), contents(text));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said “this never ends\nA new paragraph without marks.";
        List<QuoteMarks.Found> found = new QuoteMarks().find(text, List.of(new CharSpan(0, text.length())));
        assertEquals(1, found.size());
        assertFalse(found.get(0).closed());
        assertEquals("this never ends", found.get(0).content().of(text));
    }

    @Test
    void anOpeningMarkTypedWhereTheClosingOneBelongsClosesTheQuote() {
        String text = "“We are losing the city but we will fight on.\u00a0“\nNext line.";
        assertEquals(List.of("We are losing the city but we will fight on.\u00a0"), contents(text));
    }

    @Test
    void strayClosingMarksAndInchesAreIgnored() {
        assertEquals(List.of(), contents("The board is 5'11\" wide and that was all.” (Reuters)"));
    }

    @Test
    void aThousandQuoteMarksDoNotBlowUp() {
        String text = "\"".repeat(100_000);
        assertTrue(contents(text).size() <= 50_000);
    }
}
