package org.newslens.analyzers.techniques;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our WordPiece tokenizer gives the ids the encoder's own (Hugging Face, Rust) tokenizer gives. */
class WordPiecesTest {

    private static WordPieces pieces() {
        return WordPieces.read(resource(), ContextualEncoder.TOKENIZER);
    }

    private static InputStream resource() {
        return WordPiecesTest.class.getClassLoader().getResourceAsStream(ContextualEncoder.TOKENIZER);
    }

    @Test
    void agreesWithTheReferenceTokenizerTokenByToken() throws Exception {
        WordPieces ours = pieces();
        String text = "Syrian troops “liberated” al-Zahraa and Nubl on Wednesday; U.S.-backed rebels can’t hold"
                + " Aleppo’s eastern districts — Café Über, naïve 2,000 résumés! 東京 x²  e-mail #hashtag @user"
                + " http://example.com/a?b=c&d=e Dumayr/Ad-Dumayr 40-month (r)ight… «Quote» 'single' ﬁne";
        try (HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(resource(),
                Map.of("padding", "false", "truncation", "false"))) {
            TextTokens tokens = TextTokens.of(text, WordClusters.NONE);
            for (int i = 0; i < tokens.size(); i++) {
                String token = text.substring(tokens.start[i], tokens.end[i]);
                long[] expected = reference.encode(token, false, false).getIds();
                assertArrayEquals(Arrays.stream(expected).mapToInt(v -> (int) v).toArray(), ours.of(token), token);
            }
        }
    }

    @Test
    void splitsUnknownWordsIntoPiecesAndMarksTheUnsplittable() {
        WordPieces ours = pieces();
        assertEquals(3, ours.of("unaffable").length);
        assertEquals(ours.of("cafe")[0], ours.of("CAFÉ")[0]);
        assertArrayEquals(new int[] {100}, ours.of("x".repeat(101)));
        assertEquals(0, ours.of("\u200B").length);
    }
}
