package org.newslens.analyzers.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.actors.Actor;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.core.model.GreatCircle;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Mention;

/**
 * Puts an article's places on the map. Each place entity's name is looked up in the gazetteer
 * (without a leading direction: "eastern Aleppo" is part of Aleppo); among same-named places the
 * choice weighs the kind of place and its population against the article's context: the country
 * most of its unambiguous places lie in, countries it names, and a following ", Region" ("Aleppo,
 * Pennsylvania"). Facilities take their point from the knowledge base. Places that resolve to one
 * gazetteer entry are merged into one entity with id {@code location:<name>-<country>}. A name the
 * gazetteer lacks keeps {@code geo: null}. Thread-safe.
 */
public final class Geocoder {

    private static final Pattern DIRECTION = Pattern.compile(
            "^(?i)(?:the )?((?:north|south)[- ]?(?:east|west)(?:ern)?|(?:north|south|east|west|central|upper|lower)(?:ern)?"
                    + "|rural|old|greater|downtown)\\s+(.+)$");
    private static final Pattern PART_OF = Pattern.compile("^(?i)(?:the )?(?:port|city|town|village|outskirts|"
            + "countryside|suburbs?|province|governorate|district|region|area|centre|center|old city) of (.+)$");
    /** "the North of Syria", "the east of the country's Idlib": a direction's part of a place named after it. */
    private static final Pattern DIRECTION_OF = Pattern.compile("^(?i)(?:the )?((?:north|south)?-?(?:east|west)?(?:ern)?"
            + "|north|south|central) (?:part )?of (.+)$");
    private static final Pattern CAPITAL = Pattern.compile("^(?:[Tt]he )?(" + Nationalities.ALTERNATION + ") capital$");
    private static final Pattern CITY_OF_COUNTRY = Pattern.compile("^(?:[Tt]he )?(.+?)['’]s\\s+(capital(?:\\s+city)?|"
            + "(?:second[- ])?(?:largest|biggest)\\s+city|second\\s+city)$");
    private static final Pattern CONTINENT_PART = Pattern.compile("(?i)(?:the )?(?:north|south|central|latin)\\s+america");
    private static final Pattern FOLLOWING_REGION = Pattern.compile("^\\s*,\\s*(\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)");
    private static final double CLOSE_CALL = 2.5;
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+(?:the\\s+)?(?:town of\\s+|city of\\s+"
            + "|village of\\s+)?(?:ad|ar|as|az|an|al)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("in", "from", "to", "into", "near", "of",
            "left", "entered", "around", "outside", "inside", "toward", "towards", "reached", "captured", "besieged",
            "liberated", "shelled", "bombed", "at", "across", "through", "attack", "attacked", "attacking", "threatened",
            "stormed", "seized", "retook", "recaptured", "encircled", "surrounded");
    /** Names that are places only relative to another ("the Old City" of whichever city the story is in). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("old city", "the old city", "gulf", "the gulf",
            "city", "north", "south", "east", "west", "downtown", "centre", "center", "border", "front");
    private static final Pattern REGION_WORD = Pattern.compile("(?i)\\b(?:governorate|province|region|muhafazah)\\b");
    /** "Guatemala City", "Idlib city": the town, not the country or province of its name. */
    private static final Pattern CITY_WORD = Pattern.compile("(?i)\\scity$");
    /** A town this far from the article's other places is more likely a namesake of a local place we lack. */
    private static final double FAR_KM = 1500;
    /** A country holding this share of an article's unambiguous place mentions is what the article is about. */
    private static final double FOCUSED_SHARE = 0.5;
    private static final double FOREIGN_ALIAS_PENALTY = 3;
    private static final double ALTERNATE_NAME_PENALTY = 2;
    /** What a US state weighs against foreign towns of its name, for want of its population. */
    private static final double REGION_PROMINENCE = 4;
    private static final double FAR_PENALTY = 5;
    private static final double CURATED_BONUS = 8;
    private static final long LARGE_CITY = 100_000;
    /** "al-Mashhad" is an Arabic name: an Aleppo district, not Iran's Mashhad. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?i)(?:al|el|ad|ar|as|az|an|at|ash)[- ]\\S");
    private static final java.util.Set<String> ARABIC_SPEAKING = Gazetteer.ARABIC_SPEAKING;
    /** Below this score no reading is good enough, and the place keeps {@code geo: null}. */
    private static final double MIN_SCORE = 6;

