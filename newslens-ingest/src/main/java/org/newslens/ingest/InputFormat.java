package org.newslens.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats Newslens reads, recognised by file extension or, for stdin and unknown names, by content. */
public enum InputFormat {
    TEXT, HTML, JSON, JSONL;

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
        return Optional.empty();
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
        return ".txt .text .md .html .htm .xhtml .json .jsonl .ndjson";
    }
}
