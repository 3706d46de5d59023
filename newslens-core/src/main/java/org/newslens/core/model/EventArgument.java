package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * Who or where in an event: a canonical entity, or a generic participant the text does not name
 * ("rebels", "civilians").
 *
 * @param id    the entity id, or null for a generic participant
 * @param name  the canonical name, or the generic class ("Rebels", "Civilians")
 * @param span  the words in the text that name it; null when it was taken from context
 * @param geo   for a location, where it is (null when not geocoded or not a place)
 * @param basis how it was found: {@code stated} (in the event's clause), {@code sentence},
 *              {@code previous} (an earlier event of the same paragraph), {@code dateline}, {@code article}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventArgument(String id, String name, CharSpan span, Geo geo, String basis) {

    public EventArgument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
    }

    /** True when the argument is named in the event's own sentence. */
    @JsonIgnore
    public boolean stated() {
        return span != null;
    }

    public EventArgument withBasis(String newBasis) {
        return new EventArgument(id, name, null, geo, newBasis);
    }
}
