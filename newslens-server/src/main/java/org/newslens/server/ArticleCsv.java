package org.newslens.server;

import java.util.List;
import java.util.Map;
import org.newslens.store.ArticleDigest;

/** One CSV row per article: metadata, size, claims by source type, technique rate. RFC 4180 quoting. */
final class ArticleCsv {

    private static final List<String> SOURCE_TYPES = List.of("NAMED_PERSON", "NAMED_ORGANIZATION", "MEDIA_OUTLET",
            "ANONYMOUS", "AUTHOR");

    private ArticleCsv() {
    }

    static String write(List<ArticleDigest> digests) {
        StringBuilder out = new StringBuilder("key,id,title,outlet,author,published,words,claims");
        SOURCE_TYPES.forEach(t -> out.append(",claims_").append(t.toLowerCase(java.util.Locale.ROOT)));
        out.append(",techniques,techniques_per_1000_words\r\n");
        for (ArticleDigest d : digests) {
            int techniques = d.techniques().values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.join(",", cell(d.key()), cell(d.id()), cell(d.title()), cell(d.outlet()),
                    cell(d.author()), cell(d.published()), String.valueOf(d.words()), String.valueOf(d.claims())));
            Map<String, Integer> sources = d.sourceTypes();
            SOURCE_TYPES.forEach(t -> out.append(',').append(sources.getOrDefault(t, 0)));
            out.append(',').append(techniques).append(',')
                    .append(d.words() == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f",
                            techniques * 1000.0 / d.words()))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Quotes every text cell; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
