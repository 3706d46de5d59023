package org.newslens.core.model;

import java.time.LocalDate;

/**
 * The date relative expressions are resolved against.
 *
 * @param date      the publication date, or null when neither metadata nor text gives one
 * @param estimated true when the article did not state it and it was inferred from the text
 * @param basis     where it came from: {@code metadata}, or how it was estimated
 * @param period    when the text gives no full date but names months or years: the latest of them
 *                  ({@code 2018}, {@code 2015-09}), the earliest the article can have been written; the
 *                  date then stays null, so relative expressions are not resolved against a guess
 */
public record Publication(LocalDate date, boolean estimated, String basis, String period) {

    public Publication(LocalDate date, boolean estimated, String basis) {
        this(date, estimated, basis, null);
    }
}
