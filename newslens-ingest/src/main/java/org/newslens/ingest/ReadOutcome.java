package org.newslens.ingest;

import java.util.Objects;
import org.newslens.core.model.Article;

/** The result of reading one article from one input: the article, or why it could not be read. */
public sealed interface ReadOutcome {

    /** Where the input came from: a path, {@code path#line} for a JSONL record, or {@code -} for stdin. */
    String source();

    /** An article was read; {@code note} says anything a user should know (e.g. the encoding guessed), or is null. */
    record Read(Article article, String note) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** The input could not be read; {@code reason} says why in one line, without quoting the content. */
    record Failed(String source, String reason) implements ReadOutcome {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** One line for the user: the input and the problem. */
        public String message() {
            return source + ": " + reason;
        }
    }
}
