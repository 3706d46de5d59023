package org.newslens.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One event mention with what a corpus view needs of its article: the unit that cross-article
 * linking, event exports and the event pages work on, without re-reading full analyses.
 *
 * @param articleKey the store key of the article, or null outside a store
 * @param articleId  the article's id
 * @param sentence   the words of the sentence that tells the event
 * @param source     who the sentence rests on (the claim's source name), or null
 * @param sourceType the claim's source type, or null when the sentence is not a claim
 * @param via        intermediaries of the claim's source, innermost first
 */
public record EventReport(String articleKey, String articleId, String title, String outlet, String published,
                          EventMention event, String sentence, String source, SourceType sourceType, List<String> via) {

    public EventReport {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(sentence, "sentence");
        via = List.copyOf(via == null ? List.of() : via);
    }
}
