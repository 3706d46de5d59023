package org.newslens.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.ingest.text.DateParsing;

/**
 * Reads page metadata in order of reliability: schema.org JSON-LD, Open Graph and other meta
 * tags, microdata, then visible structure (h1, bylines, {@code time} elements, the title's suffix).
 */
final class PageMetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:-]\\s+|\\s+[|»]\\s*");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:written |posted |story |words )?by:?\\s+");

    PageMetadata read(Document doc, List<Element> content) {
        List<JsonNode> ld = jsonLd(doc);
        String siteName = first(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"),
                meta(doc, "application-name"), titleSuffix(doc), host(doc));
        String title = first(ldText(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                headingIn(content), headingIn(List.of(doc.body() == null ? doc : doc.body())), titlePrefix(doc));
        String author = cleanAuthor(first(ldText(ld, "author", "name"), meta(doc, "author"),
                meta(doc, "article:author"), meta(doc, "parsely-author"), meta(doc, "sailthru.author"),
                text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"),
                text(doc, "a[rel=author]"), text(doc, ".byline .author, .author-name, .byline__name, .author a"),
                text(doc, ".byline, .post-author, .entry-author, .author")));
        LocalDate published = firstDate(ldText(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "DC.date.issued"), meta(doc, "dc.date"), meta(doc, "sailthru.date"),
                meta(doc, "parsely-pub-date"), attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"), attr(doc, "time[datetime]", "datetime"),
                text(doc, "time"), text(doc, ".date, .published, .post-date, .entry-date, .dateline, .byline"),
                ldText(ld, "dateModified"), meta(doc, "article:modified_time"));
        if (siteName != null && title != null && title.length() > siteName.length() + 3
                && (title.endsWith(siteName) || title.startsWith(siteName))) {
            String withoutSite = title.startsWith(siteName) ? title.substring(siteName.length()) : title.substring(0,
                    title.length() - siteName.length());
            title = withoutSite.replaceAll("^[\\s|–—:-]+|[\\s|–—:-]+$", "");
        }
        return new PageMetadata(title, author, published, siteName);
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (Exception malformed) {
                // Broken JSON-LD is common on real pages; the other sources still apply.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                collect(node.get("@graph"), out);
            }
            String type = node.path("@type").toString();
            if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
                out.add(0, node);
            } else {
                out.add(node);
            }
        }
    }

    private static String ldText(List<JsonNode> nodes, String... path) {
        for (JsonNode node : nodes) {
            JsonNode value = node;
            for (String key : path) {
                value = value.isArray() && !value.isEmpty() ? value.get(0) : value;
                value = value.path(key);
            }
            if (value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
            String content = m.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    private static String headingIn(List<? extends Element> roots) {
        for (Element root : roots) {
            Element h1 = root.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) {
                return h1.text().strip();
            }
        }
        return null;
    }

    /** The longest part of the {@code <title>}: sites put their name before or after the headline. */
    private static String titlePrefix(Document doc) {
        String title = doc.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        String longest = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            longest = part.strip().length() > longest.length() ? part.strip() : longest;
        }
        return longest;
    }

    /** The shortest end part of the {@code <title>}, when it is short enough to be a site name. */
    private static String titleSuffix(Document doc) {
        String[] parts = TITLE_SEPARATOR.split(doc.title().strip());
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        String shorter = first.length() < last.length() ? first : last;
        return shorter.length() <= 40 ? shorter : null;
    }

    private static String host(Document doc) {
        String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String cleanAuthor(String author) {
        if (author == null || author.startsWith("http")) {
            return null;
        }
        String cleaned = BY_PREFIX.matcher(author).replaceFirst("");
        Optional<LocalDate> date = DateParsing.find(cleaned);
        if (date.isPresent()) {
            cleaned = cleaned.replaceAll("(?i)\\s*(?:[|,·•–-]|\\bon\\b|\\bpublished\\b|\\bupdated\\b)?\\s*"
                    + DateParsing.DATE.pattern() + ".*$", "");
        }
        cleaned = cleaned.replaceAll("[,|·•]\\s*$", "").strip();
        return cleaned.isEmpty() || cleaned.length() > 100 ? null : cleaned;
    }

    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            Optional<LocalDate> date = DateParsing.find(candidate);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
