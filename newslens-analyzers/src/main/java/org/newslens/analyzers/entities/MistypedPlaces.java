package org.newslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newslens.analyzers.places.Place;
import org.newslens.core.model.EntityType;

/**
 * Towns the recogniser calls people or organisations: "driven Islamic State from Tabqa", "shelled Tal Abyad".
 * A name after a preposition or verb of place, known to the gazetteer as a town or region of a country where
 * the article's other places lie, is a place. Stateless.
 */
final class MistypedPlaces {

    private static final Pattern PLACE_CUE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|near|from|into|around|outside|"
            + "toward|towards|shelled|captured|entered|seized|struck|retook|besieged|bombed|stormed|advanced on|"
            + "recaptured|liberated|lost|attack|attacked|attacking|threatened|threatening|encircled|surrounded|"
            + "the (?:town|city|village|district|province) of)\\s+"
            // "from Abu Kamal and Tabqa": the second of a pair of places after the cue
            + "(?:(?-i:\\p{Lu})[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2}\\s+(?:and|or)\\s+)?$");
    private static final int MAX_WORDS = 3;

    private MistypedPlaces() {
    }

    /** @param candidates the gazetteer's places of a name */
    static List<EntityGrouper.RawMention> apply(String text, List<EntityGrouper.RawMention> mentions,
                                               Function<String, List<Place>> candidates) {
        Set<String> articleCountries = articleCountries(text, mentions, candidates);
        Set<EntityGrouper.RawMention> placeLists = inPlaceLists(text, mentions, candidates, articleCountries);
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            String name = m.span().of(text).strip();
            if (m.actor() == null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
                    && name.split("\\s+").length <= MAX_WORDS
                    && (afterPlaceCue(text, m.span().start()) || placeLists.contains(m))
                    && !namesAPerson(text, mentions, name)
                    && candidates.apply(name).stream().anyMatch(p -> !p.kind().equals("country")
                    && articleCountries.contains(p.country()))) {
                m = new EntityGrouper.RawMention(m.span(), EntityType.LOCATION, m.confidence(), null);
            }
            out.add(m);
        }
        return out;
    }

    private static boolean afterPlaceCue(String text, int start) {
        return PLACE_CUE.matcher(text.substring(Math.max(0, start - 70), start)).find();
    }

    /** What stands between two names of one list: ", ", " and ", ", or ". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|,?\\s+(?:and|or))\\s+");

    /**
     * "captured Jarablus, Dabiq and Al-Bab", "lost Mayadin, Hajin and Albu Kamal": the names of a list whose first
     * name follows a word of place, or one of whose names is a place the gazetteer puts in the article's countries.
     * The recogniser often tags only the first of such a list as a place.
     */
    private static Set<EntityGrouper.RawMention> inPlaceLists(String text, List<EntityGrouper.RawMention> mentions,
                                                              Function<String, List<Place>> candidates,
                                                              Set<String> articleCountries) {
        List<EntityGrouper.RawMention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(r -> r.span().start()));
        Set<EntityGrouper.RawMention> members = new HashSet<>();
        int first = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            boolean continues = i < sorted.size() && sorted.get(i).span().start() >= sorted.get(i - 1).span().end()
                    && LIST_SEPARATOR.matcher(text.substring(sorted.get(i - 1).span().end(), sorted.get(i).span().start()))
                    .matches();
            if (continues) {
                continue;
            }
            List<EntityGrouper.RawMention> list = sorted.subList(first, i);
            // a list closes with "and" or "or": "from Vietnam, Johnson would" is none
            boolean coordinated = list.size() >= 2 && !text.substring(list.get(list.size() - 2).span().end(),
                    list.get(list.size() - 1).span().start()).strip().equals(",");
            boolean places = coordinated && (afterPlaceCue(text, list.get(0).span().start())
                    || list.stream().anyMatch(r -> r.type() == EntityType.LOCATION && candidates.apply(r.span().of(text))
                    .stream().anyMatch(p -> !p.kind().equals("country") && articleCountries.contains(p.country()))));
            if (places) {
                members.addAll(list);
            }
            first = i;
        }
        return members;
    }

    private static final Pattern UNTAGGED_AFTER_CUE = Pattern.compile("(?<=\\b(?:in|near|from|into|outside|around|"
            + "shelled|captured|entered|seized|retook|besieged|bombed|stormed|attack|attacked|attacking|threatened|threatening|"
            + "encircled|surrounded|recaptured|liberated|toward|towards) )\\p{Lu}\\p{Ll}{2,}(?:[ -]\\p{Lu}\\p{Ll}{2,})?"
            + "(?![\\p{L}'’-])");

    /**
     * Towns the recogniser leaves untagged ("12 civilians were killed in Binnish"): a capitalised name after a
     * preposition or verb of place, no ordinary word, outside every mention, known to the gazetteer as a town or
     * region of a country where the article's other places lie.
     */
    static List<EntityGrouper.RawMention> untagged(String text, List<org.newslens.core.model.Sentence> sentences,
                                                  List<EntityGrouper.RawMention> mentions,
                                                  Function<String, List<Place>> candidates,
                                                  java.util.function.Predicate<String> isCommonWord) {
        Set<String> articleCountries = articleCountries(text, mentions, candidates);
        List<EntityGrouper.RawMention> out = new ArrayList<>(mentions);
        java.util.regex.Matcher m = UNTAGGED_AFTER_CUE.matcher(text);
        while (m.find()) {
            org.newslens.core.model.CharSpan span = new org.newslens.core.model.CharSpan(m.start(), m.end());
            String name = m.group();
            boolean common = java.util.Arrays.stream(name.split("[ -]"))
                    .anyMatch(w -> isCommonWord.test(w.toLowerCase(java.util.Locale.ROOT)));
            if (common || out.stream().anyMatch(r -> r.span().overlaps(span))
                    || sentences.stream().noneMatch(sentence -> sentence.span().contains(span))) { // boilerplate
                continue;
            }
            if (candidates.apply(name).stream().anyMatch(p -> !p.kind().equals("country")
                    && articleCountries.contains(p.country()))) {
                out.add(new EntityGrouper.RawMention(span, EntityType.LOCATION, UNTAGGED_CONFIDENCE, null));
            }
        }
        return out;
    }

    private static final double UNTAGGED_CONFIDENCE = 0.6;

    /** The countries of the places the article names unambiguously. */
    private static Set<String> articleCountries(String text, List<EntityGrouper.RawMention> mentions,
                                                Function<String, List<Place>> candidates) {
        Set<String> articleCountries = new HashSet<>();
        for (EntityGrouper.RawMention m : mentions) {
            Set<String> countries = new HashSet<>();
            if (m.type() == EntityType.LOCATION) {
                candidates.apply(m.span().of(text)).forEach(p -> countries.add(p.country()));
            }
            if (countries.size() == 1) {
                articleCountries.addAll(countries);
            }
        }
        return articleCountries;
    }

    /** "Omar" after "Ilhan Omar": the family name of a person the article names in full. */
    private static boolean namesAPerson(String text, List<EntityGrouper.RawMention> mentions, String name) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().of(text).strip().endsWith(" " + name));
    }
}
