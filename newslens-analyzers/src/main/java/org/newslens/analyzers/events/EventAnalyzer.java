package org.newslens.analyzers.events;

import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.places.Gazetteer;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventType;
import org.newslens.core.model.Mention;
import org.newslens.core.model.Publication;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.Sentence;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the events an article reports: a trigger from the lexicon, its type (ACLED-compatible),
 * actor, target, place (geocoded), date (resolved) and modality. Arguments come from the sentence's
 * entities, generic participants and nationality words; where the sentence names no place or date,
 * the paragraph's previous event, the article's main place and its publication date stand in, and
 * the argument's {@code basis} says so.
 *
 * <p>Needs sentences, entities, publication, dates, quotes and claims; produces {@link Layers#EVENTS}.
 * Thread-safe.
 */
public final class EventAnalyzer implements Analyzer<List<EventMention>> {

    /** Bounded work on hostile input; a long real article has a few hundred sentences. */
    static final int MAX_SENTENCES = 5000;
    static final int MAX_EVENTS = 2000;

    /** "this last pocket", "that town": a place pointed back to, right before the trigger. */
    private static final Pattern PLACE_ANAPHOR = Pattern.compile("(?i)\\b(?:this|that)\\s+(?:last\\s+|remaining\\s+|"
            + "besieged\\s+|small\\s+)?(?:pocket|town|city|village|area|enclave|district|neighbou?rhood|suburb)\\s+"
            + "(?:(?:was|is|has been|had been|were)\\s+)?$");
    /** "the stillborn negotiations": a definite mention, which can point back to talks named before. */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** Talks, which a later mention without a place continues (a deal is about a place, not held at one). */
    private static final Set<EventType> HELD = EnumSet.of(EventType.NEGOTIATION);
    /** Events that can happen where diplomats meet, far from the fighting. */
    private static final Set<EventType> TALKS = EnumSet.of(EventType.NEGOTIATION,
            EventType.AGREEMENT, EventType.STATEMENT);
    private static final Pattern DEMONYM = Pattern.compile("\\b(?:Russian|Syrian|Turkish|Iraqi|Iranian|American|US|U\\.S\\.|"
            + "Israeli|Saudi|British|French|Qatari)(?:-(?:backed|led|brokered|sponsored|supported))?(?![\\p{L}])");
    private static final Pattern DEFINITE_FORCES = Pattern.compile("\\b[Tt]he\\s+(?:soldiers|troops|army)\\b(?!['’])");
    private static final int FORCES_REACH = 1500;
    private static final Pattern PLURAL_DEMONYM = Pattern.compile(
            "\\b[Tt]he\\s+(" + org.newslens.analyzers.actors.PluralNationals.ALTERNATION + ")\\b(?!['’])");
    private static final Pattern ADJECTIVE_AFTER_DETERMINER = Pattern.compile("(?i).*\\b(?:the|a|an|its|their|this|these|those|"
            + "his|her)\\s+$", Pattern.DOTALL);
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?!(?:in|on|at|by|of|from|to|and|or|with|for|as|"
            + "after|before|since|when|while|last|this|yesterday|today)\\b)\\p{Ll}[\\p{L}-]*");

    private final EventTriggers triggers = EventTriggers.bundled();
    private final GenericParticipants generics = new GenericParticipants();
    private final KnownEvents knownEvents = KnownEvents.bundled();
    private final ActorKnowledgeBase actors;

    private final StatementPlaces statementPlaces;

    public EventAnalyzer(ActorKnowledgeBase actors, Gazetteer gazetteer) {
        this.actors = actors;
        this.statementPlaces = new StatementPlaces(actors, gazetteer);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Layer<List<EventMention>> produces() {
        return Layers.EVENTS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.PUBLICATION, Layers.DATES, Layers.QUOTES, Layers.CLAIMS);
    }

    @Override
    public List<EventMention> analyze(AnalysisInput input) {
        Article article = input.article();
        String text = article.text();
        List<Sentence> sentences = input.get(Layers.SENTENCES);
        if (sentences.size() > MAX_SENTENCES) {
            input.report("event analysis stopped after " + MAX_SENTENCES + " of " + sentences.size() + " sentences");
            sentences = sentences.subList(0, MAX_SENTENCES);
        }
        List<Entity> entities = input.get(Layers.ENTITIES);
        List<Participant> mentions = entityParticipants(entities);
        Set<String> outlets = entities.stream().filter(e -> e.type() == EntityType.MEDIA_OUTLET).map(Entity::id)
                .collect(Collectors.toSet());
        EventArgument mainPlace = mainPlace(text, entities);
        // An article that names an armed group tells of war: its "battle" is fought with arms.
        boolean warArticle = entities.stream().anyMatch(e -> e.type() == EntityType.ARMED_GROUP);
        Entity homeCountry = homeCountry(entities, mainPlace);
        List<DateMention> dates = input.get(Layers.DATES);
        Publication publication = input.get(Layers.PUBLICATION);
        List<Quote> quotes = input.get(Layers.QUOTES);
        List<Claim> claims = input.get(Layers.CLAIMS);
        EventArguments arguments = new EventArguments(text, this::forcesOf);

        List<EventMention> events = new ArrayList<>();
        EventMention previous = null;
        EventMention lastPlaced = null; // the last event whose own sentence put it at a town
        java.util.Map<EventType, EventMention> lastDated = new java.util.EnumMap<>(EventType.class); // by kind, stated dates
        EventType lastViolence = null; // the kind of the last violent event told, for "the attack" later
        EventArgument talksPlace = null; // where the article last said talks abroad were held ("in Geneva")
        EventArgument venue = talksVenue(text, mentions, mainPlace);
        int previousParagraph = -1;
        int paragraph = 0;
        int scanned = 0;
        int breakAfter = linesAreParagraphs(text) ? 1 : 2;
        CharSpan before = null; // the sentence before this one, where "they" may point
        for (Sentence sentence : sentences) {
            CharSpan s = sentence.span();
            CharSpan previousSentence = before;
            before = s;
            paragraph += paragraphBreaksBetween(text, scanned, s.start(), breakAfter);
            scanned = Math.max(scanned, s.start());
            // The paragraph sets the scene; in text with a line per paragraph, the line before still does.
            if (previous != null && paragraph - previousParagraph > (breakAfter == 1 ? 1 : 0)) {
                previous = null;
            }
            List<EventTriggers.Found> found = triggers.find(text, s.start(), s.end());
            if (found.isEmpty()) {
                continue;
            }
            List<Participant> participants = participants(text, s, previousSentence, mentions);
            Participant topic = topicPlace(text, s, participants);
            Clauses clauses = new Clauses(text, s);
            Claim claim = claims.stream().filter(c -> c.span().overlaps(s)).findFirst().orElse(null);
            boolean continuesTalks = talksPlace != null && found.stream().anyMatch(t -> HELD.contains(t.type())
                    && DEFINITE_BEFORE.matcher(text).region(Math.max(s.start(), t.span().start() - 40), t.span().start())
                    .find());
            for (EventTriggers.Found trigger : found) {
                if (adjectival(text, trigger) || quotes.stream().anyMatch(q -> q.kind() == QuoteKind.TITLE
                        && q.span().contains(trigger.span()) && (q.reason() == null || !q.reason().contains("headline")))) {
                    // "“The War Within: America’s Battle Over Vietnam”": a book's title tells no event (a cited news
                    // headline, "“Explosion at Travis Air Force Base,” by …", does)
                    continue;
                }
                CharSpan clause = clauses.around(trigger.span());
                EventArguments.Found args = arguments.find(trigger, clause, s, participants, clauses.relative(clause));
                String words = trigger.span().of(text);
                boolean civilianTarget = args.target() != null && GenericParticipants.CIVILIANS.equals(args.target().name());
                String sentenceBefore = previousSentence != null && s.start() - previousSentence.end() < 3
                        ? previousSentence.of(text) : "";
                if (!EventTypes.literal(words, s.of(text), sentenceBefore)) {
                    continue; // "strike fear into", "a solar storm will strike Earth", "advice that shoots down her claims"
                }
                if (EventTypes.figurativeUnlessArmed(words) && !EventTypes.armedFight(text.substring(s.start(),
                        trigger.span().start()) + " " + text.substring(trigger.span().end(), s.end()),
                        warArticle || battlePlace(text, trigger.span(), participants))) {
                    continue; // "their battle with the powerful National Rifle Association": a figure of speech
                }
                if (WARNING.matcher(words).matches() && !stateOrArmed(args.actor())) {
                    continue; // "Aid agencies have warned that …": a warning is an event where a state or an armed side gives it
                }
                if (trigger.type() == EventType.STATEMENT && args.actor() == null
                        && QUOTE_FRAME_BEFORE.matcher(text).region(Math.max(s.start(), trigger.span().start() - 40),
                        trigger.span().start()).find()) {
                    continue; // "“…there's active shooters on the runway,” he declared": a frame of someone's words
                }
                if (PUSH.matcher(words).matches() && !stateOrArmed(args.actor()) && !EventTypes.aboutConflict(s.of(text))) {
                    continue; // "a caravan of migrants … intent on pushing towards the border": no armed advance
                }
                EventType type = EventTypes.refine(trigger.type(), words, s.of(text),
                        text.substring(clause.start(), trigger.span().start()), civilianTarget,
                        args.target() != null && args.target().type() == EntityType.PERSON, sentenceBefore);
                boolean theAttack = type == EventType.BATTLE
                        && THE_ATTACK.matcher(text).region(clause.start(), trigger.span().end()).find();
                if (theAttack && lastPlaced != null && (lastPlaced.type() == EventType.ATTACK_ON_CIVILIANS
                        || lastPlaced.type() == EventType.BOMBING)
                        && s.start() - lastPlaced.sentence().end() <= RECENT_PLACE_CHARS) {
                    // "stabbed four people near Munich … concluded that the attack had nothing to do with Islam": the
                    // same attack, of the same kind
                    type = lastPlaced.type();
                } else if (theAttack && lastViolence == EventType.ATTACK_ON_CIVILIANS
                        && !EventTypes.armedSide(s.of(text))) {
                    // "the October 1st massacre …" paragraphs before "since the attack": the attack the article told of,
                    // when it told of no fighting since
                    type = lastViolence;
                }
                Quote quote = quotes.stream().filter(q -> q.span().contains(trigger.span())).findFirst().orElse(null);
                // The clause cut at "if" keeps the condition for its modality.
                String condition = clauses.conditional(clause) ? "if " : "";
                EventModality.Decision modality = EventModality.decide(trigger.span(),
                        condition + text.substring(clause.start(), trigger.span().start()),
                        text.substring(trigger.span().end(), Math.max(trigger.span().end(), clause.end())), s.of(text),
                        text.substring(s.start(), trigger.span().start()),
                        beforeReportedThat(text, trigger.span(), claim) ? null : claim,
                        quote, quote != null && outlets.contains(quote.speaker()));

                Participant place = args.location();
                if (place != null && !TALKS.contains(type) && !clause.contains(place.span())
                        && talksHeldAt(events, s, place, mainPlace)) {
                    // "in Vienna it was agreed that …, but it was never bombed": the talks' town, not the bombing's.
                    place = null;
                }
                EventArgument scene;
                EventArgument location = place != null ? place.argument("stated")
                        : topic != null ? topic.argument("stated") : null;
                Matcher theCountry = THE_COUNTRY.matcher(text).region(s.start(), s.end());
                if (location == null && homeCountry != null && theCountry.find()) {
                    // "boots on the ground to occupy the country": the country the article is about.
                    location = new EventArgument(homeCountry.id(), homeCountry.name(),
                            new CharSpan(theCountry.start(), theCountry.end()), homeCountry.geo(), "stated");
                }
                if (previous != null && previous.location() != null && previous.location().stated()
                        && PLACE_ANAPHOR.matcher(text).region(clause.start(), trigger.span().start()).find()) {
                    // "With this last pocket cleared": the place the sentence before named, not one named later.
                    location = previous.location().withBasis("previous");
                }
                if (location == null && venue != null && type == EventType.NEGOTIATION && TALKS_NOUN.matcher(words).matches()) {
                    // "Peace Talks “Paused” after Putin's Triumph in Aleppo" heads an article on the Geneva talks.
                    location = venue;
                } else if (location == null && continuesTalks && (TALKS.contains(type) || type == EventType.CEASEFIRE)) {
                    // "De Mistura suspended the negotiations" paragraphs after "peace talks in Geneva": the same talks,
                    // and what the sentence tells with them ("announced a pause in the stillborn negotiations").
                    location = talksPlace.withBasis("previous");
                } else if (location == null && previous != null && previous.location() != null
                        && !talksAbroad(previous, type, mainPlace)) {
                    // (a statement placed at its speaker's seat abroad is talks abroad: what follows it is not there)
                    location = previous.location().withBasis("previous");
                } else if (location == null && (scene = sceneLine(text, previousSentence, mentions)) != null) {
                    // "And in Russia.\nGyulchekhra Bobokulova beheaded a girl": a line that only names a place sets the scene
                    location = scene;
                } else if (location == null && lastPlaced != null && !TALKS.contains(lastPlaced.type())
                        && lastPlaced.type() != EventType.STATEMENT
                        && s.start() - lastPlaced.sentence().end() <= RECENT_PLACE_CHARS
                        && !ELSEWHERE.matcher(s.of(text)).find()
                        && !otherPlaceBetween(mentions, lastPlaced.sentence().end(), s.start(), lastPlaced.location())) {
                    // "A terrorist stabbed four people near Munich. … A woman heard him say … The authorities concluded
                    // that the attack …": the place of the event the lines just before told, across short paragraphs
                    location = lastPlaced.location().withBasis("previous");
                } else if (location == null && (scene = openingScene(text, s, participants)) != null) {
                    // "In Syria President Bashar al-Assad is reasserting control after …": the place the sentence
                    // opens with is the scene of all it tells
                    location = scene;
                } else if (location == null && mainPlace != null) {
                    location = mainPlace;
                } else if (location == null && args.country() != null) {
                    location = args.country().argument("stated");
                }
                EventDate date = EventDating.date(text, trigger.span(), clause, s, dates, publication);
                if (date != null && date.span() == null && previous != null && previous.date() != null
                        && previous.date().span() != null) {
                    EventDate earlier = previous.date();
                    date = new EventDate(earlier.value(), earlier.from(), earlier.to(), null, earlier.precision(), "previous");
                }
                EventMention toldEvent = lastDated.get(type);
                EventDate told = toldEvent == null ? null : toldEvent.date();
                boolean ownDate = date != null && date.span() != null
                        && trigger.span().start() - date.span().end() <= OWN_DATE_GAP
                        && date.span().start() - trigger.span().end() <= OWN_DATE_GAP_AFTER;
                Matcher definite = DEFINITE_BEFORE.matcher(text).region(Math.max(s.start(), trigger.span().start() - 40),
                        trigger.span().start());
                if (!ownDate && told != null && INCIDENTS.contains(type) && definite.find()
                        && namesOnlyWhatWasTold(text, definite, toldEvent.sentence().of(text), mentions)) {
                    // "the October 1st massacre" … "since the attack", "the Las Vegas shooting": the attack told before
                    // ("posted her account of the Las Vegas massacre … on Oct. 4": that day is the posting's)
                    date = new EventDate(told.value(), told.from(), told.to(), null, told.precision(), "previous");
                }
                // "Putin in his interview with Bloomberg described the negotiations": an outlet reports, it does not negotiate.
                boolean reporter = args.actor() != null && args.actor().type() == EntityType.MEDIA_OUTLET
                        && type != EventType.STATEMENT;
                EventArgument actor = args.actor() != null && !reporter && !bystander(text, args.actor(), type)
                        ? args.actor().argument("stated") : null;
                Matcher firstPerson = FIRST_PERSON_SUBJECT.matcher(text)
                        .region(Math.max(clause.start(), quote == null ? clause.start() : quote.span().start()),
                                trigger.span().start());
                if (actor == null && quote != null && quote.speaker() != null && firstPerson.find()
                        && !PASSIVE_BE.matcher(firstPerson.group()).find()) {
                    // ("that I should be killed": the speaker suffers it)
                    // "“… I will call up the U.S. Military …” Trump wrote": the one speaking acts
                    Entity speaker = entities.stream().filter(e -> e.id().equals(quote.speaker())).findFirst().orElse(null);
                    if (speaker != null) {
                        actor = new EventArgument(speaker.id(), speaker.name(), null, null, "speaker");
                    }
                }
                KnownEvents.Match known = knownEvents.named(text, trigger.span(), s, publication);
                if (known == null) {
                    known = knownEvents.toldAt(type, location, trigger.span(), s, dates, publication);
                } else if (known.event().definite() && toldOtherwise(events, known.event())) {
                    known = null; // "The February 12 massacre in Orlando …" before "the Orlando shooting": that one
                }
                if (known != null) {
                    // "the 9/11 attacks": a past event by its name, at its own town and day, not the article's
                    type = known.event().type();
                    location = KnownEvents.place(known, entities);
                    date = KnownEvents.date(known);
                    EventArgument perpetrator = KnownEvents.actor(known, entities, actors);
                    if (perpetrator != null && (actor == null || !perpetratorStated(text, actor, known.name()))) {
                        actor = perpetrator; // ("Iran's role in the 9/11 attacks" is a role, not the attack)
                    }
                }
                EventArgument target = args.target() != null ? args.target().argument("stated") : null;
                if (target == null && type == EventType.ATTACK_ON_CIVILIANS) {
                    // "the massacre that left 58 dead": violence against civilians has civilians as its target
                    target = new EventArgument(null, GenericParticipants.CIVILIANS, null, null, "type");
                }
                if (type == EventType.STATEMENT && (location == null || !location.stated())
                        && !placeNamedIn(text, s, mentions)) {
                    EventArgument atTheUn = statementPlaces.venue(s.of(text));
                    EventArgument speakersCountry = statementPlaces.countryOf(actor, entities);
                    boolean alreadyThere = location != null && location.geo() != null && speakersCountry != null
                            && location.geo().country().equals(speakersCountry.geo().country());
                    location = atTheUn != null ? atTheUn
                            : speakersCountry != null && !alreadyThere ? speakersCountry : location; // Washington stays
                }
                double confidence = confidence(trigger, actor, location, date);
                String reason = "trigger \"" + words + "\" (" + type + ", " + args.how() + ")"
                        + describe("actor", actor) + describe("target", target) + describe("place", location)
                        + (date != null ? "; date " + date.value() + " (" + date.basis() + ")" : "")
                        + "; " + modality.modality().name().toLowerCase() + ": " + modality.why();
                EventMention event = new EventMention(trigger.span(), words, type, actor, target, location, date,
                        modality.modality(), s, confidence, reason);
                events.add(event);
                if (VIOLENCE.contains(type)) {
                    lastViolence = type;
                    if (INCIDENTS.contains(type) && date != null && (date.span() != null && "stated".equals(date.basis())
                            || KnownEvents.BASIS.equals(date.basis()))) {
                        lastDated.put(type, event);
                    }
                }
                if (location != null && location.stated() && HELD.contains(type) && abroad(location, mainPlace)
                        && location.geo() != null && !"country".equals(location.geo().kind())) {
                    talksPlace = location;
                }
                // A known past agreement sets no scene: "abiding by the Good Friday Agreement" does not put the Brexit
                // talks told next in Belfast (a known attack does: "the attacks" told again are in New York).
                boolean setsScene = known == null || VIOLENCE.contains(known.event().type());
                if (setsScene && location != null && location.stated() && location.geo() != null
                        && "city".equals(location.geo().kind())
                        && modality.modality() == org.newslens.core.model.Modality.FACT) {
                    lastPlaced = event; // (a region or river, or a threat, sets no scene for what follows)
                }
                if (setsScene && (location != null && location.stated() || date != null && date.span() != null)) {
                    previous = event;
                    previousParagraph = paragraph;
                }
                if (events.size() >= MAX_EVENTS) {
                    input.report("event analysis stopped after " + MAX_EVENTS + " events");
                    return List.copyOf(events);
                }
            }
        }
        return OneSidedActors.fill(datedByLead(text, events));
    }

    /**
     * Has the article told an attack at the known event's town on another day, dated by words next to it ("The
     * February 12 massacre in Orlando")? (Not a day further off, which may be when someone spoke of it.)
     */
    private static boolean toldOtherwise(List<EventMention> events, KnownEvents.KnownEvent known) {
        return events.stream().anyMatch(e -> INCIDENTS.contains(e.type()) && e.date() != null
                && "stated".equals(e.date().basis()) && !known.date().toString().equals(e.date().from())
                && e.date().span() != null && e.span().start() - e.date().span().end() <= OWN_DATE_GAP
                && e.date().span().start() - e.span().end() <= OWN_DATE_GAP_AFTER
                && e.location() != null && e.location().geo() != null && KnownEvents.sameTown(e.location().geo(), known));
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+");

    /**
     * Does "the … attack" name no place or side the attack told before did not? "the Las Vegas shooting" after the
     * shooting in Las Vegas is that one, and "the Campos shooting" names its victim; "the Nazi annihilation" after
     * murders in Granada in 1066 is another.
     */
    private static boolean namesOnlyWhatWasTold(String text, Matcher definite, String toldSentence,
                                                List<Participant> mentions) {
        Matcher m = CAPITALISED.matcher(text).region(definite.start(), definite.end());
        while (m.find()) {
            int at = m.start();
            boolean person = mentions.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.span().start() <= at
                    && at < p.span().end());
            if (!m.group().equals("The") && !person && !toldSentence.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    /** "Saudi Arabia carried out the 9/11 attacks": the text says who did it; its claim stands against the record. */
    private static final Pattern PERPETRATED = Pattern.compile("(?i)\\b(?:carried out|committed|perpetrated|launched"
            + "|staged|orchestrated|masterminded|planned|(?:was|were|is|are) (?:really )?behind|did)\\b");

    private static boolean perpetratorStated(String text, EventArgument actor, CharSpan name) {
        return actor.span() != null && actor.span().end() <= name.start()
                && PERPETRATED.matcher(text.substring(actor.span().end(), name.start())).find();
    }

    private static final Pattern WARNING = Pattern.compile("(?i)warn\\w*");
    /** "I will", "we must": the speaker of the quote is the subject. */
    private static final Pattern FIRST_PERSON_SUBJECT = Pattern.compile("\\b(?:I|[Ww]e)\\s+(?:[\\p{L}’']+\\s+){0,3}$");
    /** Characters between a trigger and a date that is its own ("the October 1st massacre", "attacked on Monday"). */
    private static final int OWN_DATE_GAP = 12;
    /** After the trigger a date may end its own phrase: "the invasion of Poland in September 1939". */
    private static final int OWN_DATE_GAP_AFTER = 40;
    /** Single incidents, which "the attack" later names again (a battle or a campaign may be one of many). */
    private static final java.util.Set<EventType> INCIDENTS = java.util.EnumSet.of(EventType.ATTACK_ON_CIVILIANS,
            EventType.BOMBING);
    private static final Pattern PASSIVE_BE = Pattern.compile("\\b(?:be|been|being|am|is|are|was|were|get|got)\\s+\\S*$");
    private static final Pattern PUSH = Pattern.compile("(?i)push.*");
    /** A closing quote and at most a few words before a statement's verb: "…,” he declared", "…!” Smith announced". */
    private static final Pattern QUOTE_FRAME_BEFORE = Pattern.compile("[”\"]\\s*,?\\s*(?:[\\p{L}.'’-]+\\s+){0,3}$");
    private static final java.util.Set<EventType> VIOLENCE = java.util.EnumSet.of(EventType.BATTLE,
            EventType.ATTACK_ON_CIVILIANS, EventType.BOMBING, EventType.AIR_STRIKE, EventType.SHELLING);

    /** "the battle for Aleppo", "the Mosul battle": a place the fight is named by, right after or before it. */
    private static final Pattern BATTLE_PLACE_GAP = Pattern.compile("(?i)\\s+(?:for|of|over|in|at|near|around|outside)\\s+"
            + "(?:the\\s+)?(?:[\\p{L}-]+\\s+)?");

    private static boolean battlePlace(String text, CharSpan trigger, List<Participant> participants) {
        return participants.stream().filter(Participant::place).anyMatch(p -> p.span().start() >= trigger.end()
                && BATTLE_PLACE_GAP.matcher(text.substring(trigger.end(), p.span().start())).matches()
                || p.span().end() <= trigger.start() && text.substring(p.span().end(), trigger.start()).matches("(?:['’]s)?\\s+"));
    }

    /** A government, an armed group, a state named by its country, or a person (who speaks for one or for themself). */
    private static boolean stateOrArmed(Participant actor) {
        return actor != null && (actor.type() == EntityType.STATE_OR_GOVERNMENT || actor.type() == EntityType.ARMED_GROUP
                || actor.type() == EntityType.PERSON || actor.country());
    }

    /** "in Syria", "out of Syria", "across the border at Nasib": a place the sentence puts something in. */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|inside|out of|across|throughout"
            + "|near|at|from|to)\\s+(?:the\\s+)?$");

    /**
     * True when the sentence puts something at a place it names ("announced plans to keep ISIS out of Syria"):
     * its statement is about there, not where the speaker sits.
     */
    private static boolean placeNamedIn(String text, CharSpan sentence, List<Participant> mentions) {
        return mentions.stream().anyMatch(p -> p.place() && sentence.contains(p.span())
                && LOCATIVE_BEFORE.matcher(text.substring(Math.max(sentence.start(), p.span().start() - 20),
                p.span().start())).find());
    }

    /**
     * True when {@code previous} is talks held outside the country the article is about ("peace
     * talks in Geneva"), whose place a fighting event told after it does not share.
     */
    private static boolean talksAbroad(EventMention previous, EventType type, EventArgument mainPlace) {
        return TALKS.contains(previous.type()) && !TALKS.contains(type) && abroad(previous.location(), mainPlace);
    }

    private static final Pattern THAT_AFTER = Pattern.compile("\\s+that\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]|\\s[—–]\\s");

    /**
     * "Douma was liberated last week, … and on Tuesday reports emerged that militants agreed to leave":
     * what a sentence tells before its attribution opens a "that" clause is the writer's own account.
     */
    private static boolean beforeReportedThat(String text, CharSpan trigger, Claim claim) {
        return claim != null && claim.cue() != null && trigger.end() <= claim.cue().start()
                && THAT_AFTER.matcher(text).region(claim.cue().end(), text.length()).lookingAt()
                && CLAUSE_BREAK.matcher(text).region(trigger.end(), claim.cue().start()).find();
    }

    /** "across the country", "to occupy the country": the article's country, named by a common noun. */
    private static final Pattern THE_COUNTRY = Pattern.compile("(?i)(?<=\\b(?:across|in|into|throughout|occupy|"
            + "occupying|invade|invaded|of|all over|around) )the country\\b(?!['’])");

    /** The country of the article's main place, when the article names it as a place. */
    private static Entity homeCountry(List<Entity> entities, EventArgument mainPlace) {
        if (mainPlace == null || mainPlace.geo() == null) {
            return null;
        }
        return entities.stream().filter(e -> e.type() == EntityType.LOCATION && e.geo() != null
                && "country".equals(e.geo().kind()) && e.geo().country().equals(mainPlace.geo().country()))
                .findFirst().orElse(null);
    }

    /** Talks named as such, which happen at a venue: "peace talks", "the negotiations" (not "negotiating"). */
    private static final Pattern TALKS_NOUN = Pattern.compile("(?i)(?:peace\\s+)?(?:talks|negotiations)");
    /** "peace talks in Geneva", "talks held in Astana", "the Geneva peace talks" (a press conference is no talks). */
    private static final Pattern TALKS_IN_AFTER = Pattern.compile("(?i)\\b(?:talks|negotiations|(?:peace|security)\\s+conference)"
            + "(?:\\s+(?:were|was|are|is|being|been|to be))?(?:\\s+(?:held|hosted|convened|taking place|resumed))?\\s+(?:in|at)\\s+(?:the\\s+)?$");
    private static final Pattern TALKS_BEFORE = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:(?:peace|security|ceasefire)\\s+)?"
            + "(?:talks|negotiations|process)\\b|^\\s+(?:peace|security)\\s+conference\\b");

    /**
     * Where the article says talks abroad are held ("peace talks in Geneva", "the Astana talks"): the
     * first such town named, or null. Talks the article names without a place are held there, not
     * where the fighting is, even before the venue is given.
     */
    private static EventArgument talksVenue(String text, List<Participant> mentions, EventArgument mainPlace) {
        for (Participant p : mentions) {
            if (!p.place() || p.country() || p.vague()) {
                continue;
            }
            String before = text.substring(Math.max(0, p.span().start() - 60), p.span().start());
            String after = text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 40));
            // Not "stated" for the events that take it: their own sentence names no place.
            EventArgument place = new EventArgument(p.id(), p.name(), null, p.geo(), "article");
            if ((TALKS_IN_AFTER.matcher(before).find() || TALKS_BEFORE.matcher(after).find())
                    && (mainPlace == null || abroad(place, mainPlace))) {
                return place;
            }
        }
        return null;
    }

    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?:\\r?\\n|$)");
    /** How far into the article the lead that dates a headline's event may lie. */
    private static final int LEAD_REACH = 1500;

    /**
     * "Syrian army breaks siege of two towns" over "… broke a three-year siege … on Wednesday": a headline
     * tells the lead's event, and takes its date rather than the publication date.
     */
    private static List<EventMention> datedByLead(String text, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (e.date() == null || !"publication".equals(e.date().basis()) || !headline(text, e.sentence())) {
                continue;
            }
            EventMention lead = events.stream().filter(l -> l.type() == e.type() && l.sentence().start() > e.sentence().end()
                    && l.span().start() < LEAD_REACH && l.date() != null && l.date().span() != null).findFirst().orElse(null);
            if (lead != null) {
                EventDate d = lead.date();
                out.set(i, new EventMention(e.span(), e.text(), e.type(), e.actor(), e.target(), e.location(),
                        new EventDate(d.value(), d.from(), d.to(), null, d.precision(), "lead"), e.modality(), e.sentence(),
                        e.confidence(), e.reason().replace("date " + e.date().value() + " (publication)",
                        "date " + d.value() + " (the lead's)")));
            }
        }
        return List.copyOf(out);
    }

    /** The article's first line standing alone, without a full stop: its headline. */
    private static boolean headline(String text, CharSpan sentence) {
        String line = sentence.of(text).strip();
        return text.substring(0, sentence.start()).isBlank() && !line.endsWith(".")
                && LINE_END.matcher(text).region(sentence.end(), text.length()).lookingAt();
    }

    /** True when an earlier event of {@code sentence} is talks or a deal abroad, at {@code place}. */
    private static boolean talksHeldAt(List<EventMention> events, CharSpan sentence, Participant place,
                                       EventArgument mainPlace) {
        return events.stream().anyMatch(e -> e.sentence().equals(sentence)
                && (e.type() == EventType.NEGOTIATION || e.type() == EventType.AGREEMENT)
                && e.location() != null && e.location().stated() && java.util.Objects.equals(place.id(), e.location().id())
                && abroad(e.location(), mainPlace));
    }

    /** "Take Iraq for example, Washington supposedly withdrew in 2011": a place the sentence opens with as its case. */
    private static final Pattern TOPIC_OPENER = Pattern.compile("(?i)\\s*(?:take|consider|look at)\\s+(?:the case of\\s+)?$");
    private static final Pattern TOPIC_CLOSER = Pattern.compile("(?i)\\s*,?\\s*(?:for example|for instance|as an example)\\b");

    /** The place a sentence opens with as its example ("Take Iraq for example, …"), or null. */
    private static Participant topicPlace(String text, CharSpan sentence, List<Participant> participants) {
        for (Participant p : participants) {
            if (p.place() && TOPIC_OPENER.matcher(text.substring(sentence.start(), p.span().start())).matches()
                    && TOPIC_CLOSER.matcher(text).region(p.span().end(), sentence.end()).lookingAt()) {
                return p;
            }
        }
        return null;
    }

    /** True when {@code place} lies in another country than the article's main place. */
    private static boolean abroad(EventArgument place, EventArgument mainPlace) {
        return mainPlace != null && mainPlace.geo() != null && place.geo() != null
                && !place.geo().country().equals(mainPlace.geo().country());
    }

    /** "the besieged neighbourhoods", "the liberated areas": a participle describing a noun, not an event. */
    private static boolean adjectival(String text, EventTriggers.Found trigger) {
        String words = trigger.span().of(text).toLowerCase();
        if (!words.endsWith("ed") || words.contains(" ")) {
            return false;
        }
        String before = text.substring(Math.max(0, trigger.span().start() - 20), trigger.span().start());
        return ADJECTIVE_AFTER_DETERMINER.matcher(before).matches()
                && NOUN_AFTER.matcher(text.substring(trigger.span().end(), Math.min(text.length(), trigger.span().end() + 30)))
                .lookingAt();
    }

    private static List<Participant> entityParticipants(List<Entity> entities) {
        List<Participant> all = new ArrayList<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                all.add(new Participant(mention.span(), entity.id(), entity.name(), entity.type(), entity.geo()));
            }
        }
        all.sort(Comparator.comparing(Participant::span));
        return all;
    }

    private static final Pattern WITHOUT_BEFORE = Pattern.compile("(?i).*\\bwithout\\s+(?:the\\s+)?$", Pattern.DOTALL);
    private static final Pattern MEDIATOR_AFTER = Pattern.compile("(?i)-(?:mediated|brokered|hosted|sponsored)\\b");

    /**
     * "sat at one table, without Washington": someone the clause leaves out; "United Nations-mediated
     * peace talks": the mediator, not a party to the talks.
     */
    private static boolean bystander(String text, Participant actor, EventType type) {
        boolean without = WITHOUT_BEFORE.matcher(text.substring(Math.max(0, actor.span().start() - 20),
                actor.span().start())).matches();
        boolean mediator = (TALKS.contains(type) || type == EventType.CEASEFIRE)
                && MEDIATOR_AFTER.matcher(text).region(actor.span().end(), text.length()).lookingAt();
        return without || mediator;
    }

    /** "the militants", "the jihadists": a definite plural that points back to a group just named. */
    private static final Pattern DEFINITE_MILITANTS = Pattern.compile("(?i)the (?:militants|jihadists|terrorists|extremists)");
    /** How far back "the militants" may point: the sentence and the one before, about. */
    private static final int GROUP_REACH = 300;

    /** The last non-state armed group named in the paragraph within {@link #GROUP_REACH} characters before {@code before}. */
    private Participant lastArmedGroup(String text, List<Participant> mentions, int before) {
        Participant last = lastKnownArmedGroup(mentions, before, GROUP_REACH, false);
        // In the same paragraph only: a new paragraph's "the militants" may be anyone's.
        return last != null && !text.substring(last.span().end(), before).contains("\n\n") ? last : null;
    }

    /** The last mention of a state's armed forces ("Iraqi troops") within a few paragraphs before {@code before}. */
    private Participant lastStateForces(List<Participant> mentions, int before) {
        return lastKnownArmedGroup(mentions, before, FORCES_REACH, true);
    }

    /** The last knowledge-base armed group within {@code reach} before {@code before}, a state's or not as asked. */
    private Participant lastKnownArmedGroup(List<Participant> mentions, int before, int reach, boolean ofState) {
        Participant last = null;
        for (Participant p : mentions) {
            if (p.span().end() > before) {
                break;
            }
            if (p.span().start() >= before - reach && p.id() != null && p.id().startsWith("kb:")
                    && p.type() == EntityType.ARMED_GROUP && actors.byId(p.id().substring(3))
                    .map(a -> a.affiliation()).flatMap(actors::byId)
                    .filter(g -> g.type() == EntityType.STATE_OR_GOVERNMENT).isPresent() == ofState) {
                last = p;
            }
        }
        return last;
    }

    /** The sentence's entity mentions, generic participants and nationality words, in text order. */
    private List<Participant> participants(String text, CharSpan sentence, CharSpan previousSentence,
                                           List<Participant> mentions) {
        List<Participant> inside = new ArrayList<>(mentions.stream().filter(p -> sentence.contains(p.span())).toList());
        for (GenericParticipants.Found generic : generics.find(text, sentence.start(), sentence.end())) {
            // "Assad's militias": the generic phrase wins over the name it contains.
            inside.removeIf(p -> generic.span().contains(p.span()) && generic.span().length() > p.span().length()
                    && p.type() == EntityType.PERSON);
            if (inside.stream().noneMatch(p -> p.span().overlaps(generic.span()))) {
                Participant group = DEFINITE_MILITANTS.matcher(text).region(Math.max(0, generic.span().start() - 4),
                        generic.span().end()).matches() ? lastArmedGroup(text, mentions, generic.span().start()) : null;
                // "crashed through al Nusra's defenses and forced the jihadists to retreat": the group just named.
                inside.add(group != null ? new Participant(generic.span(), group.id(), group.name(), group.type(), null)
                        : new Participant(generic.span(), null, generic.name(), null, null));
            }
        }
        Matcher m = DEMONYM.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(), m.end());
            if (inside.stream().anyMatch(p -> p.span().overlaps(span))) {
                continue;
            }
            String following = text.substring(m.end(), Math.min(sentence.end(), m.end() + 40)).stripLeading();
            Demonyms.actorId(m.group(), following).flatMap(actors::byId).ifPresent(actor ->
                    inside.add(new Participant(span, "kb:" + actor.id(), actor.name(), actor.type(), null)));
        }
        Matcher definite = DEFINITE_FORCES.matcher(text).region(sentence.start(), sentence.end());
        while (definite.find()) {
            CharSpan span = new CharSpan(definite.start(), definite.end());
            Participant forces = inside.stream().anyMatch(p -> p.span().overlaps(span)) ? null
                    : lastStateForces(mentions, span.start());
            if (forces != null) {
                // "The soldiers seized the hospital": the state's forces the text last named.
                inside.add(new Participant(span, forces.id(), forces.name(), forces.type(), null));
            }
        }
        Matcher plural = PLURAL_DEMONYM.matcher(text).region(sentence.start(), sentence.end());
        while (plural.find()) {
            CharSpan span = new CharSpan(plural.start(), plural.end());
            if (inside.stream().noneMatch(p -> p.span().overlaps(span))) {
                Demonyms.pluralActorId(plural.group(1)).flatMap(actors::byId).ifPresent(actor ->
                        inside.add(new Participant(span, "kb:" + actor.id(), actor.name(), actor.type(), null)));
            }
        }
        Matcher they = THEY.matcher(text).region(sentence.start(), sentence.end());
        while (they.find()) {
            CharSpan span = new CharSpan(they.start(), they.end());
            Participant referent = theyReferent(text, previousSentence, sentence, span.start(), mentions, inside);
            if (referent != null && inside.stream().noneMatch(p -> p.span().overlaps(span))) {
                // "... left eastern Aleppo terrorists reeling. They fired rockets on ...": the side last named.
                inside.add(new Participant(span, referent.id(), referent.name(), referent.type(), null));
            }
        }
        inside.sort(Comparator.comparing(Participant::span));
        return inside;
    }

    private static final Pattern THEY = Pattern.compile("\\b[Tt]hey\\b");

    /**
     * Whom "they" stands for: the last side named from the sentence before up to the pronoun — an armed group, a
     * government, or fighters the text does not name — unless civilians were named after it (then it may be them).
     */
    private Participant theyReferent(String text, CharSpan previousSentence, CharSpan sentence, int pronoun,
                                     List<Participant> mentions, List<Participant> inside) {
        List<Participant> named = new ArrayList<>();
        if (previousSentence != null) {
            named.addAll(mentions.stream().filter(p -> previousSentence.contains(p.span())).toList());
            for (GenericParticipants.Found generic : generics.find(text, previousSentence.start(), previousSentence.end())) {
                named.removeIf(p -> generic.span().contains(p.span()) && p.type() == EntityType.PERSON);
                if (named.stream().noneMatch(p -> p.span().overlaps(generic.span()))) {
                    named.add(new Participant(generic.span(), null, generic.name(), null, null));
                }
            }
        }
        named.addAll(inside.stream().filter(p -> p.span().end() <= pronoun).toList());
        Participant last = null;
        int civilians = -1;
        for (Participant p : named) {
            if (GenericParticipants.CIVILIANS.equals(p.name()) && p.id() == null) {
                civilians = Math.max(civilians, p.span().start());
            } else if (isSide(p) && (last == null || p.span().start() > last.span().start())) {
                last = p;
            }
        }
        // A quote opened since: "They are killing anyone who stays," a nurse said — the speaker's "they", unknown.
        return last == null || civilians > last.span().start()
                || OPENING_QUOTE.matcher(text).region(last.span().end(), pronoun).find() ? null : last;
    }

    private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“«]");

    /** A party to fighting or talks: an armed group, a government, or fighters the text does not name. */
    private static boolean isSide(Participant p) {
        return p.type() == EntityType.ARMED_GROUP || p.type() == EntityType.STATE_OR_GOVERNMENT
                || (p.id() == null && (GenericParticipants.armedOpposition(p.name())
                || GenericParticipants.PRO_GOVERNMENT.equals(p.name())));
    }

    /**
     * Where an event with no stated place most likely is: the most-mentioned town, region or facility,
     * unless a country is mentioned more often (an article about "Syria" at large), then the country.
     * Parts of a country ("northern Syria") count for the country: the article is about it at large.
     */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:elsewhere|meanwhile|separately)\\b");
    /** "the attack" told again: the definite noun right before the trigger. */
    private static final Pattern THE_ATTACK = Pattern.compile("(?i)\\bthe\\s+attacks?$");
    /** A sentence that only names a place: "And in Russia.", "Meanwhile, in Amsterdam:". */
    private static final Pattern SCENE_LINE = Pattern.compile("(?i)^\\W*(?:(?:and|but|meanwhile|then),?\\s+)?(?:(?:in|at)\\s+)?"
            + "(?:the\\s+)?(?<place>\\p{Lu}[\\p{L}'’ -]{1,40}?)\\s*[.!:…]?\\s*$");

    private static final Pattern OPENING_IN = Pattern.compile("\\s*(?:(?:But|And|Meanwhile|Elsewhere),?\\s+)?[Ii]n\\s+(?:the\\s+)?");

    /** The place a sentence opens with ("In Syria …", "But in Japan, …"), stated; or null. */
    private static EventArgument openingScene(String text, CharSpan sentence, List<Participant> participants) {
        Matcher in = OPENING_IN.matcher(text).region(sentence.start(), sentence.end());
        if (!in.lookingAt()) {
            return null;
        }
        return participants.stream().filter(p -> p.place() && p.span().start() == in.end()).findFirst()
                .map(p -> p.argument("stated")).orElse(null);
    }

    /** The place a sentence that names nothing else names, with basis "previous"; or null. */
    private static EventArgument sceneLine(String text, CharSpan sentence, List<Participant> mentions) {
        Matcher scene = sentence == null ? null : SCENE_LINE.matcher(sentence.of(text));
        if (scene == null || !scene.matches()) {
            return null;
        }
        int start = sentence.start() + scene.start("place");
        int end = sentence.start() + scene.end("place");
        // the line is the place's name and nothing more ("Douma was quiet." tells something of Douma)
        return mentions.stream().filter(p -> p.place() && p.geo() != null && p.span().start() == start
                && p.span().end() == end).findFirst().map(p -> p.argument("previous")).orElse(null);
    }

    /** Whether a place (other than {@code place}) is named between {@code from} and {@code to}. */
    private static boolean otherPlaceBetween(List<Participant> mentions, int from, int to, EventArgument place) {
        return mentions.stream().anyMatch(p -> p.place() && !p.vague() && p.span().start() >= from
                && p.span().end() <= to && (place.id() == null || !place.id().equals(p.id())));
    }

    /** How far back (characters) an event placed at a town still sets the scene of a sentence that names no place. */
    private static final int RECENT_PLACE_CHARS = 350;

    private static EventArgument mainPlace(String text, List<Entity> entities) {
        Entity local = null;
        Entity country = null;
        int localCount = 0;
        int countryCount = 0;
        Map<String, Integer> partMentions = new HashMap<>();
        for (Entity e : entities) {
            if (isCountryPart(e, entities)) {
                partMentions.merge(e.geo().place(), e.mentions().size(), Integer::sum);
            }
        }
        for (Entity e : entities) {
            if ((e.type() != EntityType.LOCATION && e.type() != EntityType.FACILITY) || e.geo() == null
                    || isCountryPart(e, entities) || e.geo().country().isEmpty()
                    || e.type() == EntityType.FACILITY && e.mentions().size() < 2) {
                // a sea or world region ("the Middle East") is too broad to be the article's place; a facility
                // named once ("the Arak reactor" in a piece on the nuclear deal) too narrow
                continue;
            }
            boolean isCountry = "country".equals(e.geo().kind());
            // A country counts where it is a place ("in Syria"), not where it acts ("the U.S. warned").
            int count = isCountry ? (int) e.mentions().stream().filter(m -> AS_PLACE.matcher(
                    text.substring(Math.max(0, m.start() - 20), m.start())).matches()).count()
                    + partMentions.getOrDefault(e.geo().place(), 0) : e.mentions().size();
            if (isCountry && count > countryCount) {
                country = e;
                countryCount = count;
            } else if (!isCountry && count > localCount) {
                local = e;
                localCount = count;
            }
        }
        Entity chosen = local == null || (country != null && countryCount > localCount) ? country : local;
        return chosen == null ? null : new EventArgument(chosen.id(), chosen.name(), null, chosen.geo(), "article");
    }

    /** "Northern Syria": a region the geocoder placed inside a country the article also names. */
    private static boolean isCountryPart(Entity e, List<Entity> entities) {
        return e.type() == EntityType.LOCATION && e.geo() != null && "part".equals(e.geo().precision())
                && "region".equals(e.geo().kind()) && e.name().endsWith(" " + e.geo().place())
                && entities.stream().anyMatch(c -> c.geo() != null && "country".equals(c.geo().kind())
                        && c.geo().place().equals(e.geo().place()));
    }

    private static final java.util.regex.Pattern AS_PLACE = java.util.regex.Pattern.compile(
            "(?is).*\\b(?:in|into|inside|across|throughout|within|from|of|to|towards|over|around)\\s+(?:the\\s+)?(?:northern\\s+|"
                    + "southern\\s+|eastern\\s+|western\\s+|central\\s+)?$");

    /**
     * Text with a line per paragraph (PTC, many blogs: a title, a blank line, then no blank line
     * again): each line break ends a paragraph, or an article would be one long paragraph and a
     * place would be carried from its first sentence to its last.
     */
    static boolean linesAreParagraphs(String text) {
        text = text.stripTrailing(); // (a blank line after the last line parts nothing)
        int blank = 0;
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
            if (text.startsWith("\n", i + 1) || text.startsWith("\r\n", i + 1)) {
                blank++;
            }
        }
        return lines >= 5 && blank <= 1;
    }

    private static int paragraphBreaksBetween(String text, int from, int to, int newlinesPerBreak) {
        int count = 0;
        int newlines = 0;
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                if (newlines == newlinesPerBreak) {
                    count++;
                }
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return count;
    }

    private static double confidence(EventTriggers.Found trigger, EventArgument actor, EventArgument location, EventDate date) {
        double c = 0.45;
        c += trigger.span().length() > 12 || trigger.form() == EventTriggers.Form.VERB ? 0.15 : 0.05;
        c += actor != null ? 0.15 : 0;
        c += location != null && location.stated() ? 0.1 : 0;
        c += date != null && date.span() != null ? 0.05 : 0;
        return Math.min(0.95, c);
    }

    private static String describe(String role, EventArgument argument) {
        if (argument == null) {
            return "";
        }
        return "; " + role + " " + argument.name() + (argument.stated() ? "" : " (from " + argument.basis() + ")");
    }

    /** A government's armed forces, named where the government is ("its aircraft"); anyone else stays. */
    private Participant forcesOf(Participant owner) {
        if (owner.id() == null || !owner.id().startsWith("kb:")) {
            return owner;
        }
        return Demonyms.forcesOf(owner.id().substring(3)).flatMap(actors::byId)
                .map(a -> new Participant(owner.span(), "kb:" + a.id(), a.name(), a.type(), null)).orElse(owner);
    }
}
