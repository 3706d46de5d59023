package org.newslens.analyzers.events;

import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event trigger lexicon ({@code org/newslens/events/triggers.tsv}): finds the words that report
 * an event in a sentence, longest match first, without overlaps. Immutable and thread-safe.
 */
final class EventTriggers {

    static final String RESOURCE = "org/newslens/events/triggers.tsv";

    /** How the trigger's actor is found: as a subject (verb) or as a modifier or "by" phrase (noun). */
    enum Form { VERB, NOUN, EITHER }

    /** One lexicon entry. */
    record Entry(Pattern pattern, EventType type, Form form, int line) {
    }

    /** One trigger found in the text. */
    record Found(CharSpan span, EventType type, Form form) {
    }

    private final List<Entry> entries;

    private EventTriggers(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static EventTriggers bundled() {
        try (InputStream in = EventTriggers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    static EventTriggers parse(String tsv, String file) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines[i].split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected pattern, TYPE and form separated by tabs");
            }
            try {
                Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + fields[0].strip() + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                entries.add(new Entry(pattern, EventType.valueOf(fields[1].strip()),
                        Form.valueOf(fields[2].strip().toUpperCase(Locale.ROOT)), i + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new EventTriggers(entries);
    }

    /** Triggers inside {@code [from, to)} of the text, in text order, longest first where they compete. */
    List<Found> find(String text, int from, int to) {
        List<Found> candidates = new ArrayList<>();
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(text).region(from, to);
            matcher.useTransparentBounds(true);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    candidates.add(new Found(new CharSpan(matcher.start(), matcher.end()), entry.type(), entry.form()));
                }
            }
        }
        // Longest first, then leftmost; earlier lexicon lines win ties (stable sort).
        candidates.sort((a, b) -> a.span().length() != b.span().length()
                ? Integer.compare(b.span().length(), a.span().length())
                : Integer.compare(a.span().start(), b.span().start()));
        List<Found> chosen = new ArrayList<>();
        for (Found candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort((a, b) -> a.span().compareTo(b.span()));
        return chosen;
    }
}
