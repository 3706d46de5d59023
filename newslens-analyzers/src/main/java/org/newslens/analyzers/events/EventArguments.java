package org.newslens.analyzers.events;

import org.newslens.analyzers.text.Datelines;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EventType;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an event's actor, target and place among the participants of its sentence, by the shape of
 * the clause around the trigger: subject before an active verb, "by ..." after a passive one or a
 * noun, a nationality or possessor before a noun ("Russian air strikes", "Assad's bombardment"),
 * objects and "on/against ..." for the target, locative prepositions for the place.
 */
final class EventArguments {

    /** What was found, with the words that show how. */
    record Found(Participant actor, Participant target, Participant location, Participant country, String how) {
    }

    // ("was among those killed": a participle after "those" is passive too)
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i).*\\b(?:was|were|been|being|is|are|be|get|got|gets"
            + "|those)\\s+(?:\\w+ly\\s+)?$", Pattern.DOTALL);
    private static final Pattern INFINITIVE_CLAUSE = Pattern.compile("(?i)\\s*(?:not\\s+)?to\\s+(?-i:\\p{Ll})");
    private static final Pattern PARTICIPLE_ONLY = Pattern.compile("(?i)(?:driven|taken|retaken|beaten)\\b");
    private static final Pattern PERFECT_BEFORE = Pattern.compile("(?i).*\\b(?:have|has|had|having)\\s+(?:\\w+ly\\s+)?$",
            Pattern.DOTALL);
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i).*(?:\\b(?:the|a|an|its|their|his|her|our|this|these|those|"
            + "any|every|new|further|latest|first|last|major|renewed|fresh|heavy|fierce|\\d+)|'s|’s)\\s+$", Pattern.DOTALL);
    /** "with his announcement", "their new offensive": a possessive pronoun before the noun, its adjectives between. */
    private static final Pattern POSSESSIVE_PRONOUN_BEFORE = Pattern.compile("(?is).*\\b(?:his|her|its|their)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}$");
    /** "talks with Syrian President Bashar Assad": the other side of talks, titles between. */
    private static final Pattern COUNTERPART_BEFORE = Pattern.compile("(?i)\\s+with\\s+(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,3}");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i).*\\bby\\s+(?:the\\s+|its\\s+|their\\s+)?$", Pattern.DOTALL);
    private static final Pattern BACKER_BEFORE = Pattern.compile("(?i).*\\b(?:backed|supported|aided|helped|assisted|"
            + "allied|along|together|accompanied)\\s+(?:by|with)\\s+(?:the\\s+)?$|.*\\bwith\\s+(?:the\\s+)?(?:help|support|backing)\\s+of\\s+(?:the\\s+)?$|.*\\b(?:and|with)\\s+$",
            Pattern.DOTALL);
    /** "by X" right after the trigger, or after a participle: "an agreement brokered by Russia". */
    /** Before the one who acts after a passive or a noun: "by", or "at the hands of" ("defeats at the hands of X"). */
    private static final Pattern AGENT_GAP = Pattern.compile("(?i)\\s*(?:with\\s+(?:[\\p{L}-]+\\s+){1,3}|(?:[\\p{L}-]+\\s+){0,2})"
            + "(?:by|at\\s+the\\s+hands\\s+of)\\s+"
            + "(?:the\\s+|its\\s+|their\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.]*\\s+)?"); // "by King Abdullah": a title first
    /** "deployed by President Trump": nothing but "by" between a participle and the one who acts. */
    private static final Pattern BY_RIGHT_AFTER = Pattern.compile("(?i)"
            // "crushed with extreme ruthlessness by the Revolutionary Guards": a manner phrase may come between
            + "(?:\\s+with\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)?"
            + "\\s+by\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}.]+\\s+)?");
    /** An object right after a verb: a few modifiers, no preposition. */
    private static final Pattern OBJECT_GAP = Pattern.compile("(?i)\\s*(?:(?:the|a|an|its|their|some|all|last|remaining|"
            + "several|dozens of|hundreds of|thousands of|\\d[\\d,]*)\\s+){0,3}");
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i).*\\b(?:will|would|to|have|has|had|did|do|does|could|"
            + "can|may|might|must|they|it|he|she|we|who|which|also|then|not|never|reportedly|allegedly)\\s+$", Pattern.DOTALL);
    /** Before an "-ing" trigger used as a verb: a progressive's auxiliary ("are negotiating"). */
    private static final Pattern PROGRESSIVE_BEFORE = Pattern.compile("(?is).*\\b(?:is|are|was|were|been|be|"
            + "keeps?|kept|continues?|continued|began|begun|begins?|started|starts?)(?:\\s+\\w+ly)?\\s*$");
    /** The start of an object: after ", capturing" it makes the "-ing" word a participle with an object. */
    private static final Pattern OBJECT_AFTER = Pattern.compile("(?i)\\s+(?:the|a|an|one|two|three|several|dozens|"
            + "hundreds|most|more|much|all|some|parts?|its|their|his|her|large|key|\\d)\\b");
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?i).*\\b(?:on|against|targeting|at|from)\\s+(?:the\\s+)?"
            + "(?:\\w+\\s+){0,2}$", Pattern.DOTALL);
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i).*\\b(?:in|of|near|on|at|from|across|around|into|"
            + "inside|outside|over|through|throughout|north|south|east|west|northern|southern|eastern|western|central|"
            + "countryside|outskirts|city|town|towns|village|villages|province|district|districts|neighbourhoods?|"
            + "neighborhoods?|areas?|parts?)\\s+(?:of\\s+)?(?:the\\s+)?$", Pattern.DOTALL);
    /** A participle of another act right before the place: "celebrated in Moscow", "a deal signed in Astana". */
    private static final Pattern OTHER_ACT_BEFORE = Pattern.compile("(?is).*\\b(?:celebrated|held|based|born|"
            + "headquartered|hosted|convened|published|broadcast|filmed|recorded|interviewed|trained|educated|"
            + "celebrating|hosting)\\s+(?:in|at)\\s+(?:the\\s+)?$");
    /** A noun trigger inside the clause's own action: "... drove them out in an offensive". */
    private static final Pattern IN_THE_COURSE_OF = Pattern.compile("(?is).*\\S.*\\b(?:in|during)\\s+(?:a|an|the|their|its)"
            + "\\s+(?:[\\p{L}-]+\\s+)?$");
    /** A pronoun object right after a verb trigger or inside it ("drove them out"). */
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?i)^\\S+\\s+them\\b");
    /** "the U.S.-backed Syrian Democratic Forces": the backer named in the modifier is not the subject. */
    private static final Pattern BACKER_PREFIX = Pattern.compile("(?i)[-‐–]\\s?(?:backed|led|supported|sponsored|allied|"
            + "trained|armed|funded|aligned|affiliated)\\b");
    /** Between a subject and its verb: an auxiliary or an adverb at most ("Damascus has declared"). */
    private static final Pattern RIGHT_BEFORE_VERB = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:(?:has|have|had|was|were|is|"
            + "are|will|would|could|also|then|later|reportedly|allegedly|\\w+ly)\\s+){0,2}");
    private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i).*\\b(?:to|towards|toward|for)\\s+(?:the\\s+)?"
            + "(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?\\s+)?$", Pattern.DOTALL); // "to the eastern Mediterranean"
    private static final Pattern WHOSE = Pattern.compile("(?i)\\bwhose\\b");
    /** The relative pronoun that ends the words between a name and a relative clause. */
    private static final Pattern FINAL_RELATIVE = Pattern.compile("(?i)\\b(?:who|which|whom|whose)\\s*$");
    /** An appositive after the name: "Douglas Haig, an Arizona man who …", "Rombot, part of a wave of … who". */
    private static final Pattern APPOSITIVE = Pattern.compile("(?i)\\s*,\\s*(?:(?!\\b(?:who|which|that|when|while|after"
            + "|before|because|and|but)\\b)[^,;:.!?—–]){1,60}");

    /**
     * Whether the relative clause belongs to the name before it: right after it, or after its appositive; not
     * "the police who tackled the man who stabbed …" nor "May, who … banned us …, to satiate savages who threatened".
     */
    private static boolean antecedentOfRelative(String between) {
        String gap = FINAL_RELATIVE.matcher(between).replaceFirst("");
        return gap.isBlank() || APPOSITIVE.matcher(gap).matches();
    }
    /** "Nikolas Cruz, 19, has been charged in the attack": the one charged over an attack is its actor. */
    private static final Pattern CHARGED_OVER = Pattern.compile("(?is).*\\b(?:is|are|was|were|been|be)\\s+(?:\\w+ly\\s+)?"
            + "(?:charged|indicted|convicted|sentenced|jailed|arrested|prosecuted|tried)\\s+(?:in|over|with|for)\\s+"
            + "(?:carrying out\\s+)?(?:the|a|an|his|her|their)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}$");
    private static final Pattern LIGHT_VERB_BETWEEN = Pattern.compile("(?i).*\\b(?:complet\\w*|launch\\w*|began|begun|begin\\w*|"
            + "start\\w*|carr\\w* out|conduct\\w*|resum\\w*|continu\\w*|mount\\w*|stag\\w*|intensif\\w*|step\\w* up|"
            + "ordered|led|lead\\w*|made|make\\w*|announc\\w*|reach\\w*|sign\\w*|agree\\w*|accept\\w*|broker\\w*|"
            + "held|hold\\w*|join\\w*|declar\\w*|implement\\w*|end\\w*|broke|break\\w*|violat\\w*)\\b.*", Pattern.DOTALL);
    private static final Pattern OWN_FORCES = Pattern.compile("(?i)\\s*(?:its|their)\\s+(?:own\\s+)?(?:aircraft|warplanes|jets|"
            + "planes|troops|forces|soldiers|fighters|units|army|artillery|drones|helicopters|navy|military)\\b.*", Pattern.DOTALL);
    private static final Pattern LOST = Pattern.compile("(?i)lost");
    /** "lost Palmyra to Syrian government forces": what comes after "to" won it. */
    private static final Pattern LOST_TO = Pattern.compile("(?is)\\s+\\S.*\\bto\\s+(?:the\\s+)?$");
    private static final Pattern LEFT_FROM = Pattern.compile("(?is).*\\b(?:from|out\\s+of)\\s+(?:the\\s+)?$");
    private static final Pattern ORIGIN_BEFORE = Pattern.compile("(?is).*\\bfrom\\s+(?:the\\s+)?$");
    private static final Pattern INTO_BEFORE = Pattern.compile("(?is).*\\b(?:into|to|for)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?$");
    /** "attacked U.S. diplomats": a country name standing before the noun it describes. */
    private static final Pattern ADJECTIVAL_USE = Pattern.compile("\\s+(?!(?:and|or|to|in|on|at|with|from|for|again|last|"
            + "this|since|after|before|by|as|which|that|who|but|over|during|into|until|while|when|if|once|twice|"
            + "itself|directly|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
            + "do|remains?|seems?)\\b)\\p{Ll}");
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("(?i)\\s*(?:then\\s+|later\\s+|also\\s+)?(?:were|was|had|have|"
            + "has|is|are|then|later|started|began|continued)\\b.*", Pattern.DOTALL);
    /** "While Israel stayed out of the war, it has bombed ...": the pronoun is the clause before's subject. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?is)\\s*(?:it|they|he|she)\\s.*");
    /** "a war that has killed ...": "that" right before an auxiliary opens a relative clause, not a reported one. */
    private static final Pattern THAT_BEFORE = Pattern.compile("(?is).*\\sthat\\s*$");
    private static final Pattern IN_COUNTRY = Pattern.compile("(?is).*\\b(?:in|inside|across|into|throughout|within|"
            + "all over)\\s+(?:the\\s+|northern\\s+|southern\\s+|eastern\\s+|western\\s+|central\\s+)?$");
    private static final Pattern NON_ACTOR_GAP = Pattern.compile("(?i).*\\b(?:of|in|on|at|near|into|across|to|from)\\b.*",
            Pattern.DOTALL);

    private final String text;
    private final java.util.function.UnaryOperator<Participant> forcesOf;

    /** @param forcesOf a government's armed forces, or the participant itself */
    EventArguments(String text, java.util.function.UnaryOperator<Participant> forcesOf) {
        this.text = text;
        this.forcesOf = forcesOf;
    }

    Found find(EventTriggers.Found trigger, CharSpan clause, CharSpan sentence, List<Participant> participants,
               boolean relativeClause) {
        CharSpan t = trigger.span();
        String before = text.substring(clause.start(), t.start());
        // "are advancing" is a progressive, not a passive: the subject is the actor.
        boolean progressive = t.of(text).matches("(?i)\\p{L}+ing\\b.*");
        // "have seen rebels driven from the city": a participle that is never a past tense, without "have", is passive.
        boolean reducedPassive = PARTICIPLE_ONLY.matcher(t.of(text)).lookingAt() && !PERFECT_BEFORE.matcher(before).matches();
        // "it was agreed": a trigger that holds its own auxiliary.
        boolean passiveTrigger = t.of(text).matches("(?i)(?:was|were|been)\\s+\\p{L}+ed\\b.*");
        // "troops arrived at the border, deployed by President Trump": a past form with "by" and an actor right after it.
        boolean agentRightAfter = t.of(text).matches("(?i).*\\p{L}ed") && participants.stream()
                .anyMatch(p -> p.actorLike() && p.span().start() >= t.end() && p.span().end() <= clause.end()
                        && BY_RIGHT_AFTER.matcher(text.substring(t.end(), p.span().start())).matches());
        boolean passive = trigger.form() != EventTriggers.Form.NOUN && !progressive
                && (PASSIVE_BEFORE.matcher(before).matches() || reducedPassive || passiveTrigger || agentRightAfter);
        boolean noun = trigger.form() == EventTriggers.Form.NOUN
                || (trigger.form() == EventTriggers.Form.EITHER && nounUse(t, before, clause, participants));
        StringBuilder how = new StringBuilder(passive ? "passive" : noun ? "noun" : "active");
        List<Participant> left = participants.stream()
                .filter(p -> p.span().start() >= clause.start() && p.span().end() <= t.start()).toList();
        List<Participant> right = participants.stream()
                .filter(p -> p.span().start() >= t.end() && p.span().end() <= clause.end()).toList();

        Participant actor = null;
        Participant target = null;
        // "…, and to contain ISIS, not to eliminate them": an infinitive clause has no subject of its own.
        // ("To deal with the threat the US has deployed troops" opens a sentence with its purpose: not such a clause.)
        boolean infinitive = clause.start() > sentence.start()
                && INFINITIVE_CLAUSE.matcher(text).region(clause.start(), t.start()).lookingAt();
        Participant subject = infinitive ? null : subject(left, clause);
        if (subject == null && relativeClause) {
            Participant antecedent = nearestBefore(participants, clause.start(), sentence.start());
            // "the police who tackled the Islamist who stabbed three people": an unnamed noun stands between
            // ("The war in Yemen, which has killed …": the war kills; the country after "in" is its place)
            boolean placeOfNoun = antecedent != null && antecedent.country() && LOCATIVE_BEFORE.matcher(
                    text.substring(Math.max(sentence.start(), antecedent.span().start() - 12), antecedent.span().start()))
                    .matches();
            subject = antecedent != null && !placeOfNoun
                    && antecedentOfRelative(text.substring(antecedent.span().end(), clause.start())) ? antecedent : null;
        }
        if (subject == null && OWN_FORCES.matcher(before).matches()) {
            // "Russia's defence ministry said its aircraft had struck": the forces of whoever "its" points back to.
            Participant owner = nearestBefore(participants, clause.start(), sentence.start());
            if (owner != null) {
                subject = forcesOf.apply(owner);
                how.append(", \"its\" forces of ").append(owner.name());
            }
        }
        boolean thatRelative = subject == null && ELIDED_SUBJECT.matcher(before).matches()
                && THAT_BEFORE.matcher(text.substring(Math.max(0, clause.start() - 8), clause.start())).matches();
        if (thatRelative) {
            // Its subject is the noun right before "that" — an actor only if a participant ends there.
            int that = text.lastIndexOf("that", clause.start());
            subject = participants.stream().filter(p -> p.span().end() <= that
                    && text.substring(p.span().end(), that).isBlank()).findFirst().orElse(null);
            how.append(", relative \"that\"");
        }
        if (subject == null && !thatRelative
                && (ELIDED_SUBJECT.matcher(before).matches() || PRONOUN_SUBJECT.matcher(before).matches())) {
            // "Iraqi units advanced ..., but were forced to pull back": the subject of the clause before
            // (after a dateline: "MOSUL, Iraq — Iraqi army units advanced …" is not about Iraq the country).
            int dateline = Datelines.end(text, sentence.start(), clause.start());
            int from = dateline >= 0 ? dateline : sentence.start();
            Participant earlier = subject(participants.stream()
                    .filter(p -> p.span().start() >= from && p.span().end() <= clause.start()).toList(),
                    new CharSpan(from, clause.start()));
            if (earlier != null) {
                subject = earlier;
                how.append(", subject of the clause before");
            }
        }
        Participant agent = right.stream().filter(Participant::actorLike)
                .filter(p -> AGENT_GAP.matcher(text.substring(t.end(), p.span().start())).matches())
                .findFirst().orElse(null);
        if (passive && trigger.type() == EventType.DEPLOYMENT) {
            // "troops were deployed to the border (by X)": the forces sent are the deploying side, never its target.
            actor = agent != null ? agent : subject;
            how.append(agent != null ? ", actor after \"by\"" : subject != null ? ", the forces sent" : "");
        } else if (passive) {
            actor = agent;
            // "in Vienna it was agreed that …": an empty "it", not a name before it, is the subject.
            target = passiveTrigger && before.matches("(?is).*\\bit\\s+$") ? null : subject;
            if (target != null && target.span().end() <= t.start()
                    && WHOSE.matcher(text.substring(target.span().end(), t.start())).find()) {
                target = null; // "Ryan Petty, whose daughter was among those killed": the daughter, not Petty
            }
            how.append(agent != null ? ", actor after \"by\"" : "");
        } else if (noun) {
            Participant modifier = modifierOf(left, t);
            if (agent != null) {
                actor = agent;
                how.append(", actor after \"by\"");
            } else if (modifier != null && trigger.type() == EventType.ATTACK_ON_CIVILIANS
                    && modifier.type() == org.newslens.core.model.EntityType.PERSON
                    && text.substring(modifier.span().end(), t.start()).isBlank()) {
                target = modifier; // "the Campos shooting", "the Kate Steinle killing": the person it struck
                how.append(", the person named before the noun is its victim");
            } else if (modifier != null && !(modifier.place() && trigger.type() == EventType.NEGOTIATION)) {
                // (not "the Singapore summit": the place talks are held at, not a side in them)
                actor = modifier;
                how.append(", actor before the noun");
            } else if (subject != null && subject.type() == org.newslens.core.model.EntityType.PERSON
                    && subject.span().end() <= t.start()
                    && CHARGED_OVER.matcher(text.substring(subject.span().end(), t.start())).matches()) {
                actor = subject;
                how.append(", actor is the one charged over it");
            } else if (subject != null && LIGHT_VERB_BETWEEN.matcher(text.substring(subject.span().end(), t.start())).matches()) {
                actor = subject;
                how.append(", actor is the subject");
            } else if (subject != null && POSSESSIVE_PRONOUN_BEFORE.matcher(before).matches()
                    && subject.span().end() <= t.start() && subject.actorLike() && !subject.place()) {
                actor = subject; // "Trump has called Iran's bluff with his announcement": his is the subject's
                how.append(", \"his/its\" is the subject");
            } else if (subject != null && trigger.type() == EventType.NEGOTIATION && subject.actorLike()
                    && !subject.place() && subject.span().end() <= t.start()) {
                actor = subject; // "Bagheri landed in Damascus for talks with Assad": the subject holds the talks
                how.append(", actor is the subject");
            } else if (subject != null && IN_THE_COURSE_OF.matcher(before).matches()
                    && subject.span().start() >= clause.start() // a relative clause's subject stands before it
                    && text.substring(clause.start(), subject.span().start()).matches("(?i)\\s*(?:the\\s+)?")) {
                actor = subject; // "X drove them out in an offensive": X's offensive
                how.append(", actor is the subject");
            }
            Participant victimBefore = target;
            target = right.stream().filter(Participant::actorLike).filter(p -> p != agent)
                    .filter(p -> TARGET_BEFORE.matcher(text.substring(t.end(), p.span().start())).matches()
                            || trigger.type() == EventType.NEGOTIATION && !p.place()
                            && COUNTERPART_BEFORE.matcher(text.substring(t.end(), p.span().start())).matches())
                    .findFirst().orElse(victimBefore);
        } else {
            actor = subject;
            Participant adjacent = left.isEmpty() ? null : left.get(left.size() - 1);
            if (adjacent != null && adjacent != subject && adjacent.actorLike() && !adjacent.place()
                    && (adjacent.id() != null || subject == null)
                    && RIGHT_BEFORE_VERB.matcher(text.substring(adjacent.span().end(), t.start())).matches()
                    && !BACKER_BEFORE.matcher(text.substring(clause.start(), adjacent.span().start())).matches()) {
                // "This U.S. plan ..., Damascus declared": the name right before the verb is its subject.
                actor = adjacent;
                how.append(", actor right before the verb");
            }
            Participant passiveAgent = progressive && before.stripTrailing().endsWith(",") ? agentBefore(left) : null;
            if (passiveAgent != null) {
                // "HQs were taken over by Al-Nusra in Idlib, expelling their members": whoever took them over expels.
                actor = passiveAgent;
                how.append(", actor of the passive before the participle");
            }
            Participant infinitiveSubject = left.isEmpty() ? null : left.get(left.size() - 1);
            if (infinitiveSubject != null && infinitiveSubject.actorLike()
                    && text.substring(infinitiveSubject.span().end(), t.start()).matches("\\s+to\\s+(?:be\\s+)?")) {
                // "forced the jihadists to retreat": who retreats is the one named before "to".
                actor = infinitiveSubject;
                how.append(", actor before \"to\"");
            } else if (actor != null) {
                how.append(", actor is the subject");
            }
            target = right.stream().filter(Participant::actorLike).filter(p -> !p.country() || !takesPlace(trigger.type()))
                    .filter(p -> OBJECT_GAP.matcher(text.substring(t.end(), p.span().start())).matches()
                            || TARGET_BEFORE.matcher(text.substring(t.end(), p.span().start())).matches())
                    .findFirst().orElse(null);
        }
        if (target == null && !passive && OBJECT_PRONOUN.matcher(t.of(text) + text.substring(t.end(),
                Math.min(clause.end(), t.end() + 6))).find()) {
            // "drove them out", "captured it": who "them" are, the nearest actor named before the clause.
            Participant antecedent = named(nearestBefore(participants, clause.start(), sentence.start()), participants);
            // (one person is never "them")
            if (antecedent != null && (actor == null || !sameActor(antecedent, actor)) && !antecedent.place()
                    && antecedent.type() != org.newslens.core.model.EntityType.PERSON) {
                target = antecedent;
                how.append(", target \"them\" is ").append(antecedent.name());
            }
        }
        if (target != null && actor != null && sameActor(target, actor)) {
            target = null;
        }
        if (target != null && target.place() && !target.country()) {
            target = null;
        }
        if (trigger.type() == EventType.TERRITORY_CAPTURED && LOST.matcher(t.of(text)).matches()) {
            // "the militants lost Palmyra to government forces": the loser is the target, the one it went to the actor
            Participant winner = right.stream().filter(p -> p.actorLike() && !p.place() && LOST_TO.matcher(
                    text.substring(t.end(), p.span().start())).matches()).findFirst().orElse(null);
            target = actor;
            actor = winner;
            how.append(", lost to ").append(winner == null ? "nobody named" : winner.name());
        }
        Participant location = location(trigger, clause, sentence, left, right, participants, noun);
        Participant country = null;
        boolean countryTaken = location != null && actedOn(trigger, location, noun);
        // "withdrew the last troops from Iraq": the country left is where the withdrawal happens.
        countryTaken |= location != null && location.country() && moves(trigger.type()) && LEFT_FROM.matcher(
                text.substring(Math.max(clause.start(), location.span().start() - 12), location.span().start())).matches();
        // "sent 200 marines to Syria": the country a deployment goes to is where it happens.
        countryTaken |= location != null && location.country() && trigger.type() == EventType.DEPLOYMENT
                && DESTINATION_BEFORE.matcher(text.substring(Math.max(clause.start(), location.span().start() - 12),
                location.span().start())).matches();
        if (location != null && location.country() && !countryTaken && !IN_COUNTRY.matcher(
                text.substring(Math.max(clause.start(), location.span().start() - 25), location.span().start())).matches()) {
            // A country named without "in/inside/across" is a fallback: the paragraph's or the article's place
            // says more. "... bombed convoys inside Syria" is located in Syria.
            country = location;
            location = null;
        }
        if (location != null && (location == actor || location == target) && !countryTaken) {
            location = location.country() ? null : location;
        }
        return new Found(actor, target, location, country, how.toString());
    }

    /**
     * Whether a word that can be verb or noun ("attack", "advance") is used as a noun: verb after a
     * modal, auxiliary, pronoun or its subject, or when inflected "-ed"; noun otherwise.
     */
    private boolean nounUse(CharSpan t, String before, CharSpan clause, List<Participant> participants) {
        String word = t.of(text).toLowerCase(java.util.Locale.ROOT);
        if (NOUN_BEFORE.matcher(before).matches()) {
            return false == word.endsWith("ed") || before.strip().endsWith("'s") || before.strip().endsWith("’s");
        }
        if (word.endsWith("ed") || VERB_BEFORE.matcher(before).matches()) {
            return false;
        }
        if (word.endsWith("ing") && PROGRESSIVE_BEFORE.matcher(before).matches()) {
            return false; // "are negotiating"
        }
        if (word.endsWith("ing") && before.stripTrailing().endsWith(",") && OBJECT_AFTER.matcher(
                text.substring(t.end(), Math.min(clause.end(), t.end() + 40))).lookingAt()) {
            return false; // "advancing steadily, liberating one district after another" (not "clashes, shelling and ...")
        }
        boolean subjectRightBefore = participants.stream().anyMatch(p -> p.actorLike() && p.span().end() <= t.start()
                && p.span().start() >= clause.start() && text.substring(p.span().end(), t.start()).isBlank());
        return !(subjectRightBefore && (word.endsWith("s") || word.endsWith("e")));
    }

    /** The clause's subject: its first actor-like participant that is not a backer ("backed by Russia"). */
    private Participant subject(List<Participant> left, CharSpan clause) {
        for (int i = 0; i < left.size(); i++) {
            Participant p = left.get(i);
            // "UN envoy Staffan de Mistura": the title's organisation is not the subject, the person is.
            if (i + 1 < left.size() && text.substring(p.span().end(), left.get(i + 1).span().start())
                    .matches("\\s*(?:[\\p{Ll}-]+\\s+){0,2}") && left.get(i + 1).type() == org.newslens.core.model.EntityType.PERSON) {
                continue;
            }
            String lead = text.substring(clause.start(), p.span().start());
            if (!p.actorLike() || BACKER_BEFORE.matcher(lead).matches() || parenthesised(p)
                    || BACKER_PREFIX.matcher(text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 12)))
                    .lookingAt()) {
                continue;
            }
            if (p.country() && LOCATIVE_BEFORE.matcher(lead).matches()) {
                continue;
            }
            boolean quantity = lead.matches("(?is).*\\b(?:dozens|hundreds|thousands|scores|many|some|most|all|several|"
                    + "members|groups?|units?|\\d[\\d,]*)\\s+of\\s+(?:the\\s+)?$");
            if (!quantity && lead.matches("(?is).*\\b(?:of|in|from|near|at|into|to|by)\\s+(?:the\\s+)?$")) {
                continue;
            }
            return p;
        }
        return null;
    }

    /** "Islamic State militants": the named group, not the generic word after it. */
    private Participant named(Participant p, List<Participant> participants) {
        if (p == null || p.id() != null) {
            return p;
        }
        return participants.stream().filter(q -> q.id() != null && q.actorLike() && q.span().end() <= p.span().start()
                        && text.substring(q.span().end(), p.span().start()).isBlank())
                .findFirst().orElse(p);
    }

    private static Participant nearestBefore(List<Participant> participants, int before, int notBefore) {
        return participants.stream()
                .filter(p -> p.actorLike() && p.span().end() <= before && p.span().start() >= notBefore)
                .max(Comparator.comparingInt(p -> p.span().end())).orElse(null);
    }

    /** "(Reuters) De Mistura announced": a dateline or aside in brackets is not the subject. */
    private boolean parenthesised(Participant p) {
        return p.span().start() > 0 && p.span().end() < text.length() && text.charAt(p.span().start() - 1) == '('
                && text.charAt(p.span().end()) == ')';
    }

    /** A participant right before a noun trigger, with only modifiers between ("Russian air strikes", "regime's"). */
    private Participant modifierOf(List<Participant> left, CharSpan trigger) {
        for (int i = left.size() - 1; i >= 0; i--) {
            Participant p = left.get(i);
            String gap = text.substring(p.span().end(), trigger.start());
            if (gap.length() > 30 || NON_ACTOR_GAP.matcher(gap).matches()) {
                return null;
            }
            if (p.actorLike() && gap.matches("(?s)(?:'s|’s|-led|-backed)?\\s*(?:[\\p{L}-]+\\s+){0,2}")) {
                return p;
            }
        }
        return null;
    }

    /** Events whose object is a place rather than a party ("captured Nubl", "besieged Aleppo"). */
    private static boolean takesPlace(EventType type) {
        return type == EventType.TERRITORY_CAPTURED || type == EventType.SIEGE || type == EventType.EVACUATION
                || type == EventType.WITHDRAWAL || type == EventType.DEPLOYMENT || type == EventType.BATTLE;
    }

    private static boolean isFacility(Participant p) {
        return p.geo() != null && "facility".equals(p.geo().kind());
    }

    private static boolean moves(EventType type) {
        return type == EventType.EVACUATION || type == EventType.WITHDRAWAL;
    }

    /** "liberate Syria", "bombed Syria", "the invasion of Iraq": the country acted on is where it happens. */
    private static final Pattern SUMMIT = Pattern.compile("(?i)summits?");

    private boolean actedOn(EventTriggers.Found found, Participant place, boolean noun) {
        CharSpan trigger = found.span();
        if (found.type() == EventType.NEGOTIATION && place.country() && place.span().end() <= trigger.start()
                && SUMMIT.matcher(trigger.of(text)).matches() && text.substring(place.span().end(), trigger.start()).isBlank()) {
            return true; // "the Singapore summit" is held there; "the Syria peace talks" are about Syria, in Geneva
        }
        return place.country() && place.span().start() >= trigger.end() && found.type() != EventType.STATEMENT
                && !ADJECTIVAL_USE.matcher(text).region(place.span().end(), text.length()).lookingAt()
                && text.substring(trigger.end(), place.span().start()).matches(noun ? "\\s+of\\s+(?:the\\s+)?"
                : "\\s*(?:the\\s+)?");
    }

    private static final int ACTED_ON_COUNTRY = 8;

    private Participant location(EventTriggers.Found trigger, CharSpan clause, CharSpan sentence, List<Participant> left,
                                 List<Participant> right, List<Participant> all, boolean noun) {
        CharSpan t = trigger.span();
        Participant best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Participant p : right) {
            if (!p.place()) {
                continue;
            }
            String gap = text.substring(t.end(), p.span().start());
            if (OTHER_ACT_BEFORE.matcher(gap).matches()) {
                continue; // "an offensive celebrated in Moscow": where something else happened
            }
            int rank;
            if (trigger.type() == EventType.ARMS_TRANSFER) {
                // "weaponry was transported from Black Sea ports … into Southern Syria": where the arms go.
                rank = ORIGIN_BEFORE.matcher(gap).matches() ? 45 : INTO_BEFORE.matcher(gap).matches() ? 10 : 30;
            } else if (DESTINATION_BEFORE.matcher(gap).matches()) {
                // "buses to Idlib": where they go, not where the evacuation happens; "sent troops to Syria" is.
                // "sent special forces, helicopters and fighters to Kuweires": a deployment's object may be long.
                if (moves(trigger.type()) || gap.strip().split("\\s+").length
                        > (trigger.type() == EventType.DEPLOYMENT ? 8 : 3)) {
                    continue;
                }
                // "forces to be redeployed to Ghouta": a deployment is where the forces go.
                rank = trigger.type() == EventType.DEPLOYMENT ? 5 : 40;
            } else if (LOCATIVE_BEFORE.matcher(gap).matches() || gap.isBlank()
                    || ((takesPlace(trigger.type()) || isFacility(p))
                    && gap.matches("(?is)\\s*(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}"))) {
                // "captured Nubl", "struck the Shayrat airbase": the object is where it happens
                rank = 10;
            } else {
                rank = 30;
            }
            rank += p.country() ? 25 : 0;
            if (p.country() && actedOn(trigger, p, noun)) {
                // "Cromwell invaded Ireland …, massacring … in the Siege of Drogheda", "the invasion of Iraq": the
                // country acted on is where it happens, before a town the sentence names for something else
                // ("struck Syria's Shayrat airbase": a country before a noun is no object, the airbase is the place)
                rank = ACTED_ON_COUNTRY;
            }
            // a facility before the town it lies near ("struck the Shayrat airbase near Homs"), a town before a region
            rank += isFacility(p) ? -1
                    : p.geo() != null && "city".equals(p.geo().kind()) ? 0 : 1;
            rank += p.vague() ? 20 : 0; // a place with a point in a country before one without ("Black Sea ports")
            if (rank < bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        for (Participant p : left) {
            if (!p.place()) {
                continue;
            }
            String lead = text.substring(clause.start(), p.span().start());
            // "the southern Idlib offensive": a place naming the noun trigger is where it is.
            boolean modifier = text.substring(p.span().end(), t.start()).matches("(?:'s|’s)?\\s*");
            if (modifier && p.country() && !SUMMIT.matcher(t.of(text)).matches()) {
                continue; // "a US invasion of North Korea": the country before the noun acts; the Singapore summit is there
            }
            int rank = (modifier ? 5 : LOCATIVE_BEFORE.matcher(lead).matches() ? 15 : 20) + (p.country() ? 25 : 0);
            if (rank < bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        if (best != null && (!best.country() || actedOn(trigger, best, noun))) {
            return best;
        }
        // Nothing precise in the clause: the closest specific place earlier in the sentence ("In Aleppo, ...");
        // places later in the sentence belong to other clauses ("The advance came as talks in Geneva stalled").
        Participant closest = all.stream()
                .filter(p -> p.place() && !p.country() && sentence.contains(p.span()) && p.span().end() <= t.start())
                .filter(p -> !moves(trigger.type()) || !DESTINATION_BEFORE.matcher(
                        text.substring(Math.max(sentence.start(), p.span().start() - 12), p.span().start())).matches())
                .min(Comparator.comparingInt(p -> Math.abs(p.span().start() - t.start()))).orElse(null);
        return closest != null ? closest : best;
    }

    /** The last actor named after a passive verb and "by" ("were taken over by Al-Nusra"), or null. */
    private Participant agentBefore(List<Participant> left) {
        for (int i = left.size() - 1; i >= 0; i--) {
            Participant p = left.get(i);
            if (p.actorLike() && !p.place() && PASSIVE_BY_BEFORE.matcher(
                    text.substring(Math.max(0, p.span().start() - 60), p.span().start())).matches()) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern PASSIVE_BY_BEFORE = Pattern.compile(
            "(?is).*\\b(?:was|were|been|being|is|are)\\s+(?:\\w+ly\\s+)?\\p{L}+(?:\\s+(?:over|out|off|up|back))?\\s+by\\s+(?:the\\s+)?$");

    static boolean sameActor(Participant a, Participant b) {
        if (a.id() != null && b.id() != null) {
            return a.id().equals(b.id());
        }
        return a.id() == null && b.id() == null && a.name().equals(b.name());
    }
}
