package org.newslens.analyzers.techniques;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer (lower-case, accents stripped, punctuation split off, greedy longest
 * match with "##" continuations), over the vocabulary of the encoder's own tokenizer file. Applied to one of
 * our tokens at a time, so every word piece belongs to exactly one token and no offsets need mapping back.
 * Immutable.
 */
final class WordPieces {

    static final int CLS = 101;
    static final int SEP = 102;
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    private WordPieces(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.unknown = vocabulary.get("[UNK]");
    }

    /** Reads the "model.vocab" table of a Hugging Face tokenizer.json. */
    static WordPieces read(InputStream tokenizerJson, String name) {
        try (tokenizerJson) {
            JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
            Map<String, Integer> vocabulary = new HashMap<>();
            vocab.fields().forEachRemaining(e -> vocabulary.put(e.getKey(), e.getValue().asInt()));
            if (!vocabulary.containsKey("[UNK]") || vocabulary.get("[CLS]") != CLS || vocabulary.get("[SEP]") != SEP) {
                throw new IOException("no BERT WordPiece vocabulary ([UNK], [CLS]=101, [SEP]=102) in " + name);
            }
            return new WordPieces(vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the encoder's tokenizer " + name + ": " + e.getMessage(), e);
        }
    }

    /** The word-piece ids of one token; empty for a token of control characters only. */
    int[] of(String token) {
        List<Integer> ids = new ArrayList<>();
        for (String word : basicWords(token)) {
            pieces(word, ids);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lower-cased, accents stripped, cut at punctuation and CJK characters, control characters dropped. */
    private static List<String> basicWords(String token) {
        String folded = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.CONTROL || type == Character.FORMAT
                    || c == 0xFFFD) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(word, words);
            } else if (isPunctuation(c, type) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private void pieces(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD) {
            ids.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                id = vocabulary.get(start == 0 ? word.substring(start, end) : "##" + word.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                ids.add(unknown);
                return;
            }
            found.add(id);
            start = end;
        }
        ids.addAll(found);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** BERT counts all non-alphanumeric ASCII printables as punctuation, and Unicode's P* classes. */
    private static boolean isPunctuation(int c, int type) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
