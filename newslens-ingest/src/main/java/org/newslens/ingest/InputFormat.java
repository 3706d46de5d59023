package org.newslens.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats Newslens reads, recognised by file extension or, for stdin and unknown names, by content. */
public enum InputFormat {
    TEXT, HTML, JSON, JSONL, WARC;

    public static Optional<InputFormat> byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /** A web archive, plain ("WARC/1.x") or gzip-compressed record by record. */
    public static boolean looksLikeWarc(byte[] bytes) {
        boolean plain = bytes.length >= 6 && bytes[0] == 'W' && bytes[1] == 'A' && bytes[2] == 'R' && bytes[3] == 'C'
                && bytes[4] == '/';
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return plain || gzip;
    }

    /** Guesses from the first characters of decoded content. */
    public static InputFormat sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).replace("\uFEFF", "").stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<")
                && (lower.contains("<body") || lower.contains("<p") || lower.contains("<div") || lower.contains("<article"))) {
            return HTML;
        }
        if (head.startsWith("[") || head.startsWith("{")) {
            int newline = head.indexOf('\n');
            boolean severalObjects = newline > 0 && head.substring(newline).stripLeading().startsWith("{");
            return head.startsWith("{") && severalObjects ? JSONL : JSON;
        }
        return TEXT;
    }

    public static String knownExtensions() {
        return ".txt .text .md .html .htm .xhtml .json .jsonl .ndjson .warc .warc.gz";
    }
}
