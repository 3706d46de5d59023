package org.newslens.analyzers.events;

import org.newslens.core.model.EventType;

import java.util.regex.Pattern;

/** Type refinements that need the sentence: who struck from the air, whom the killing hit. */
final class EventTypes {

    private static final Pattern AIRCRAFT = Pattern.compile("(?i)\\b(?:warplanes?|jets?|aircraft|planes?|helicopters?|"
            + "air force|air power|air cover|aerial|sorties|drones?|bombers?|air strikes?|airstrikes?|air and artillery|"
            + "F-\\d\\ds?|Su-\\d\\ds?|MiGs?|Sukhois?|fighter jets?|fighter-bombers?)\\b");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:civilians?|residents|children|women|patients|"
            + "hospitals?|schools?|markets?|aid convoy|families|villagers|refugees|anyone who)\\b");
    /** A person, not a force: "a 69-year-old Jewish man", "a woman", "worshippers". */
    private static final Pattern ONE_PERSON = Pattern.compile("(?i)\\b(?:\\d+-year-old|man|woman|girl|boy|child|worshippers"
            + "|pedestrians|passers-by|shoppers|passengers|students|pupils|teachers|rabbi|priest|imam|pensioner)\\b");
    /** Armed sides, whose presence makes an attack a battle. */
    private static final Pattern ARMED = Pattern.compile("(?i)\\b(?:troops|soldiers|army|forces|militants?|rebels?"
            + "|fighters|militias?|police(?:men)?|officers|(?<!security )guards?|military|insurgents?|jihadists?|terrorists?|gunmen)\\b");
    /** "Russian bombers continue to inflict heavy losses": aircraft a few words before the trigger. */
    private static final Pattern AIRCRAFT_BEFORE = Pattern.compile("(?i)\\b(?:warplanes|jets|aircraft|bombers|helicopters|"
            + "drones)\\s+(?:(?-i:\\p{Ll})+\\s+){0,3}$");
    /** "backed by Russian jets", "with helicopters": aircraft that help, not the subject. */
    private static final Pattern HELPING = Pattern.compile("(?i)\\b(?:by|with|under|of|and)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern REMOTE_WORD = Pattern.compile("(?i)bombard.*|struck|strikes?|(?:artillery|missile|rocket)s? strikes?");

    /** Weapons beyond aircraft that make "strike" an attack ("able to strike the U.S. mainland with missiles"). */
    private static final Pattern WEAPONS = Pattern.compile("(?i)\\b(?:missiles?|rockets?|artillery|warheads?|bombs?|shells?"
            + "|troops|forces|army|military|navy|warships?)\\b");
    /** Triggers that are figures of speech unless weapons are about: "strike fear", "a storm will strike", "shoots down a claim". */
    private static final Pattern ONLY_WHEN_ARMED = Pattern.compile("(?i)strike");
    private static final Pattern ONLY_WHEN_FLYING = Pattern.compile("(?i)shot down|shoot(?:s|ing)? down|downing of");
    /** Statements that are events only about war or force: "doctors warn the outbreak will spread" is none. */
    private static final Pattern ONLY_IN_CONFLICT = Pattern.compile("(?i)warn\\w*|denounc\\w*|defeat(?:ed|ing)");
    private static final String CONFLICT_WORDS = "attacks?|war|wars|military|troops|forces|army"
            + "|armies|strikes?|missiles?|nuclear|retaliat\\w*|response|sanctions|terror\\w*|militias?|rebels?|bomb\\w*"
            + "|invasion|invade\\w*|offensive|weapons|regime|bases|soldiers|fighters|occupation"
            + "|ISIS|ISIL|Islamic State|Daesh|Taliban|al-Qaeda|al Qaeda|jihadists?|militants?|insurgents?|battle\\w*";
    private static final Pattern CONFLICT = Pattern.compile("(?i)\\b(?:" + CONFLICT_WORDS + "|killing|kill|killed)\\b");
    /** War or force spoken of other than by the killing itself. */
    private static final Pattern CONFLICT_BESIDES_KILLING = Pattern.compile("(?i)\\b(?:" + CONFLICT_WORDS + ")\\b");
    /** A person killed who fought: "killed the group's commander". */
    private static final Pattern COMBATANT = Pattern.compile("(?i)\\b(?:commanders?|leaders?|chief|general|colonel|officers?"
            + "|fighters?|militants?|soldiers?|gunm[ae]n|sniper|emir)\\b");
    /** Victims told as people, not as fighters: "his daughter was among those killed", "a security guard". */
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:people|persons?|daughters?|sons?|mother|father|wife"
            + "|husband|sisters?|brothers?|security guards?|victims?|mum|dad|baby|toddler|teenagers?|revellers|fans)\\b");

    /** Victims named by their faith, or as the defenceless: "including the Jews", "millions of human beings". */
    private static final Pattern DEFENCELESS = Pattern.compile("(?i)\\b(?:Jews|Christians|Muslims|Yazidis|Copts|Hindus"
            + "|Sikhs|Buddhists|Rohingya|infidels|unbelievers|nonbelievers|non-believers|human beings|handicapped|disabled"
            + "|unarmed)\\b");
    /** Killing words a war also uses ("killed", "annihilated"): civilians or fighters by their victims. */
    private static final Pattern MASS_KILLING = Pattern.compile("(?i)(?:kill|annihilat|exterminat)\\w*");
    private static final Pattern SHOOTING_OR_KILLING = Pattern.compile("(?i)kill\\w*|shot\\b.*|.*shootings?");
    private static final Pattern KILLING = Pattern.compile("(?i)kill\\w*");
    /** Deaths no one inflicted: disease, disaster, accident. */
    private static final Pattern NO_ONE_KILLS = Pattern.compile("(?i)\\b(?:plague|outbreak|virus|disease|epidemic|pandemic"
            + "|ebola|cholera|measles|flu|influenza|infection|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|earthquakes?"
            + "|floods?|flooding|landslides?|mudslides?|avalanches?|wildfires?|blaze|heatwave|crash(?:ed|es)?|overdoses?|drought|famine"
            + "|tsunamis?|volcan\\w*|eruptions?"
            + "|gas (?:explosion|leak|blast))\\b");
    private static final Pattern ACCIDENT = Pattern.compile("(?i)\\baccident(?:s|al|ally)?\\b");

    /** "their battle with the powerful National Rifle Association": a fight that is a figure of speech. */
    /** "their battle with the gun lobby", "Brexit hostilities have been resumed": fights only where arms are about. */
    private static final Pattern FIGURATIVE_UNLESS_ARMED = Pattern.compile("(?i)battl(?:e|es|ed|ing)|fought|hostilities");

    /**
     * False for a battle no one fights with arms: "battle" or "fought" in a sentence with no armed side, no word of
     * war or force other than itself, and no place (a battle for a town names it), in an article naming no armed group.
     */
    static boolean armedFight(String sentenceWithoutTrigger, boolean placeOrWar) {
        return placeOrWar || ARMED.matcher(sentenceWithoutTrigger).find() || CONFLICT.matcher(sentenceWithoutTrigger).find();
    }

    /** Whether the trigger is a fight only where arms are about ({@link #armedFight}): "battle", "fought". */
    static boolean figurativeUnlessArmed(String trigger) {
        return FIGURATIVE_UNLESS_ARMED.matcher(trigger).matches();
    }

    private static final Pattern RHETORICAL_TARGET = Pattern.compile("(?i)assault\\w*|attack\\w*");
    /** An assault on a nation, its freedoms or its way of life, told as "ours". */
    private static final Pattern ASSAULT_ON_US = Pattern.compile("(?i)\\b(?:assault|attack)s?\\s+on\\s+our\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:country|nation|democracy|freedoms?|values|constitution|rights|liberty|culture"
            + "|sovereignty|borders?|way of life|faith|religion|press|speech|history)\\b");

    private EventTypes() {
    }

    /** Whether a sentence speaks of war or force at all. */
    static boolean aboutConflict(String sentence) {
        return CONFLICT.matcher(sentence).find();
    }

    /** Whether a sentence names an armed side (troops, militants, police …). */
    static boolean armedSide(String sentence) {
        return ARMED.matcher(sentence).find();
    }

    /**
     * False for a trigger that here is a figure of speech: "strike" with no weapon or aircraft in its sentence or
     * the one before, "shot down" with no aircraft in its sentence; or no conflict event: a warning, denunciation
     * or defeat in a sentence with no word of war or force ("defeated in the election").
     */
    static boolean literal(String trigger, String sentence, String previous) {
        if (SHOOTING_OR_KILLING.matcher(trigger).matches() && ACCIDENT.matcher(sentence).find()) {
            return false; // "killed in a suspected accidental shooting", "killed in a car accident": no violence
        }
        if (KILLING.matcher(trigger).matches() && NO_ONE_KILLS.matcher(sentence).find() && !ARMED.matcher(sentence).find()
                && !WEAPONS.matcher(sentence).find()) {
            return false; // "the outbreak of plague has killed 97 people", "the hurricane killed dozens": no one's act
        }
        if (RHETORICAL_TARGET.matcher(trigger).matches() && ASSAULT_ON_US.matcher(sentence).find()
                && !ARMED.matcher(sentence).find() && !WEAPONS.matcher(sentence).find()) {
            return false; // "the assault on our country at our Southern Border, including … DRUGS pouring in": rhetoric
        }
        if (ONLY_WHEN_ARMED.matcher(trigger).matches()) {
            return AIRCRAFT.matcher(sentence).find() || AIRCRAFT.matcher(previous).find()
                    || WEAPONS.matcher(sentence).find() || WEAPONS.matcher(previous).find();
        }
        if (ONLY_IN_CONFLICT.matcher(trigger).matches()) {
            return CONFLICT.matcher(sentence).find();
        }
        return !ONLY_WHEN_FLYING.matcher(trigger).matches() || AIRCRAFT.matcher(sentence).find();
    }

    /**
     * @param before   the words of the trigger's clause before it
     * @param personTarget whether the target is a person the article names
     * @param previous the sentence before, whose aircraft still strike ("Israel sent F-16s to strike the airfield.
     *                 … a dozen bases were struck")
     */
    static EventType refine(EventType type, String trigger, String sentence, String before, boolean civilianTarget,
                            boolean personTarget, String previous) {
        java.util.regex.Matcher aircraft = AIRCRAFT_BEFORE.matcher(before);
        if (type == EventType.BATTLE && aircraft.find()
                && !HELPING.matcher(before.substring(0, aircraft.start())).find()) {
            return EventType.AIR_STRIKE;
        }
        if ((type == EventType.SHELLING && REMOTE_WORD.matcher(trigger).matches())
                && (AIRCRAFT.matcher(sentence).find() || AIRCRAFT.matcher(previous).find())) {
            return EventType.AIR_STRIKE;
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("kill")
                && (civilianTarget || CIVILIAN.matcher(sentence).find())) {
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("attack")
                && TERROR_BEFORE.matcher(before).find()) {
            return EventType.ATTACK_ON_CIVILIANS; // "the 9/11 terrorist attacks", "Jihad Terror Attacks"
        }
        if (type == EventType.BATTLE && MASS_KILLING.matcher(trigger).matches() && DEFENCELESS.matcher(sentence).find()
                && !COMBATANT.matcher(sentence).find()) {
            // "captured Tlemcen and killed all those who were in it, including the Jews", "they annihilated millions
            // of human beings": people killed for their faith, or the defenceless, are civilians
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && MASS_KILLING.matcher(trigger).matches()
                && (personTarget || ONE_PERSON.matcher(sentence).find() || PEOPLE.matcher(sentence).find())
                && (!ARMED.matcher(sentence).find() || personTarget && !COMBATANT.matcher(sentence).find())
                && !CONFLICT_BESIDES_KILLING.matcher(sentence).find()) {
            // "Tudor Simionov was killed when he tried to stop a gang": a person killed, no armed side or war about
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("shot")
                && (ONE_PERSON.matcher(sentence).find() || PEOPLE.matcher(sentence).find() || personTarget)
                && !ARMED.matcher(sentence).find()) {
            return EventType.ATTACK_ON_CIVILIANS; // "a woman was shot in a nightclub", "four people were shot dead"
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("attack")
                && ONE_PERSON.matcher(sentence).find() && !ARMED.matcher(sentence).find()) {
            // "he was attacked by a 19-year-old man, who hit him": a street attack on a person, no armed side about
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && civilianTarget) {
            return EventType.ATTACK_ON_CIVILIANS;
        }
        if (type == EventType.BATTLE && trigger.toLowerCase(java.util.Locale.ROOT).startsWith("crush")
                && PROTEST_CRUSHED.matcher(before).find()) {
            return EventType.ATTACK_ON_CIVILIANS; // "the recent protests, crushed with ruthlessness by the IRGC"
        }
        return type;
    }

    /** "terrorist", "terror", "jihad", "9/11" right before an attack: violence aimed at civilians. */
    private static final Pattern TERROR_BEFORE = Pattern.compile(
            "(?i)\\b(?:terror(?:ist)?|jihad(?:ist)?|9/11|9-11)\\s+(?:(?:jihad|terror(?:ist)?)\\s+)?$");

    /** Protests named just before a participle that crushes them. */
    private static final java.util.regex.Pattern PROTEST_CRUSHED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:protests?|demonstrations?|protesters|demonstrators|uprising)\\b"
                    + "(?:\\s+(?:in|across|throughout)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)?,?\\s+(?:(?:were|was|being|been|that|which"
                    + "|\\w+ly)\\s+){0,2}$");
}
