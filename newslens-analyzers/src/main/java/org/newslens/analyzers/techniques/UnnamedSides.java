package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;

/**
 * The sides of a war that an article names only by what it calls them: "US-supported terrorists",
 * "moderate rebels", "jihadists", "regime forces". Which of these words a writer picks for the same
 * unnamed fighters is the framing an analyst compares across outlets, so each side becomes an actor
 * of its own for framing, with every such phrase as a mention. Stateless.
 */
final class UnnamedSides {

    /** An unnamed side: a stable id, a readable name and the phrases that name it. */
    private record Side(String id, String name, Pattern phrases) {
    }

    private static final String BACKED = "(?:[\\p{L}.]+-(?:backed|supported|sponsored|funded|armed|led)\\s+)?";
    private static final List<Side> SIDES = List.of(
            new Side("side:armed-opposition", "Armed opposition (unnamed)", words(BACKED
                    + "(?:(?:so-called\\s+)?moderate\\s+|syrian\\s+|armed\\s+|foreign\\s+|islamist\\s+|jihadist\\s+)?"
                    + "(?:(?:rebel|terrorist|jihadist|militant) (?:fighters|groups|forces|factions|elements)|"
                    + "opposition (?:fighters|forces|groups|factions)|death squads|rebels?|insurgents?|militants?|"
                    + "jihadists?|terrorists?|extremists|gunmen|mercenaries|throatcutters|head-choppers)")),
            new Side("side:pro-government-forces", "Pro-government forces (unnamed)", words(
                    "(?:regime|loyalist|pro-government|pro-assad|assad's|government-allied) (?:forces|troops|militias?|"
                            + "fighters|soldiers|units)")));

    private UnnamedSides() {
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}'-])(?:" + regex + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * One actor per side the text names this way, its mentions every such phrase in {@code content}
     * that no named actor's mention overlaps ("Nusra terrorists" belongs to Jabhat al-Nusra).
     */
    static List<Entity> find(String text, List<CharSpan> content, List<Entity> named) {
        List<Entity> sides = new ArrayList<>();
        for (Side side : SIDES) {
            List<Mention> mentions = new ArrayList<>();
            for (CharSpan span : content) {
                Matcher m = side.phrases().matcher(text).region(span.start(), span.end());
                while (m.find()) {
                    CharSpan at = new CharSpan(m.start(), m.end());
                    if (!besideNamed(text, at, named)) {
                        mentions.add(new Mention(at, at.of(text), 0.6));
                    }
                }
            }
            if (!mentions.isEmpty()) {
                sides.add(new Entity(side.id(), side.name(), EntityType.ARMED_GROUP, null, List.of(), List.of(), null,
                        0.6, mentions));
            }
        }
        return sides;
    }

    /**
     * True when the phrase names a named actor: a mention overlaps it, stands right before it ("Nusra
     * terrorists") or follows it after "of" ("the terrorists of Jabhat al-Nusra").
     */
    private static boolean besideNamed(String text, CharSpan phrase, List<Entity> named) {
        for (Entity e : named) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(phrase) || (m.end() <= phrase.start()
                        && text.substring(m.end(), phrase.start()).matches("(?:['’]s)?\\s*"))
                        || (m.start() >= phrase.end() && m.start() - phrase.end() < 12
                        && text.substring(phrase.end(), m.start()).matches("\\s+of\\s+(?:the\\s+)?"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
