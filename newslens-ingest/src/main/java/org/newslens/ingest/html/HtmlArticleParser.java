package org.newslens.ingest.html;

import java.util.ArrayList;
import java.util.List;
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
        for (RenderedPage.Block block : page.blocks()) {
            Optional<Boilerplate> marked = classify(block, content, page.text(), meta.title());
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

    private static Optional<Boilerplate> classify(RenderedPage.Block block, List<Element> content, String text,
                                                  String title) {
        Element owner = block.owner();
        Element root = contentRootOf(owner, content);
        if (root == null) {
            String blockText = block.span().of(text);
            String kind = blockText.equals(title) ? "title"
                    : BYLINE.matcher(blockText).matches() || isDateLine(blockText) ? "byline"
                    : furnitureKindOutside(owner);
            return Optional.of(new Boilerplate(block.span(), kind, 0.8, "outside the main article content (" + kind + ")"));
        }
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            Optional<String> kind = insideFurniture(e);
            if (kind.isPresent()) {
                return Optional.of(new Boilerplate(block.span(), kind.get(), 0.75,
                        "inside <" + e.normalName() + (e.className().isBlank() ? "" : " class=" + e.className())
                                + "> in the article"));
            }
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

    private static Element contentRootOf(Element owner, List<Element> content) {
        for (Element root : content) {
            if (owner == root || owner.parents().contains(root)) {
                return root;
            }
        }
        return null;
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
