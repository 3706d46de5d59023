package org.newslens.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newslens.ingest.InputException;

/**
 * Turns the bytes of a file into text: UTF-8 (a BOM is kept as a character, so external offsets
 * line up), UTF-16 with a BOM, or Windows-1252 when the bytes are clearly 8-bit Western text.
 * Anything else is refused with a reason.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and the encoding used. */
    public record Decoded(String text, String encoding) {
    }

    public Decoded decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return checked(new Decoded(text, "UTF-16"));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException("binary file (contains NUL bytes), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(new Decoded(text, "UTF-8"));
        } catch (CharacterCodingException notUtf8) {
            if (looksLikeWindows1252(bytes)) {
                return checked(new Decoded(new String(bytes, WINDOWS_1252), "windows-1252"));
            }
            throw new InputException("not valid UTF-8 and not recognisable as Windows-1252/Latin-1 text");
        }
    }

    private static Decoded checked(Decoded decoded) throws InputException {
        String text = decoded.text();
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputException("binary file (contains NUL bytes), not text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 100 > text.length()) {
            throw new InputException("binary file (" + control + " control characters), not text");
        }
        if (text.isBlank() || text.equals("\uFEFF")) {
            throw new InputException("no text (only whitespace)");
        }
        return decoded;
    }

    /**
     * Windows-1252 text uses bytes 0x80-0xFF sparsely, between ASCII letters; random binary does not,
     * and the five bytes undefined in Windows-1252 never appear.
     */
    private static boolean looksLikeWindows1252(byte[] bytes) {
        int high = 0;
        int asciiPrintable = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                return false;
            }
            if (v >= 0x80) {
                high++;
            } else if (v >= 0x20 || v == '\n' || v == '\r' || v == '\t') {
                asciiPrintable++;
            }
        }
        return high * 4 <= bytes.length && asciiPrintable * 10 >= bytes.length * 7;
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }
}
