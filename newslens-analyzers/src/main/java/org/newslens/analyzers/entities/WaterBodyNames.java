package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "a second Gulf of Tonkin incident": the recogniser often tags only "Tonkin", and "Tonkin" is the
 * old north of Vietnam, not the sea where the destroyers were. A place right after "Gulf of", "Bay
 * of", "Sea of" or "Strait of" is named with those words.
 */
final class WaterBodyNames {

    private static final Pattern BEFORE = Pattern.compile("(?:Gulf|Bay|Sea|Strait|Straits|Straight) of\\s$");

    private WaterBodyNames() {
    }

    static List<EntityGrouper.RawMention> widen(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            int from = Math.max(0, m.span().start() - 12);
            Matcher before = BEFORE.matcher(text.substring(from, m.span().start()));
            if (m.actor() == null && m.type() == EntityType.LOCATION && before.find()) {
                out.add(new EntityGrouper.RawMention(new CharSpan(from + before.start(), m.span().end()),
                        EntityType.LOCATION, m.confidence(), null));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
