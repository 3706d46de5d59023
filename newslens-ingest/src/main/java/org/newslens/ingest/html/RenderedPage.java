package org.newslens.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.SourceSegment;

/**
 * The visible text of an HTML page, block by block, with a map back to the HTML source.
 *
 * @param blocks    the text blocks in order; each names the element that holds it
 * @param sourceMap text runs mapped to source offsets
 */
record RenderedPage(String text, List<Block> blocks, List<SourceSegment> sourceMap) {

    /** A block of text (a paragraph, heading, list item...) and the block-level element it came from. */
    record Block(CharSpan span, Element owner) {
    }
}
