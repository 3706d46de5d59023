package org.newslens.cli;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventMention;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

import java.util.List;
import java.util.Locale;

/** The report's Events section: one line per event, what happened, who to whom, where, when, how told. */
final class EventsReport {

    private EventsReport() {
    }

    static void append(StringBuilder s, Analysis analysis) {
        List<EventMention> events = analysis.find(Layers.EVENTS).orElse(List.of());
        if (events.isEmpty()) {
            return;
        }
        s.append("\nEvents (").append(events.size()).append(")\n");
        for (EventMention e : events) {
            String who = argument(e.actor()) + (e.target() != null ? " → " + argument(e.target()) : "");
            String when = e.date() == null ? "undated" : e.date().from() != null && !e.date().from().equals(e.date().to())
                    ? e.date().from() + "…" + e.date().to() : e.date().value() + (e.date().span() == null ? " (" + e.date().basis() + ")" : "");
            s.append(String.format(Locale.ROOT, "  %-19s %-24s %s | %s | %s | %s%n",
                    e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    "\"" + abbreviate(e.text(), 22) + "\"", who.isEmpty() ? "—" : who,
                    e.location() == null ? "no place" : argument(e.location()), when,
                    e.modality().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static String argument(EventArgument a) {
        if (a == null) {
            return "";
        }
        return a.name() + (a.stated() || "stated".equals(a.basis()) ? "" : " (" + a.basis() + ")");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
