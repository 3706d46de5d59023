package org.newslens.analyzers.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.entities.EntityIds;
import org.newslens.analyzers.places.Geocoder;
import org.newslens.analyzers.places.Place;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.Geo;
import org.newslens.core.model.EventType;
import org.newslens.core.model.Publication;

/**
 * Well-known past events an article names rather than tells: "the 9/11 attacks", "the Las Vegas massacre",
 * "the attack on Pearl Harbor". The name fixes where and when it happened and, where that is settled, who did
 * it: facts the article takes for known and never states, so that without them the event would be placed and
 * dated by the article's own story. Read from {@code known-events.tsv} (its header gives the columns).
 * Immutable and thread-safe.
 */
final class KnownEvents {

    static final String BUNDLED = "org/newslens/events/known-events.tsv";

    /** One known event, as a line of the table says it. */
    record KnownEvent(String id, EventType type, LocalDate date, String place, String country, double lat, double lon,
                      List<String> actors, Pattern triggers, Pattern before, Pattern after, boolean definite) {
    }

    /** A trigger that names a known event, with the words that name it. */
    record Match(KnownEvent event, CharSpan name) {
    }

    /** How far before the event word a name may start: "the September 11th, 2001 terrorist attacks". */
    private static final int BEFORE_REACH = 80;
    private static final int AFTER_REACH = 70;
    /** Words between the name and the event word: "the 9/11 terror attacks", not "9/11 and the attacks". */
    private static final String MODIFIERS = "(?:,?\\s+(?:19|20)\\d\\d,?)?(?:\\s+(?!(?i:the|a|an|of|in|on|at|and|or"
            + "|but|when|after|before|since|as|that|this|these|those|which|to|from|by|for|with|was|were|is|are)\\b)"
            + "[\\p{L}\\p{N}-]+){0,3}\\s+$";

    private final List<KnownEvent> events;

    private KnownEvents(List<KnownEvent> events) {
        this.events = List.copyOf(events);
    }

