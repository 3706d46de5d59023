package org.newslens.core.model;

import java.time.LocalDate;

/**
 * The date relative expressions are resolved against.
 *
 * @param date      the publication date, or null when neither metadata nor text gives one
 * @param estimated true when the article did not state it and it was inferred from the text
 * @param basis     where it came from: {@code metadata}, or how it was estimated
 */
public record Publication(LocalDate date, boolean estimated, String basis) {
}
