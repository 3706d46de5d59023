package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds an {@link EventRecord} from linked mentions: majority type and place, dates, words and conflicts. */
final class EventRecords {

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d[\\d,.]*)\\s+(?:(?:more|than|about|some|nearly|at|least|over)\\s+)*"
            + "([a-z]+)");

    private EventRecords() {
    }

    static EventRecord of(List<EventReport> members, double confidence) {
        EventType type = majority(members, r -> r.event().type());
        List<String> actors = ranked(members, r -> r.event().actor());
        List<String> targets = ranked(members, r -> r.event().target());
        EventArgument location = members.stream().map(r -> r.event().location()).filter(l -> l != null)
                .collect(Collectors.groupingBy(l -> l.name(), LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .max(Comparator.comparingInt((List<EventArgument> l) -> (int) l.stream().filter(EventArgument::stated).count())
                        .thenComparingInt(List::size))
                .map(l -> l.stream().filter(EventArgument::stated).findFirst().orElse(l.get(0))).orElse(null);
        String[] dates = dates(members);
        Map<String, List<String>> words = new TreeMap<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (EventReport r : members) {
            String outlet = outlet(r);
            outlets.add(outlet);
            List<String> list = words.computeIfAbsent(outlet, k -> new ArrayList<>());
            String word = r.event().text().toLowerCase(Locale.ROOT);
            if (!list.contains(word)) {
                list.add(word);
            }
        }
        return new EventRecord(EventLinker.id(members.get(0)), type, actors, targets,
                location == null ? null : location.withBasis(location.stated() ? "stated" : location.basis()),
                dates[0], dates[1], List.copyOf(outlets), words, conflicts(members), members, confidence);
    }

    static String outlet(EventReport r) {
        return r.outlet() != null && !r.outlet().isBlank() ? r.outlet() : r.articleId();
    }

    private static <T> T majority(List<EventReport> members, Function<EventReport, T> key) {
        Map<T, Long> counts = members.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<String> ranked(List<EventReport> members, Function<EventReport, EventArgument> role) {
        Map<String, Long> counts = members.stream().map(role).filter(a -> a != null)
                .collect(Collectors.groupingBy(EventArgument::name, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** The intersection of the stated date windows when they agree, else their span; else publication-based. */
    private static String[] dates(List<EventReport> members) {
        LocalDate from = null;
        LocalDate to = null;
        for (EventReport r : members) {
            long[] w = EventLinker.window(r);
            if (w == null || r.event().date() == null || r.event().date().span() == null) {
                continue;
            }
            LocalDate f = LocalDate.ofEpochDay(w[0]);
            LocalDate t = LocalDate.ofEpochDay(w[1]);
            from = from == null || f.isAfter(from) ? f : from;
            to = to == null || t.isBefore(to) ? t : to;
        }
        if (from != null && !from.isAfter(to)) {
            return new String[] {from.toString(), to.toString()};
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (EventReport r : members) {
            long[] w = EventLinker.window(r);
            if (w != null) {
                boolean stated = r.event().date() != null && r.event().date().span() != null;
                min = Math.min(min, stated ? w[0] : w[1] - EventLinker.UNDATED_DAYS);
                max = Math.max(max, w[1]);
            }
        }
        return min == Long.MAX_VALUE ? new String[] {null, null}
                : new String[] {LocalDate.ofEpochDay(min).toString(), LocalDate.ofEpochDay(max).toString()};
    }

    /** Where outlets tell it differently: whose act it was, when, and how many. */
    static List<String> conflicts(List<EventReport> members) {
        List<String> conflicts = new ArrayList<>();
        Map<String, Set<String>> actorsByOutlet = new TreeMap<>();
        Map<String, Set<String>> datesByOutlet = new TreeMap<>();
        Map<String, Map<String, Set<String>>> numbers = new TreeMap<>();
        for (EventReport r : members) {
            String outlet = outlet(r);
            EventMention e = r.event();
            if (e.actor() != null) {
                actorsByOutlet.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(e.actor().name());
            }
            if (e.date() != null && e.date().span() != null) {
                datesByOutlet.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(e.date().from());
            }
            Matcher m = NUMBER.matcher(r.sentence().toLowerCase(Locale.ROOT));
            while (m.find()) {
                numbers.computeIfAbsent(m.group(2), k -> new TreeMap<>())
                        .computeIfAbsent(m.group(1).replace(",", ""), k -> new LinkedHashSet<>()).add(outlet);
            }
        }
        if (actorsByOutlet.size() > 1 && disjoint(actorsByOutlet)) {
            conflicts.add("actor: " + describe(actorsByOutlet));
        }
        if (datesByOutlet.size() > 1 && disjoint(datesByOutlet)) {
            conflicts.add("date: " + describe(datesByOutlet));
        }
        numbers.forEach((noun, byNumber) -> {
            Set<String> outlets = byNumber.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            if (byNumber.size() > 1 && outlets.size() > 1) {
                conflicts.add("number of " + noun + ": " + byNumber.entrySet().stream()
                        .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining(" vs ")));
            }
        });
        return conflicts;
    }

    private static boolean disjoint(Map<String, Set<String>> byOutlet) {
        List<Set<String>> sets = new ArrayList<>(byOutlet.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                Set<String> common = new LinkedHashSet<>(sets.get(i));
                common.retainAll(sets.get(j));
                if (common.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Map<String, Set<String>> byOutlet) {
        return byOutlet.entrySet().stream().map(e -> String.join("/", e.getValue()) + " (" + e.getKey() + ")")
                .collect(Collectors.joining(" vs "));
    }
}
