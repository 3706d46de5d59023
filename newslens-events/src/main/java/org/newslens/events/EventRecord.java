package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.EventType;

import java.util.List;
import java.util.Map;

/**
 * One real-world event as the corpus tells it: every mention linked to it, across articles.
 *
 * @param id         stable for the same mentions: derived from the first mention's article and offset
 * @param actors     the actors the reports name, most named first
 * @param targets    the targets the reports name
 * @param location   the place most reports give (stated places before ones taken from context)
 * @param dateFrom   the earliest day the stated dates allow, or the earliest publication day
 * @param dateTo     the latest day
 * @param outlets    the outlets reporting it
 * @param words      outlet → the trigger words it uses ("liberated", "fell", "captured")
 * @param conflicts  where accounts differ: actors of different sides, dates that do not overlap, numbers
 * @param reports    the mentions, in the order of their articles
 * @param confidence how sure the linking is (the weakest link's score; 1 for a single mention)
 */
public record EventRecord(String id, EventType type, List<String> actors, List<String> targets, EventArgument location,
                          String dateFrom, String dateTo, List<String> outlets, Map<String, List<String>> words,
                          List<String> conflicts, List<EventReport> reports, double confidence) {

    public EventRecord {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        outlets = List.copyOf(outlets);
        words = Map.copyOf(words);
        conflicts = List.copyOf(conflicts);
        reports = List.copyOf(reports);
    }
}
