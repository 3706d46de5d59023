package org.newslens.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void contentSpansSkipBoilerplate() {
        Article article = Article.ofText("a", "Body text.\nShare this!\nMore body.")
                .withBoilerplate(List.of(new Boilerplate(new CharSpan(11, 23), "share", 0.9, "share prompt")));
        assertEquals(List.of(new CharSpan(0, 11), new CharSpan(23, 33)), article.contentSpans());
        assertTrue(article.isBoilerplate(12));
    }

    @Test
    void boilerplateOutsideTheTextIsRejectedWithItsOffsets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.ofText("a", "short")
                .withBoilerplate(List.of(new Boilerplate(new CharSpan(2, 40), "x", 1, "r"))));
        assertTrue(e.getMessage().contains("[2, 40)") && e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void invalidSpanReportsItsValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 3));
        assertTrue(e.getMessage().contains("[5, 3)"), e.getMessage());
    }
}
