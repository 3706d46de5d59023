package org.newslens.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.SourceSegment;

/**
 * Renders a parsed page to text the way a reader sees it: blocks separated by a blank line,
 * whitespace collapsed (kept inside {@code pre}), {@code br} as a line break, scripts, styles and
 * hidden elements left out. Every text run keeps its source position (the document must be parsed
 * with position tracking).
 */
final class HtmlTextRenderer {

    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head", "iframe",
            "object", "canvas", "select", "option", "textarea", "input", "button", "math", "video", "audio", "map");
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "td", "th", "thead", "tbody", "blockquote", "pre", "article", "section", "header", "footer",
            "nav", "aside", "main", "figure", "figcaption", "dd", "dt", "dl", "form", "address", "hr", "body",
            "details", "summary", "caption", "center", "fieldset", "legend", "hgroup");

    private final StringBuilder text = new StringBuilder();
    private final List<RenderedPage.Block> blocks = new ArrayList<>();
    private final List<SourceSegment> sourceMap = new ArrayList<>();
    private int blockStart = -1;
    private Element blockOwner;
    private boolean pendingSpace;

    static RenderedPage render(Element root) {
        HtmlTextRenderer renderer = new HtmlTextRenderer();
        // jsoup's traversal is iterative, so a page nested 100,000 deep cannot overflow the stack.
        NodeTraversor.filter(renderer.new Walker(), root);
        renderer.closeBlock();
        return new RenderedPage(renderer.text.toString(), renderer.blocks, renderer.sourceMap);
    }

    /** Visits the page in document order, opening and closing blocks at block elements. */
    private final class Walker implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode, ownerOf(textNode));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag) || isHidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                lineBreak();
            } else if (BLOCKS.contains(tag)) {
                closeBlock();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                closeBlock();
            }
            return FilterResult.CONTINUE;
        }
    }

    /** The nearest block-level ancestor: the element a text run belongs to. */
    private static Element ownerOf(TextNode node) {
        for (Element e = node.parent(); e != null; e = e.parent()) {
            if (BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return node.ownerDocument() == null ? null : node.ownerDocument().body();
    }

    private void lineBreak() {
        if (blockStart >= 0 && text.length() > blockStart && text.charAt(text.length() - 1) == '\n') {
            // Two line breaks in a row separate paragraphs on pages built without <p>.
            closeBlock();
        } else if (blockStart >= 0) {
            text.append('\n');
            pendingSpace = false;
        }
    }

    private void appendText(TextNode node, Element owner) {
        String raw = node.getWholeText();
        boolean preformatted = owner.closest("pre") != null;
        String rendered = preformatted ? raw : raw.replaceAll("[\\s\\u00A0]+", " ");
        if (!preformatted && rendered.isBlank()) {
            pendingSpace = blockStart >= 0;
            return;
        }
        if (blockStart < 0) {
            openBlock(owner);
            if (!preformatted) {
                rendered = rendered.stripLeading();
            }
        } else if (!preformatted && (pendingSpace || rendered.startsWith(" ")) && !endsWithWhitespace()) {
            text.append(' ');
        }
        if (!preformatted) {
            rendered = rendered.strip();
            pendingSpace = raw.matches("(?s).*[\\s\\u00A0]$");
        }
        if (rendered.isEmpty()) {
            return;
        }
        Range range = node.sourceRange();
        int textStart = text.length();
        text.append(rendered);
        if (range.isTracked()) {
            int sourceStart = range.startPos();
            int sourceLength = range.endPos() - range.startPos();
            sourceMap.add(new SourceSegment(textStart, rendered.length(), sourceStart, Math.max(0, sourceLength)));
        }
    }

    private boolean endsWithWhitespace() {
        return text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private void openBlock(Element owner) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        blockStart = text.length();
        blockOwner = owner;
        pendingSpace = false;
    }

    private void closeBlock() {
        if (blockStart < 0) {
            return;
        }
        int end = text.length();
        while (end > blockStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        if (end > blockStart) {
            blocks.add(new RenderedPage.Block(new CharSpan(blockStart, end), blockOwner));
        }
        blockStart = -1;
        pendingSpace = false;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) || ClassHints.isHiddenByClass(element)) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
