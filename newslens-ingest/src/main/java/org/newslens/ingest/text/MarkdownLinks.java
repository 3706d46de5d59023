package org.newslens.ingest.text;

import java.util.regex.Pattern;

/** Plain-text copies of web pages often keep links as {@code [label](url)}; these helpers see through them. */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern ONLY_LINKS = Pattern.compile(
            "^(?:[\\s,|·•/–-]*\\[[^\\]\\n]*\\]\\([^)\\n]*\\))+[\\s,|·•/–-]*\\.?$");

    private MarkdownLinks() {
    }

    /** The line with every link replaced by its label. */
    static String labels(String line) {
        return LINK.matcher(line).replaceAll("$1");
    }

    /** True when the line holds nothing but links and separators. */
    static boolean onlyLinks(String line) {
        return ONLY_LINKS.matcher(line.strip()).matches();
    }
}
