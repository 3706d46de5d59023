package org.newslens.analyzers.events;

import org.newslens.core.model.EventType;

import java.util.regex.Pattern;

/** Type refinements that need the sentence: who struck from the air, whom the killing hit. */
final class EventTypes {

    private static final Pattern AIRCRAFT = Pattern.compile("(?i)\\b(?:warplanes?|jets?|aircraft|planes?|helicopters?|"
            + "air force|air power|air cover|aerial|sorties|drones?|bombers?|air strikes?|airstrikes?)\\b");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:civilians?|residents|children|women|patients|"
            + "hospitals?|schools?|markets?|aid convoy|families|villagers|refugees|anyone who)\\b");
    private static final Pattern REMOTE_WORD = Pattern.compile("(?i)bombard.*|struck|strikes?");

    private EventTypes() {
    }

    static EventType refine(EventType type, String trigger, String sentence, boolean civilianTarget) {
        if ((type == EventType.SHELLING && REMOTE_WORD.matcher(trigger).matches()) && AIRCRAFT.matcher(sentence).find()) {
            return EventType.AIR_STRIKE;
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("kill")
                && (civilianTarget || CIVILIAN.matcher(sentence).find())) {
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && civilianTarget) {
            return EventType.ATTACK_ON_CIVILIANS;
        }
        return type;
    }
}