    /** The mean point of the article's unambiguous places, or null; set per article by {@link #locate}. */
    private final ThreadLocal<double[]> focus = new ThreadLocal<>();

    private final Gazetteer gazetteer;
    private final ActorKnowledgeBase kb;

    public Geocoder(Gazetteer gazetteer, ActorKnowledgeBase kb) {
        this.gazetteer = gazetteer;
        this.kb = kb;
    }

    public List<Entity> locate(String text, List<Entity> entities) {
        Map<String, Double> countryWeight = countryContext(entities);
        focus.set(focusPoint(countryWeight));
        List<Entity> located = new ArrayList<>();
        for (Entity entity : entities) {
            located.add(locate(text, entity, countryWeight));
        }
        // "Hammersmith … police in London": the country of the places just placed with confidence counts too, for
        // small towns and districts that are a reading only in a country the article is about.
        Map<String, Double> placedWeight = placedCountries(located, countryWeight);
        if (!placedWeight.equals(countryWeight)) {
            for (int i = 0; i < located.size(); i++) {
                if (located.get(i).type() == EntityType.LOCATION && located.get(i).geo() == null) {
                    located.set(i, locate(text, entities.get(i), placedWeight));
                }
            }
        }
        List<Entity> withParts = new ArrayList<>();
        for (Entity entity : located) {
            withParts.add(entity.type() == EntityType.LOCATION && entity.geo() == null ? partOfCity(text, entity, located)
                    : entity.type() == EntityType.FACILITY && entity.geo() == null ? facilityInTown(entity, located)
                    : entity);
        }
        List<Entity> merged = mergeSamePlace(withParts);
        List<Entity> withRivers = new ArrayList<>();
        for (Entity entity : merged) {
            withRivers.add(riverByTown(entity, merged)); // after merging: "the Euphrates" and "Euphrates River" are one
        }
        return mergeBracketed(text, withRivers);
    }

