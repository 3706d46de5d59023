package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

/**
 * "at Manchester's Victoria station": the recogniser tags "Victoria" as a place, and the gazetteer puts it in
 * Canada. A place name right before "station" after a town's possessive names the station — a facility, placed at
 * that town. (Without the town, "the Westerville station" is best left at Westerville.)
 */
final class StationNames {

    private static final Pattern AFTER = Pattern.compile("^\\s(?:[Rr]ailway\\s|[Tt]rain\\s|[Bb]us\\s|[Cc]oach\\s"
            + "|[Uu]nderground\\s|[Tt]ube\\s|[Mm]etro\\s)?[Ss]tation\\b");

    private static final Pattern TOWN_POSSESSIVE = Pattern.compile("\\p{Lu}[\\p{L}-]+['’]s\\s$");

    private StationNames() {
    }

    static List<EntityGrouper.RawMention> widen(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            Matcher after = AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 24)));
            boolean townBefore = TOWN_POSSESSIVE.matcher(text.substring(Math.max(0, m.span().start() - 30),
                    m.span().start())).find();
            if (m.actor() == null && m.type() == EntityType.LOCATION && townBefore && after.find()) {
                out.add(new EntityGrouper.RawMention(new CharSpan(m.span().start(), m.span().end() + after.end()),
                        EntityType.FACILITY, m.confidence(), null));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
