package org.newslens.ingest.text;

import java.time.LocalDate;
import java.util.List;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.CharSpan;

/**
 * What the first lines of a plain-text article say about it.
 *
 * @param titleSpan  where the title line is, or null
 * @param metadata   byline and dateline lines, marked so they are not analysed as article text
 */
public record ArticleHeader(String title, CharSpan titleSpan, String author, String outlet, LocalDate published,
                            List<Boilerplate> metadata) {

    public ArticleHeader {
        metadata = List.copyOf(metadata);
    }
}
