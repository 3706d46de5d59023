package org.newslens.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.Token;

/**
 * Sentences and their tokens as variable-length integers: gaps and lengths instead of
 * {"start":…,"end":…} objects, about 2 bytes a token instead of 25. Tokens are half of an analysis;
 * packing them is what keeps the store's writes cheap. Unpacks to exactly the JSON of the contract.
 */
final class PackedSentences {

    private PackedSentences() {
    }

    /** The packed bytes, or null when the sentences are not in order (they always are; the JSON form is kept then). */
    static byte[] pack(List<Sentence> sentences) {
        Bytes out = new Bytes(16 + sentences.size() * 64);
        out.varint(sentences.size());
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            int start = sentence.span().start();
            int end = sentence.span().end();
            if (start < previousEnd) {
                return null;
            }
            out.varint(start - previousEnd);
            out.varint(end - start);
            out.varint(sentence.tokens().size());
            int cursor = start;
            for (Token token : sentence.tokens()) {
                if (token.span().start() < cursor) {
                    return null;
                }
                out.varint(token.span().start() - cursor);
                out.varint(token.span().length());
                cursor = token.span().end();
            }
            previousEnd = end;
        }
        return out.toArray();
    }

    /** The contract's JSON array of sentences, from packed bytes. */
    static ArrayNode unpack(byte[] bytes) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int[] at = {0};
        int count = varint(bytes, at);
        ArrayNode sentences = nodes.arrayNode(count);
        int previousEnd = 0;
        for (int s = 0; s < count; s++) {
            int start = previousEnd + varint(bytes, at);
            int end = start + varint(bytes, at);
            int tokenCount = varint(bytes, at);
            ArrayNode tokens = nodes.arrayNode(tokenCount);
            int cursor = start;
            for (int t = 0; t < tokenCount; t++) {
                int tokenStart = cursor + varint(bytes, at);
                int tokenEnd = tokenStart + varint(bytes, at);
                ObjectNode token = nodes.objectNode();
                token.put("start", tokenStart);
                token.put("end", tokenEnd);
                tokens.add(token);
                cursor = tokenEnd;
            }
            ObjectNode sentence = nodes.objectNode();
            sentence.put("start", start);
            sentence.put("end", end);
            sentence.set("tokens", tokens);
            sentences.add(sentence);
            previousEnd = end;
        }
        return sentences;
    }

    private static int varint(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed packed sentences at byte " + at[0]);
    }

    /** A growable byte buffer with unsigned LEB128 integers. */
    private static final class Bytes {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        void varint(int value) {
            if (size + 5 > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2 + 5);
            }
            int v = value;
            while ((v & ~0x7F) != 0) {
                buffer[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        byte[] toArray() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