    static KnownEvents bundled() {
        try (InputStream in = KnownEvents.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownEvents parse(List<String> lines) {
        List<KnownEvent> events = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 12) {
                throw new IllegalArgumentException("known event needs 12 tab-separated fields: " + line);
            }
            List<String> actors = "-".equals(f[7]) ? List.of() : Arrays.stream(f[7].split(";")).map(String::strip).toList();
            for (String actor : actors) {
                if (!actor.startsWith("kb:") && !TYPES.containsKey(actor.substring(0, Math.max(0, actor.indexOf(':'))))) {
                    throw new IllegalArgumentException("known event " + f[0] + ": actor needs kb:, person:, group: or "
                            + "state: before it: " + actor);
                }
            }
            Pattern before = Pattern.compile("(?<![\\p{L}\\p{N}/])(?<the>(?:[Tt]he)\\s+)?(?<name>" + f[9] + ")(?:['’]s)?"
                    + MODIFIERS);
            // "attacks against the United States on 9/11": the target may come between
            Pattern after = "-".equals(f[10]) ? null : Pattern.compile("^(?:\\s+(?:against|on|in|at)\\s+(?:the\\s+)?"
                    + "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})?\\s+(?:" + f[10] + ")");
            events.add(new KnownEvent(f[0], EventType.valueOf(f[1]), LocalDate.parse(f[2]), f[3], f[4],
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), actors,
                    Pattern.compile("(?i)(?:^|\\s)(?:" + f[8] + ")$"), before, after, "yes".equals(f[11])));
        }
        return new KnownEvents(events);
    }

    /**
     * The known event the trigger's words name, or null. The name is written just before the event word
     * ("the 9/11 attacks") or just after it ("the attack on Pearl Harbor"); an article dated before the event
     * cannot name it.
     */
    Match named(String text, CharSpan trigger, CharSpan sentence, Publication publication) {
        String words = trigger.of(text);
        for (KnownEvent event : events) {
            // "mass shooting", "terrorist attacks": the event word ends the trigger
            if (!event.triggers().matcher(words).find() || before(publication, event)) {
                continue;
            }
            int from = Math.max(sentence.start(), trigger.start() - BEFORE_REACH);
            Matcher m = event.before().matcher(text).region(from, trigger.start());
            while (m.find()) {
                if (m.end() == trigger.start() && (!event.definite() || m.group("the") != null)) {
                    return new Match(event, new CharSpan(m.start("name"), m.end("name")));
                }
            }
            if (event.after() != null) {
                Matcher a = event.after().matcher(text).region(trigger.end(),
                        Math.min(sentence.end(), trigger.end() + AFTER_REACH));
                if (a.lookingAt() && !letterAt(text, a.end())) {
                    return new Match(event, nameIn(text, a.start(), a.end()));
                }
            }
        }
        return null;
    }

    /** Violence a known event may be told as without its name: "Seventeen people were killed at … in Parkland". */
    private static final java.util.Set<EventType> VIOLENT = java.util.EnumSet.of(EventType.ATTACK_ON_CIVILIANS,
            EventType.BOMBING, EventType.BATTLE, EventType.AIR_STRIKE, EventType.SHELLING);
    /** How far from the event word its day may be written (as for dates in general). */
    private static final int DAY_REACH = 200;

    /**
     * The known event a violent event is, told without its name: at the event's town, on its day of the year
     * ("killed at Marjory Stoneman Douglas High School in Parkland, Florida, on 14 February"); or null. The day
     * gives the year an undated article leaves out.
     */
    Match toldAt(EventType type, EventArgument location, CharSpan trigger, CharSpan sentence,
                 List<org.newslens.core.model.DateMention> dates, Publication publication) {
        if (!VIOLENT.contains(type) || location == null || !location.stated() || location.geo() == null
                || "country".equals(location.geo().kind()) || "region".equals(location.geo().kind())) {
            return null;
        }
        for (org.newslens.core.model.DateMention d : dates) {
            if (!sentence.contains(d.span()) || Math.abs(d.span().start() - trigger.start()) > DAY_REACH
                    || d.value() == null || !d.value().matches("(?:XXXX|\\d{4})-\\d{2}-\\d{2}")) {
                continue;
            }
            for (KnownEvent e : events) {
                boolean sameDay = d.value().startsWith("XXXX") ? d.value().substring(4).equals(e.date().toString()
                        .substring(4)) : d.value().equals(e.date().toString());
                if (sameDay && !before(publication, e) && sameTown(location.geo(), e)) {
                    return new Match(e, d.span());
                }
            }
        }
        return null;
    }

    /** How close an article's own place must lie to stand for the event's town (km). */
    private static final double SAME_TOWN_KM = 25;

    /** Where the event happened: the article's entity for its town when the article names it, else the table's. */
    static EventArgument place(Match match, List<Entity> entities) {
        KnownEvent e = match.event();
        for (Entity entity : entities) {
            Geo g = entity.geo();
            if (entity.type() == EntityType.LOCATION && g != null && sameTown(g, e)) {
                return new EventArgument(entity.id(), entity.name(), match.name(), g, BASIS);
            }
        }
        Place town = new Place(e.place(), "city", e.country(), "PPL", 0, e.lat(), e.lon(), false);
        return new EventArgument(Geocoder.idOf(town), e.place(), match.name(),
                new Geo(e.place(), e.lat(), e.lon(), e.country(), "city", "exact", PLACE_CONFIDENCE, List.of()), BASIS);
    }

    /** Is a town or site within reach of the event's town? (Not the country or region it lies in.) */
    static boolean sameTown(Geo g, KnownEvent e) {
        return e.country().equals(g.country()) && !"country".equals(g.kind()) && !"region".equals(g.kind())
                && org.newslens.core.model.GreatCircle.kilometres(g.lat(), g.lon(), e.lat(), e.lon()) <= SAME_TOWN_KM;
    }

    /** The day it happened. */
    static EventDate date(Match match) {
        String day = match.event().date().toString();
        return new EventDate(day, day, day, null, 1, BASIS);
    }

    /**
     * Who did it, or null where the table leaves it open: the article's entity for them when it names them
     * ("Paddock" for Stephen Paddock), else the knowledge base's actor or the table's name.
     */
    static EventArgument actor(Match match, List<Entity> entities, ActorKnowledgeBase actors) {
        if (match.event().actors().isEmpty()) {
            return null;
        }
        String first = match.event().actors().get(0); // the first named: one actor per event, as ACLED's actor 1
        if (first.startsWith("kb:")) {
            String kbId = first.substring(3);
            Entity named = entities.stream().filter(x -> kbId.equals(x.kbId())).findFirst().orElse(null);
            if (named != null) {
                return new EventArgument(named.id(), named.name(), match.name(), null, BASIS);
            }
            return actors.byId(kbId).map(a -> new EventArgument(first, a.name(), match.name(), null, BASIS)).orElse(null);
        }
        int colon = first.indexOf(':');
        EntityType type = TYPES.get(first.substring(0, colon));
        String name = first.substring(colon + 1);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (Entity x : entities) {
            // "Paddock" or "Stephen Paddock" in the article: the same man ("Stephen Craig Paddock" too)
            boolean same = x.name().equalsIgnoreCase(name) || type == EntityType.PERSON
                    && (x.name().equals(surname) || x.name().endsWith(" " + surname)
                    && x.name().startsWith(name.substring(0, name.indexOf(' ') + 1)));
            if (x.type() == type && same) {
                return new EventArgument(x.id(), x.name(), match.name(), null, BASIS);
            }
        }
        return new EventArgument(EntityIds.of(type, name), name, match.name(), null, BASIS);
    }

    private static final java.util.Map<String, EntityType> TYPES = java.util.Map.of("person", EntityType.PERSON,
            "group", EntityType.ARMED_GROUP, "state", EntityType.STATE_OR_GOVERNMENT);

    /** The basis of what a known event's name gives. */
    static final String BASIS = "known event";
    private static final double PLACE_CONFIDENCE = 0.9;

    private static boolean before(Publication publication, KnownEvent event) {
        return publication != null && publication.date() != null && !publication.estimated()
                && publication.date().isBefore(event.date());
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** The name in "attack on Pearl Harbor", "attacks against the United States on 9/11": after the last preposition. */
    private static CharSpan nameIn(String text, int start, int end) {
        Matcher m = LAST_PREPOSITION.matcher(text).region(start, end);
        return new CharSpan(m.lookingAt() ? m.end() : start, end);
    }

    private static final Pattern LAST_PREPOSITION = Pattern.compile(
            "^.*\\s(?:on|of|in|at|over|against)\\s+(?:the\\s+)?(?=\\S)", Pattern.DOTALL);
}
