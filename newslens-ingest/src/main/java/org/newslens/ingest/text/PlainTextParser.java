package org.newslens.ingest.text;

import java.util.List;
import org.newslens.core.model.Article;

/**
 * Builds an article from plain text. The text is kept exactly as given (no trimming, no
 * normalising, a BOM stays a character) so external gold offsets line up. Thread-safe.
 */
public final class PlainTextParser {

    private final HeaderReader headerReader = new HeaderReader();
    private final BoilerplateMarker marker = new BoilerplateMarker();

    public Article parse(String id, String source, String text) {
        ArticleHeader header = headerReader.read(text);
        return new Article(id, source, header.title(), header.author(), header.outlet(), header.published(), text,
                marker.mark(text, header.metadata()), List.of());
    }
}
