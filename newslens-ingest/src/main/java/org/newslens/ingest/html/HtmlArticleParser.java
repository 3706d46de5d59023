package org.newslens.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;
import org.newslens.ingest.InputException;
import org.newslens.ingest.text.BoilerplateMarker;
import org.newslens.ingest.text.DateParsing;

/**
 * Builds an article from an HTML page. The article text is the whole visible page; everything
 * outside the main content (navigation, sidebars, comments, footers) is marked as boilerplate, so
 * it is kept but not analysed, and {@code sourceMap} leads every text run back to the HTML.
 * Thread-safe.
 */
public final class HtmlArticleParser {

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "figure", "figcaption");
    private static final Pattern BYLINE = Pattern.compile("^(?i)(?:(?:written|posted|story) )?by:?\\s+\\S.{0,80}$");
    private static final int MAX_META_BLOCK = 120;

    private final MainContentFinder contentFinder = new MainContentFinder();
    private final PageMetadataReader metadataReader = new PageMetadataReader();
    private final BoilerplateMarker marker = new BoilerplateMarker();

    public Article parse(String id, String source, String html) throws InputException {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(0);
        Document doc = parser.parseInput(html, "");
        Element body = doc.body() == null ? doc : doc.body();
        List<Element> content = contentFinder.find(body);
        RenderedPage page = HtmlTextRenderer.render(body);
        if (page.text().isBlank()) {
            throw new InputException("HTML page has no visible text");
        }
        PageMetadata meta = metadataReader.read(doc, content);
        List<Boilerplate> furniture = new ArrayList<>();
        boolean anyContent = false;
        Ancestry ancestry = new Ancestry(content);
        for (RenderedPage.Block block : page.blocks()) {
            Optional<Boilerplate> marked = classify(block, ancestry, page.text(), meta.title());
            if (marked.isPresent()) {
                furniture.add(marked.get());
            } else {
                anyContent = true;
            }
        }
        if (!anyContent) {
            throw new InputException("no article text found in the HTML page");
        }
        List<Boilerplate> joined = joinAdjacent(furniture, page.text());
        List<Boilerplate> marked = marker.mark(page.text(), joined);
        String author = meta.author() != null ? meta.author() : authorFromBylines(marked, page.text());
        return new Article(id, source, meta.title(), author, meta.outlet(), meta.published(), page.text(),
                marked, page.sourceMap());
    }

    private static Optional<Boilerplate> classify(RenderedPage.Block block, Ancestry ancestry, String text,
                                                  String title) {
        Element owner = block.owner();
        Element root = ancestry.contentRoot(owner);
        if (root == null) {
            String blockText = block.span().of(text);
            String kind = blockText.equals(title) ? "title"
                    : BYLINE.matcher(blockText).matches() || isDateLine(blockText) ? "byline"
                    : furnitureKindOutside(owner);
            return Optional.of(new Boilerplate(block.span(), kind, 0.8, "outside the main article content (" + kind + ")"));
        }
        Element furniture = ancestry.nearestFurniture(owner, root);
        if (furniture != null) {
            Element e = furniture;
            return Optional.of(new Boilerplate(block.span(), insideFurniture(e).orElseThrow(), 0.75,
                    "inside <" + e.normalName() + (e.className().isBlank() ? "" : " class=" + e.className())
                            + "> in the article"));
        }
        String blockText = block.span().of(text);
        boolean heading = owner.normalName().matches("h[1-6]");
        if (!heading && blockText.length() <= MAX_META_BLOCK && !blockText.equals(title)
                && (BYLINE.matcher(blockText).matches() || isDateLine(blockText))) {
            return Optional.of(new Boilerplate(block.span(), "byline", 0.85, "byline or date line"));
        }
        if (MainContentFinder.linkDensity(owner) >= 0.95 && blockText.split("\\s+").length <= 20) {
            return Optional.of(new Boilerplate(block.span(), "related", 0.7, "paragraph that is only a link"));
        }
        Element list = owner.closest("ul, ol");
        if (list != null && MainContentFinder.linkDensity(list) > 0.6 && list.text().length() < 600) {
            return Optional.of(new Boilerplate(block.span(), "related", 0.7, "list of links inside the article"));
        }
        return Optional.empty();
    }

    /** "by Jo Bloggs, May 1, 2016" -> "Jo Bloggs", from the first byline block, for pages without author metadata. */
    private static String authorFromBylines(List<Boilerplate> marked, String text) {
        for (Boilerplate b : marked) {
            String line = b.span().of(text).strip();
            if (b.kind().equals("byline") && BYLINE.matcher(line).matches()) {
                return PageMetadataReader.cleanAuthor(line);
            }
        }
        return null;
    }

    private static boolean isDateLine(String text) {
        var m = DateParsing.DATE.matcher(text);
        return m.find() && m.group().length() * 2 >= text.replaceAll("(?i)published|updated|posted|on|:", "").strip().length();
    }

    /**
     * What the blocks of one page need to know about their ancestors — the main-content root they lie
     * in, the nearest piece of furniture between them and it — worked out once per element: asking
     * each block afresh cost blocks × depth regular-expression tests, which deeply nested pages
     * (the fuzzer's) made quadratic.
     */
    private static final class Ancestry {
        private final List<Element> content;
        private final Map<Element, Element> roots = new IdentityHashMap<>();
        private final Map<Element, Optional<Element>> furniture = new IdentityHashMap<>();
        private static final Element NONE = new Element("none");

        Ancestry(List<Element> content) {
            this.content = content;
        }

        /** The first main-content root (in {@code content} order) that is the element or holds it; null if none. */
        Element contentRoot(Element owner) {
            Element cached = roots.get(owner);
            if (cached == null) {
                cached = NONE;
                for (Element root : content) {
                    if (holds(root, owner)) {
                        cached = root;
                        break;
                    }
                }
                roots.put(owner, cached);
            }
            return cached == NONE ? null : cached;
        }

        private static boolean holds(Element root, Element e) {
            for (Element x = e; x != null; x = x.parent()) {
                if (x == root) {
                    return true;
                }
            }
            return false;
        }

        /** The nearest element from {@code e} up to (not including) {@code root} that is page furniture. */
        Element nearestFurniture(Element e, Element root) {
            java.util.ArrayDeque<Element> path = new java.util.ArrayDeque<>();
            Optional<Element> found = null;
            for (Element x = e; x != null && x != root; x = x.parent()) {
                Optional<Element> known = furniture.get(x);
                if (known != null) {
                    found = known;
                    break;
                }
                path.push(x);
            }
            if (found == null) {
                found = Optional.empty();
            }
            // From the top of the unexplored path down: an element's answer is itself if it is furniture,
            // else its parent's. (Every block of one page shares the root, so the memo is per page and root.)
            while (!path.isEmpty()) {
                Element x = path.pop();
                if (insideFurniture(x).isPresent()) {
                    found = Optional.of(x);
                }
                furniture.put(x, found);
            }
            return found.orElse(null);
        }
    }

    private static Optional<String> insideFurniture(Element e) {
        if (FURNITURE_TAGS.contains(e.normalName())) {
            return Optional.of(ClassHints.furnitureKind(e).orElse(e.normalName().startsWith("fig") ? "caption"
                    : e.normalName()));
        }
        if (ClassHints.isNegative(e) && !ClassHints.isPositive(e)) {
            return Optional.of(ClassHints.furnitureKind(e).orElse("page"));
        }
        if (ClassHints.isNegative(e)) {
            return ClassHints.furnitureKind(e);
        }
        return Optional.empty();
    }

    private static String furnitureKindOutside(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            Optional<String> kind = ClassHints.furnitureKind(e);
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        return "page";
    }

    /** Joins consecutive blocks of the same kind, separators included, so a sidebar is one span, not twenty. */
    private static List<Boilerplate> joinAdjacent(List<Boilerplate> blocks, String text) {
        List<Boilerplate> joined = new ArrayList<>();
        for (Boilerplate b : blocks) {
            if (!joined.isEmpty()) {
                Boilerplate last = joined.get(joined.size() - 1);
                boolean onlyWhitespaceBetween = text.substring(last.end(), b.start()).isBlank();
                if (last.kind().equals(b.kind()) && onlyWhitespaceBetween) {
                    joined.set(joined.size() - 1, new Boilerplate(new CharSpan(last.start(), b.end()), last.kind(),
                            Math.min(last.confidence(), b.confidence()), last.reason()));
                    continue;
                }
            }
            joined.add(b);
        }
        return joined;
    }
}