    /**
     * "Rif Dimashq (Damascus Governorate)", "Homs (Hims)": a place named again in brackets right after
     * itself is one place under two names, when both are of one kind; "Manbij (Aleppo province)" is a
     * town and the region it lies in, and "Aleppo (Syria)" names its country: both stay apart.
     */
    private static List<Entity> mergeBracketed(String text, List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities);
        for (int i = 0; i < out.size(); i++) {
            Entity first = out.get(i);
            Entity second = bracketable(first) ? out.stream().filter(e -> e != first && bracketable(e)
                    && e.mentions().size() == 1 && e.geo().kind().equals(first.geo().kind())
                    && first.mentions().stream().anyMatch(m -> inBracketsAfter(text, m, e.mentions().get(0))))
                    .findFirst().orElse(null) : null;
            if (second != null) {
                out.set(i, merge(first, second));
                out.remove(second);
                i = -1; // start over: the merged place may have more names in brackets
            }
        }
        return out;
    }

    /** "X (Y)": {@code second} stands in brackets right after {@code first}. */
    private static boolean inBracketsAfter(String text, Mention first, Mention second) {
        return second.start() >= first.end() && second.start() - first.end() <= 4
                && BRACKET_OPEN.matcher(text.substring(first.end(), second.start())).matches()
                && text.startsWith(")", second.end());
    }

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");

    private static boolean bracketable(Entity e) {
        return e.type() == EntityType.LOCATION && e.geo() != null && !"country".equals(e.geo().kind());
    }

    /** "Aleppo's historic Old City": a possessive city before the name. */
    private static final Pattern POSSESSIVE_CITY = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)['’]s\\s+"
            + "(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}$");
    /** "the Wahda neighborhood where the hospital is": a part of a city named after it. */
    private static final Pattern QUARTER_AFTER = Pattern.compile("^\\s+(?:neighbou?rhoods?|district|quarter)\\b");

    /**
     * A name the gazetteer lacks, or a generic one ("Old City"), that the text places inside a city — after the
     * city's possessive ("Aleppo's Old City"), or as a neighbourhood, district or quarter — takes that city's
     * point as a part of it: the city of the possessive, or the city last named before the mention.
     */
    private static Entity partOfCity(String text, Entity entity, List<Entity> located) {
        for (Mention mention : entity.mentions()) {
            Entity city = null;
            Matcher possessive = POSSESSIVE_CITY.matcher(text.substring(Math.max(0, mention.start() - 40), mention.start()));
            if (possessive.find()) {
                String owner = possessive.group(1);
                city = located.stream().filter(e -> isCity(e) && (e.name().equals(owner) || e.aliases().contains(owner)))
                        .findFirst().orElse(null);
            } else if (QUARTER_AFTER.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 20)))
                    .lookingAt()) {
                int last = -1;
                for (Entity e : located) {
                    if (!isCity(e)) {
                        continue;
                    }
                    for (Mention m : e.mentions()) {
                        if (m.start() < mention.start() && m.start() > last) {
                            last = m.start();
                            city = e;
                        }
                    }
                }
            }
            if (city != null) {
                Geo at = city.geo();
                // Its own id per city: Aleppo's Old City is not Jerusalem's.
                String id = "location:" + slug(entity.name()) + "-" + slug(city.name());
                return entity.withGeo(id, entity.name(), new Geo(at.place(), at.lat(), at.lon(), at.country(),
                        "region", "part", round(at.confidence() * 0.8), List.of()));
            }
        }
        return entity;
    }

    /** Words that put a sentence's "Kurdistan" in Syria: its Kurdish forces, parties and towns. */
    private static final Pattern SYRIAN_KURDISH = Pattern.compile("\\b(?:YPG|YPJ|PYD|SDF|Syrian Democratic Forces|Rojava|"
            + "Kobani|Kobane|Qamishli|Afrin|Manbij|Hasakah|Hasaka)\\b");
    /** And words that keep it in Iraq. */
    private static final Pattern IRAQI_KURDISH = Pattern.compile("\\b(?:KRG|Kurdistan Regional Government|Barzani|Erbil|"
            + "Irbil|Sulaymaniyah|Peshmerga|peshmerga|Iraqi Kurdistan|Kirkuk)\\b");

    /**
     * "a YPG-led Kurdistan south of their borders": a bare "Kurdistan" whose every sentence names Syria's Kurdish
     * forces or towns, and none of Iraq's, is Syria's Kurdish region; otherwise it stays the Kurdistan Region of Iraq.
     */
    private static boolean syrianKurdistan(String text, Entity entity) {
        if (!entity.name().equalsIgnoreCase("Kurdistan")) {
            return false;
        }
        for (Mention m : entity.mentions()) {
            int start = Math.max(Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf('\n', m.start())), 0);
            int dot = text.indexOf(". ", m.end());
            int line = text.indexOf('\n', m.end());
            int end = Math.min(dot < 0 ? text.length() : dot, line < 0 ? text.length() : line);
            String sentence = text.substring(start, end);
            if (!SYRIAN_KURDISH.matcher(sentence).find() || IRAQI_KURDISH.matcher(sentence).find()) {
                return false;
            }
        }
        return true;
    }

    /** How far after a facility's first mention a town named later may still be its town ("Salam hospital … in Mosul"). */
    private static final int TOWN_AFTER_CHARS = 200;

    /**
     * A facility the knowledge base lacks ("Salam hospital") is in the town the text last named before it, or
     * names right after it: that town's point, approximate.
     */
    private static Entity facilityInTown(Entity facility, List<Entity> located) {
        int at = facility.mentions().get(0).start();
        Entity town = null;
        int best = Integer.MAX_VALUE;
        for (Entity e : located) {
            if (!isCity(e)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int distance = m.start() < at ? at - m.start() : m.start() - at <= TOWN_AFTER_CHARS ? m.start() - at : -1;
                if (distance >= 0 && distance < best) {
                    best = distance;
                    town = e;
                }
            }
        }
        if (town == null) {
            return facility;
        }
        Geo g = town.geo();
        return facility.withGeo(facility.id(), facility.name(), new Geo(g.place(), g.lat(), g.lon(), g.country(),
                "facility", "approximate", round(g.confidence() * 0.7), List.of()));
    }

    /** How far (characters) from a river's mention a town may be named to say which stretch is meant. */
    private static final int RIVER_TOWN_CHARS = 150;
    /** A town further than this from the river's course is not on it. */
    private static final double RIVER_TOWN_KM = 60;

    /**
     * "the Tigris river running through central Mosul": a river named near a town on its course takes the point
     * of its course nearest that town, not its default mid-course point.
     */
    private Entity riverByTown(Entity river, List<Entity> located) {
        if (river.type() != EntityType.LOCATION || river.geo() == null) {
            return river;
        }
        List<double[]> course = gazetteer.riverCourse(river.geo().place());
        if (course.isEmpty()) {
            return river;
        }
        Entity town = null;
        int best = Integer.MAX_VALUE;
        for (Mention at : river.mentions()) {
            for (Entity e : located) {
                if (!isCity(e)) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    int distance = Math.abs(m.start() - at.start());
                    if (distance <= RIVER_TOWN_CHARS && distance < best) {
                        best = distance;
                        town = e;
                    }
                }
            }
        }
        if (town == null) {
            return river;
        }
        Geo t = town.geo();
        double[] nearest = course.stream().min(Comparator.comparingDouble(
                p -> GreatCircle.kilometres(p[0], p[1], t.lat(), t.lon()))).orElseThrow();
        if (GreatCircle.kilometres(nearest[0], nearest[1], t.lat(), t.lon()) > RIVER_TOWN_KM) {
            return river;
        }
        Geo g = river.geo();
        return river.withGeo(river.id(), river.name(), new Geo(g.place(), nearest[0], nearest[1], g.country(), g.kind(),
                "part", g.confidence(), List.of()));
    }

    /** A town the gazetteer lacks whose point the knowledge base gives ("Al-Remeilan"), else the entity as it is. */
    private Entity knownTown(Entity entity) {
        Actor.Location at = entity.kbId() == null ? null : kb.byId(entity.kbId()).map(Actor::location).orElse(null);
        return at == null ? entity : entity.withGeo(entity.id(), entity.name(),
                new Geo(entity.name(), at.lat(), at.lon(), at.country(), "city", "approximate", 0.8, List.of()));
    }

    /**
     * "Aleppo Central Prison", "Reynosa International Bridge": a facility named after the place it serves (not
     * hospitals or ports: "Salam hospital", "Victoria Harbour" are named after other things as often).
     */
    private static final Pattern NAMED_AFTER_PLACE = Pattern.compile("^(?:[Tt]he )?(\\p{Lu}.*?)\\s+"
            + "(?:(?:[Ii]nternational|[Cc]entral|[Mm]ilitary|[Cc]ivil|[Mm]ain|[Nn]ew|[Oo]ld|[Bb]order)\\s+)*"
            + "([Pp]rison|[Dd]am|[Aa]irport|[Aa]ir\\s?[Bb]ase|[Aa]irbase|[Aa]ir [Ff]orce [Bb]ase|[Bb]ridge|[Cc]rossing"
            + "|[Rr]efinery|[Oo]il ?[Ff]ield|[Gg]as ?[Ff]ield|[Bb]arracks)$");

    /**
     * A place or facility the gazetteer and knowledge base lack, named after a place they know: a facility at
     * that place's point, approximate (the dam, airport or crossing lies near, not at, the town); or null.
     */
    private Entity namedAfterPlace(String text, Entity entity, Map<String, Double> countryWeight) {
        Matcher m = entity.kbId() == null ? NAMED_AFTER_PLACE.matcher(entity.name()) : null;
        boolean eligible = entity.type() == EntityType.LOCATION || entity.type() == EntityType.FACILITY
                || entity.type() == EntityType.ORGANIZATION;
        if (m == null || !eligible || !m.matches() || gazetteer.knows(entity.name())) {
            return null;
        }
        String place = m.group(1);
        if (!gazetteer.knows(place)) {
            return null;
        }
        Entity town = locate(text, new Entity(entity.id(), place, EntityType.LOCATION, null, List.of(), List.of(), null,
                entity.confidence(), entity.mentions()), countryWeight);
        Geo g = town.geo();
        if (g == null || "country".equals(g.kind()) || countryWeight.getOrDefault(g.country(), 0.0) == 0.0) {
            // "the Syria border crossing" says no more than the country; a name that is a town only far from
            // the article's other places ("Salam" in Oman, for a hospital in Mosul) is no place here.
            return null;
        }
        return new Entity(entity.id(), entity.name(), EntityType.FACILITY, null, entity.aliases(), entity.descriptions(),
                new Geo(g.place(), g.lat(), g.lon(), g.country(), "facility", "approximate", round(g.confidence() * 0.7),
                        List.of()), entity.confidence(), entity.mentions());
    }

    private static boolean isCity(Entity e) {
        return e.type() == EntityType.LOCATION && e.geo() != null && "city".equals(e.geo().kind());
    }

    private Entity locate(String text, Entity entity, Map<String, Double> countryWeight) {
        if (entity.type() == EntityType.FACILITY && entity.kbId() != null) {
            Actor.Location at = kb.byId(entity.kbId()).map(Actor::location).orElse(null);
            return at == null ? entity : entity.withGeo(entity.id(), entity.name(),
                    new Geo(entity.name(), at.lat(), at.lon(), at.country(), "facility", "exact", 0.9, List.of()));
        }
        Entity namedAfter = namedAfterPlace(text, entity, countryWeight);
        if (namedAfter != null) {
            return namedAfter;
        }
        if (entity.type() != EntityType.LOCATION && !placeByContext(text, entity)) {
            return entity;
        }
        String name = entity.name();
        if (GENERIC.contains(name.toLowerCase(Locale.ROOT))) {
            return entity;
        }
        boolean part = false;
        String towards = null;
        // "Tal Kalakh", "Hawija": where the strict form finds nothing, the gazetteer's Tallkalakh, Al Hawijah
        List<Place> candidates = gazetteer.placesNamed(syrianKurdistan(text, entity) ? "Syrian Kurdistan" : name);
        Place described = candidates.isEmpty() ? describedCity(name, countryWeight) : null;
        if (described != null) {
            // "the Syrian capital" is Damascus, and joins the entity of any "Damascus" the article names.
            candidates = List.of(described);
        }
        Matcher direction = DIRECTION.matcher(name);
        Matcher directionOf = DIRECTION_OF.matcher(name);
        String whole = name; // the place the name is (a part of)
        if (candidates.isEmpty() && direction.matches()) {
            whole = direction.group(2);
            towards = direction.group(1);
        } else if (candidates.isEmpty() && directionOf.matches() && !directionOf.group(1).isEmpty()) {
            whole = directionOf.group(2);
            towards = directionOf.group(1);
        }
        Matcher partOf = PART_OF.matcher(name);
        if (candidates.isEmpty() && towards == null && partOf.matches()) {
            whole = partOf.group(1); // "the Port of Aqaba", "the outskirts of Homs"
        }
        if (candidates.isEmpty() && CONTINENT_PART.matcher(name).matches()) {
            return entity; // "South America" is no part of the US (it is a continent of its own, in places-extra)
        }
        if (!whole.equals(name)) {
            candidates = gazetteer.candidates(whole);
            part = true;
        }
        // A small town kept to fill a gap is a reading only in a country the article's other places lie in.
        candidates = candidates.stream().filter(p -> !p.minor() || countryWeight.getOrDefault(p.country(), 0.0) > 0).toList();
        if (candidates.isEmpty()) {
            return knownTown(entity);
        }
        boolean townName = candidates.stream().anyMatch(c -> c.kind().equals("city"))
                && candidates.stream().noneMatch(c -> c.kind().equals("country"));
        Place following = townName ? followingRegion(text, entity) : null;
        String followingCountry = following == null ? null : following.country();
        if (followingCountry != null && candidates.stream().noneMatch(p -> p.country().equals(followingCountry))) {
            return entity; // "Aleppo, Pennsylvania": a namesake the gazetteer does not hold.
        }
        List<Scored> scored = new ArrayList<>();
        // "Florida": the US state, not Floridablanca (Colombia), a city that has it only as an alternate name; a
        // region or country so called outweighs alternate names.
        String wholeForm = PlaceForm.normalise(whole);
        // (Our own alias list's choice stands: "Kurdistan" is Iraq's region, read at Erbil.)
        boolean regionSoCalled = !gazetteer.isCurated(whole) && candidates.stream().anyMatch(p -> !p.kind().equals("city")
                && PlaceForm.normalise(p.name()).equals(wholeForm));
        for (Place place : candidates) {
            double alternateOnly = regionSoCalled && place.kind().equals("city")
                    && !PlaceForm.normalise(place.name()).equals(wholeForm) ? ALTERNATE_NAME_PENALTY : 0;
            // The gazetteer gives regions no population, and news in English names US states far more often than
            // the foreign towns that share their names (Florida, Cuba): a state counts as a city of 10,000 more
            // people, unless a US town bears the name too. Elsewhere a bigger town still wins ("Gaza" is not
            // Mozambique's province, "Canterbury" not New Zealand's region).
            double prominence = place.country().equals("US") && place.feature().equals("ADM1")
                    && PlaceForm.normalise(place.name()).equals(wholeForm)
                    && candidates.stream().noneMatch(c -> c.kind().equals("city") && c.country().equals(place.country())
                    && PlaceForm.normalise(c.name()).equals(wholeForm)) ? REGION_PROMINENCE : 0;
            scored.add(new Scored(place, score(place, whole, REGION_WORD.matcher(name).find(),
                    CITY_WORD.matcher(name).find(), countryWeight, following) - alternateOnly + prominence));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Place best = scored.get(0).place();
        // A weak reading outside the countries the article is about is more likely a namesake we lack;
        // a small village in the article's own country is not doubted for being small.
        if (scored.get(0).score() < MIN_SCORE && countryWeight.getOrDefault(best.country(), 0.0) == 0.0) {
            return entity;
        }
        List<Geo.GeoAlternative> alternatives = new ArrayList<>();
        double total = 0;
        for (Scored s : scored) {
            total += Math.exp(s.score() - scored.get(0).score());
        }
        for (Scored s : scored.subList(1, Math.min(4, scored.size()))) {
            if (scored.get(0).score() - s.score() < CLOSE_CALL && !s.place().country().equals(best.country())) {
                alternatives.add(new Geo.GeoAlternative(s.place().name(), s.place().lat(), s.place().lon(),
                        s.place().country(), round(Math.exp(s.score() - scored.get(0).score()) / total)));
            }
        }
        String area = gazetteer.areaKind(name);
        boolean near = "near".equals(area);
        String kind = near ? "city" : area != null || part ? "region" : best.kind();
        String precision = near ? "approximate" : part || area != null ? "part"
                : best.kind().equals("city") ? "exact" : "centroid";
        double[] point = {best.lat(), best.lon()};
        if (part && towards != null && best.kind().equals("country")) {
            // "northern Syria" is a region of its own on the map, not the middle of the country.
            double[] partPoint = gazetteer.partOfCountry(best.country(), towards);
            if (partPoint != null) {
                point = new double[] {round(partPoint[0]), round(partPoint[1])};
            }
        }
        Geo geo = new Geo(best.name(), point[0], point[1], best.country(), kind, precision, round(1 / total),
                alternatives);
        String id = area == null && !part ? idOf(best) : entity.id();
        Entity place = entity.type() == EntityType.LOCATION ? entity : new Entity(entity.id(), entity.name(),
                EntityType.LOCATION, entity.kbId(), entity.aliases(), List.of(), null, entity.confidence(),
                entity.mentions());
        if (best.kind().equals("country") && area == null && !part && !best.name().equals(entity.name())) {
            // "US", "U.S.", "America": one canonical name per country, the gazetteer's, in every article.
            List<String> aliases = new ArrayList<>(place.aliases());
            if (!aliases.contains(entity.name())) {
                aliases.add(0, entity.name());
            }
            aliases.remove(best.name());
            return new Entity(place.id(), place.name(), place.type(), place.kbId(), aliases, place.descriptions(),
                    place.geo(), place.confidence(), place.mentions()).withGeo(id, best.name(), geo);
        }
        if (described != null) {
            return capitalNamed(place, best).withGeo(id, best.name(), geo);
        }
        if (part && towards != null && best.kind().equals("city") && area == null) {
            // "South London", "eastern Aleppo": a mention of the town, at its point, as one entity with it
            String cityId = idOf(best);
            List<String> aliases = new ArrayList<>(place.aliases());
            if (!aliases.contains(entity.name())) {
                aliases.add(entity.name());
            }
            Geo city = new Geo(best.name(), best.lat(), best.lon(), best.country(), "city", "exact", geo.confidence(),
                    geo.alternatives());
            return new Entity(cityId, best.name(), place.type(), place.kbId(), aliases, place.descriptions(), city,
                    place.confidence(), place.mentions());
        }
        return place.withGeo(id, entity.name(), geo);
    }

    /**
     * The city a description names: "Syrian capital" or "Syria's capital" (the country's capital), "Syria's
     * largest city" or "second city" (by population); null for any other name.
     */
    private Place describedCity(String name, Map<String, Double> countryWeight) {
        Matcher national = CAPITAL.matcher(name);
        if (national.matches()) {
            String code = Nationalities.country(national.group(1));
            return code == null ? null : gazetteer.capital(code);
        }
        Matcher ofCountry = CITY_OF_COUNTRY.matcher(name);
        if (!ofCountry.matches()) {
            return null;
        }
        String code = ofCountry.group(1).matches("country|nation") ? mainCountry(countryWeight)
                : gazetteer.candidates(ofCountry.group(1)).stream().filter(p -> p.kind().equals("country"))
                .map(Place::country).findFirst().orElse(null);
        if (code == null) {
            return null;
        }
        String which = ofCountry.group(2).toLowerCase(Locale.ROOT);
        return which.startsWith("capital") ? gazetteer.capital(code)
                : gazetteer.largestCity(code, which.startsWith("second") ? 1 : 0);
    }

    /**
     * The country "the country's largest city" means: the one that holds more than half the article's
     * unambiguous place mentions; null when none holds more ("severed supply-lines to Turkey while
     * tightening the noose around the country's largest city" is about Syria, named far more often).
     */
    private static String mainCountry(Map<String, Double> countryWeight) {
        return countryWeight.entrySet().stream().filter(e -> e.getValue() > 0.5).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** "Syrian capital" becomes an alias of "Damascus", the entity's name. */
    private static Entity capitalNamed(Entity described, Place city) {
        List<String> aliases = new ArrayList<>(described.aliases());
        aliases.add(0, described.name());
        return new Entity(described.id(), city.name(), described.type(), described.kbId(), aliases,
                described.descriptions(), described.geo(), described.confidence(), described.mentions());
    }

    /**
     * The recogniser sometimes calls an unfamiliar town a person ("Rebels left Al-Dumayr"). A name it
     * did not call a place still is one when the gazetteer knows it and most of its mentions follow
     * "in", "from", "left"...
     */
    private boolean placeByContext(String text, Entity entity) {
        if (entity.kbId() != null || gazetteer.placesNamed(entity.name()).stream().allMatch(Place::minor)) {
            return false;
        }
        if (gazetteer.isCurated(entity.name())) {
            return true; // our own list of place names ("Ain al-Arab" for Kobani) names nothing else
        }
        int locative = 0;
        for (Mention mention : entity.mentions()) {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 20), mention.start()));
            if (before.find() && LOCATIVE.contains(before.group(1).toLowerCase(Locale.ROOT))) {
                locative++;
            }
        }
        return locative * 2 >= entity.mentions().size() && locative > 0;
    }

    private record Scored(Place place, double score) {
    }

    private double score(Place place, String name, boolean regionWord, boolean cityWord,
                         Map<String, Double> countryWeight, Place following) {
        double score = switch (place.kind()) {
            case "country" -> 9;
            case "region" -> 6;
            default -> switch (place.feature()) {
                case "PPLC" -> 6;
                case "PPLA" -> 4;
                case "PPLA2" -> 3;
                case "PPLA3", "PPLA4" -> 2;
                default -> 1;
            };
        };
        score += Math.log10(place.population() + 1);
        boolean exactName = PlaceForm.normalise(place.name()).equals(PlaceForm.normalise(name));
        if (exactName) {
            // A country or region called exactly so beats a town that has it as one of many alternate names.
            score += switch (place.kind()) {
                case "country" -> 5;
                case "region" -> 1;
                default -> 0.5;
            };
        }
        if (regionWord && place.kind().equals("region")) {
            score += 8;
        }
        if (cityWord && place.kind().equals("city")) {
            score += 8;
        }
        if (place.kind().equals("city") && !place.feature().equals("PPLC") && farFromFocus(place)) {
            score -= place.population() >= LARGE_CITY ? FAR_PENALTY / 2 : FAR_PENALTY;
        }
        if (ARABIC_ARTICLE.matcher(name).find() && !ARABIC_SPEAKING.contains(place.country())) {
            score -= FAR_PENALTY;
        }
        score += 4 * countryWeight.getOrDefault(place.country(), 0.0);
        if (!exactName && countryWeight.getOrDefault(place.country(), 0.0) == 0.0
                && countryWeight.values().stream().anyMatch(w -> w >= FOCUSED_SHARE)) {
            // "Ariha" in an article about Idlib: the Syrian town so named, not Jericho, whose Arabic name it is too.
            score -= FOREIGN_ALIAS_PENALTY;
        }
        if (gazetteer.isCurated(name)) {
            score += CURATED_BONUS; // our own alias list names exactly this place
        }
        if (following != null && place.country().equals(following.country())) {
            score += 12;
            if (following.kind().equals("region")) {
                // "Spring Valley, New York": of the state's namesakes, the one inside (or near) the state.
                double km = GreatCircle.kilometres(following.lat(), following.lon(), place.lat(), place.lon());
                score += 8 * Math.exp(-km / 400);
            }
        }
        return score;
    }

    private boolean farFromFocus(Place place) {
        double[] point = focus.get();
        return point != null && GreatCircle.kilometres(point[0], point[1], place.lat(), place.lon()) > FAR_KM;
    }

    /** The centre of the country most of the article's unambiguous places lie in, when it has a clear majority. */
    private double[] focusPoint(Map<String, Double> countryWeight) {
        return countryWeight.entrySet().stream()
                .filter(e -> e.getValue() >= 0.5)
                .map(e -> gazetteer.country(e.getKey()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(c -> new double[] {c.lat(), c.lon()})
                .orElse(null);
    }

    /** Each country's share of the article's places that have only one reading, and of countries it names. */
    private Map<String, Double> countryContext(List<Entity> entities) {
        Map<String, Double> counts = new HashMap<>();
        double total = 0;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.LOCATION) {
                continue;
            }
            List<Place> candidates = gazetteer.candidates(entity.name()).stream().filter(p -> !p.minor()).toList();
            long countries = candidates.stream().map(Place::country).distinct().count();
            // A sea or world region of no one country ("the Middle East") says nothing about which country.
            if (countries == 1 && !candidates.get(0).country().isEmpty()) {
                counts.merge(candidates.get(0).country(), (double) entity.mentions().size(), Double::sum);
                total += entity.mentions().size();
            }
        }
        Map<String, Double> shares = new HashMap<>();
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            shares.put(e.getKey(), e.getValue() / total);
        }
        return shares;
    }

    /** The id of a gazetteer place as an entity: "location:aleppo-sy". */
    public static String idOf(Place place) {
        return "location:" + slug(place.name())
                + (place.country().isEmpty() ? "" : "-" + place.country().toLowerCase(Locale.ROOT));
    }

    /** A confident reading, enough for a country to count as one the article is about. */
    private static final double PLACED_CONFIDENCE = 0.9;

    /** The weights, with every country a confidently placed town or region lies in added where it had none. */
    private static Map<String, Double> placedCountries(List<Entity> located, Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>(weights);
        for (Entity e : located) {
            Geo g = e.geo();
            if (e.type() == EntityType.LOCATION && g != null && g.confidence() >= PLACED_CONFIDENCE
                    && g.country() != null && !g.country().isEmpty() && !"country".equals(g.kind())) {
                out.putIfAbsent(g.country(), 0.01); // a little: enough to admit a small town, not to outweigh any
            }
        }
        return out;
    }

    /** "Aleppo, Pennsylvania", "Alexandria, Va.": the region or country named right after a mention. */
    private Place followingRegion(String text, Entity entity) {
        for (Mention mention : entity.mentions()) {
            String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
            Matcher m = FOLLOWING_REGION.matcher(after);
            // "Aleppo, Pennsylvania" qualifies a town; "Aleppo, Homs and Hama" is a list.
            if (m.find() && !after.substring(m.end()).matches("(?s)^\\s*(?:(?:and|or)\\b|,\\s*\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)*\\s*(?:,|and\\b|or\\b)).*")) {
                for (Place place : gazetteer.candidates(StateAbbreviations.expand(m.group(1)))) {
                    if (!place.kind().equals("city")) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /** "Zahraa" and "al-Zahra", or "Dumayr" and "Al-Dumayr", found as two names of one place become one entity. */
    private static List<Entity> mergeSamePlace(List<Entity> entities) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity entity : entities) {
            byId.merge(entity.id(), entity, Geocoder::merge);
        }
        return new ArrayList<>(byId.values());
    }

    private static Entity merge(Entity a, Entity b) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparing(Mention::span));
        List<String> aliases = new ArrayList<>(a.aliases());
        for (Mention m : mentions) {
            String surface = m.text().strip();
            if (!surface.equals(a.name()) && !aliases.contains(surface)) {
                aliases.add(surface);
            }
        }
        return new Entity(a.id(), a.name(), a.type(), a.kbId(), aliases, a.descriptions(), a.geo(),
                Math.max(a.confidence(), b.confidence()), mentions);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String slug(String name) {
        return org.newslens.analyzers.actors.AliasForm.normalise(name).replaceAll("[^a-z0-9 ]", "").strip()
                .replace(' ', '-');
    }
}
