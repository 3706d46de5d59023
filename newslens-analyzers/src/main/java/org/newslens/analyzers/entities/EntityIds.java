package org.newslens.analyzers.entities;

import java.util.Locale;
import org.newslens.core.model.EntityType;

/** The id an entity the knowledge base does not know gets from its type and name: "person:nikolas-cruz". */
public final class EntityIds {

    private EntityIds() {
    }

    public static String of(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + EntityGrouper.slug(name);
    }
}
