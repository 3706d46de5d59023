package org.newslens.core.model;

import java.util.List;
import java.util.Map;

/**
 * How an article sources what it says: the fact-checker's first look.
 *
 * @param claims           number of claims
 * @param bySourceType     claims per source type (every type present, zero included)
 * @param shares           the same as shares of all claims, in [0, 1]
 * @param anonymousShare   share of claims resting on anonymous sources
 * @param authorShare      share of claims resting on the writer alone
 * @param outlets          media outlets cited as sources or intermediaries, most cited first
 * @param people           people cited as sources, most cited first
 * @param organizations    organisations cited as sources, most cited first
 * @param anonymousSources the words used for anonymous sources ("unnamed sources", "residents"), most used first
 * @param quotes           quotes per kind
 * @param unattributedQuotes direct and partial quotes with no speaker found
 * @param scareQuotes      the scare-quoted words, in text order
 */
public record SourcingProfile(int claims, Map<SourceType, Integer> bySourceType, Map<SourceType, Double> shares,
                              double anonymousShare, double authorShare, List<CitedSource> outlets,
                              List<CitedSource> people, List<CitedSource> organizations,
                              List<CitedSource> anonymousSources, Map<QuoteKind, Integer> quotes,
                              int unattributedQuotes, List<String> scareQuotes) {

    public SourcingProfile {
        bySourceType = ordered(SourceType.class, bySourceType);
        shares = ordered(SourceType.class, shares);
        outlets = List.copyOf(outlets);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        anonymousSources = List.copyOf(anonymousSources);
        quotes = ordered(QuoteKind.class, quotes);
        scareQuotes = List.copyOf(scareQuotes);
    }

    // Enum order keeps the JSON stable and readable.
    private static <K extends Enum<K>, V> Map<K, V> ordered(Class<K> type, Map<K, V> map) {
        java.util.EnumMap<K, V> copy = new java.util.EnumMap<>(type);
        copy.putAll(map);
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A source and how often the article relies on it.
     *
     * @param id     entity id, or null
     * @param claims claims resting on it (as source, or as intermediary for outlets)
     * @param quotes quotes attributed to it
     */
    public record CitedSource(String name, String id, int claims, int quotes) {
    }
}
