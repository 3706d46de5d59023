package org.newslens.eval.ptc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.core.model.CharSpan;

/** Issue 6, item 2: PTC counts code points; Java strings count UTF-16 units. */
class PtcArticleTest {

    @TempDir
    Path dir;

    @Test
    void offsetsAfterAnEmojiAndABomAreConvertedBothWays() throws IOException {
        Path file = dir.resolve("article42.txt");
        Files.write(file, "\uFEFFTitle \uD83D\uDE00 here\n\nThe cruel plan.\n".getBytes(StandardCharsets.UTF_8));
        PtcArticle article = PtcArticle.read(file);
        assertEquals("42", article.id());
        // "cruel" starts at code point 20 (BOM counts one, the emoji one); in UTF-16 the emoji takes two.
        int start = article.text().codePointCount(0, article.text().indexOf("cruel"));
        CharSpan utf16 = article.toUtf16(start, start + 5);
        assertEquals("cruel", utf16.of(article.text()));
        assertEquals(start + 1, utf16.start());
        assertArrayEquals(new int[] {start, start + 5}, article.toCodePoints(utf16));
    }

    @Test
    void aSpanPastTheEndNamesTheArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("article7.txt"), "Short.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PtcArticle.read(file).toUtf16(0, 50));
        assertTrue(e.getMessage().contains("article 7"), e.getMessage());
    }

    @Test
    void aBadLabelLineNamesFileAndLine() throws IOException {
        Path labels = Files.writeString(dir.resolve("article7.labels"), "7\tDoubt\t0\t5\n7\tNot_A_Technique\t1\t2\n");
        IOException e = assertThrows(IOException.class, () -> PtcFiles.labels(labels));
        assertTrue(e.getMessage().contains("article7.labels:2: unknown technique"), e.getMessage());
    }
}
