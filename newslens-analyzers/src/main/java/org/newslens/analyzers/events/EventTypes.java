package org.newslens.analyzers.events;

import org.newslens.core.model.EventType;

import java.util.regex.Pattern;

/** Type refinements that need the sentence: who struck from the air, whom the killing hit. */
final class EventTypes {

    private static final Pattern AIRCRAFT = Pattern.compile("(?i)\\b(?:warplanes?|jets?|aircraft|planes?|helicopters?|"
            + "air force|air power|air cover|aerial|sorties|drones?|bombers?|air strikes?|airstrikes?)\\b");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:civilians?|residents|children|women|patients|"
            + "hospitals?|schools?|markets?|aid convoy|families|villagers|refugees|anyone who)\\b");
    /** "Russian bombers continue to inflict heavy losses": aircraft a few words before the trigger. */
    private static final Pattern AIRCRAFT_BEFORE = Pattern.compile("(?i)\\b(?:warplanes|jets|aircraft|bombers|helicopters|"
            + "drones)\\s+(?:(?-i:\\p{Ll})+\\s+){0,3}$");
    /** "backed by Russian jets", "with helicopters": aircraft that help, not the subject. */
    private static final Pattern HELPING = Pattern.compile("(?i)\\b(?:by|with|under|of|and)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern REMOTE_WORD = Pattern.compile("(?i)bombard.*|struck|strikes?");

    private EventTypes() {
    }

    /**
     * @param before the words of the trigger's clause before it
     */
    static EventType refine(EventType type, String trigger, String sentence, String before, boolean civilianTarget) {
        java.util.regex.Matcher aircraft = AIRCRAFT_BEFORE.matcher(before);
        if (type == EventType.BATTLE && aircraft.find()
                && !HELPING.matcher(before.substring(0, aircraft.start())).find()) {
            return EventType.AIR_STRIKE;
        }
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
