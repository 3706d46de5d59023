package org.newslens.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the elements that hold an article's main text: a known article-body container when the
 * page has one, else the best-scoring block by paragraph text, commas and link density (the
 * readability method), with sibling blocks that look like more of the same article.
 */
final class MainContentFinder {

    private static final String KNOWN_BODY = "[itemprop=articleBody], .entry-content, .post-content, .article-body,"
            + " .article__body, .articleBody, .story-body, .story-content, .post-body, .article-content,"
            + " #article-body, .td-post-content, .field--name-body, .c-entry-content, .article-text, .post-entry,"
            + " .single-post-content, .news-body, #story-body, .article__content, .entry-body";
    private static final int MIN_BODY_CHARS = 200;

    List<Element> find(Element body) {
        Element known = largest(body.select(KNOWN_BODY));
        if (known != null && textLength(known) >= MIN_BODY_CHARS) {
            return List.of(known);
        }
        Element scored = bestScored(body);
        if (scored == null) {
            Element article = largest(body.select("article, [role=main], main"));
            return List.of(article != null && paragraphText(article) >= MIN_BODY_CHARS ? article : body);
        }
        // The closest <article> or main region around the best block: specific enough to leave sidebars out,
        // wide enough to keep every part of a body split over several blocks.
        Element region = scored.is("article, [role=main], main") ? scored : scored.closest("article, [role=main], main");
        if (region != null && paragraphText(region) >= MIN_BODY_CHARS) {
            return List.of(region);
        }
        return withSiblings(scored);
    }

    private Element bestScored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div, section")) {
            if (!isParagraphLike(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25 || ClassHints.isNegative(e) && !ClassHints.isPositive(e)) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3.0);
            if (!e.normalName().equals("p")) {
                // A cell or div holding paragraphs as text (split by <br>) is itself the container.
                scores.merge(e, score + initial(e), (a, b) -> a + score);
            }
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score + initial(parent), (a, b) -> a + score);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2 + initial(grand), (a, b) -> a + score / 2);
                }
            }
        }
        return scores.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() * (1 - linkDensity(entry.getKey()))))
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topLength = paragraphText(top);
        Set<Element> chosen = new LinkedHashSet<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            if (ClassHints.isNegative(sibling) || ClassHints.furnitureKind(sibling).isPresent()) {
                continue;
            }
            String text = sibling.text();
            double density = linkDensity(sibling);
            boolean paragraph = sibling.normalName().equals("p");
            if (paragraph && (text.length() > 80 && density < 0.25
                    || text.length() > 0 && density == 0 && text.matches("(?s).*[.!?\"”]$"))) {
                chosen.add(sibling);
            } else if (!paragraph && paragraphText(sibling) >= Math.max(200, topLength * 0.3) && density < 0.3) {
                chosen.add(sibling);
            }
        }
        return new ArrayList<>(chosen);
    }

    private static boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
            return true;
        }
        // A div or cell used as a paragraph: holds text directly and no block children.
        return !e.ownText().isBlank()
                && e.select("p, div, table, ul, ol, section, article").stream().allMatch(inner -> inner == e);
    }

    private static int initial(Element e) {
        int base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassHints.weight(e);
    }

    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) length);
    }

    private static int paragraphText(Element e) {
        int total = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            total += p.ownText().length() + p.select("a, em, strong, b, i, span").text().length();
        }
        return total == 0 ? e.ownText().length() : total;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        for (Element e : candidates) {
            if (best == null || paragraphText(e) > paragraphText(best)) {
                best = e;
            }
        }
        return best;
    }

    private static int textLength(Element e) {
        return e.text().length();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
