package org.newslens.analyzers.events;

import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EventTriggersTest {

    private final EventTriggers triggers = EventTriggers.bundled();

    @Test
    void findsTheSameTriggersAsScanningEveryEntryOverTheDemoCorpus() throws IOException {
        Path corpus = Path.of("..", "demo", "corpus");
        int compared = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                // Whole text, and windows that start and end inside words (transparent bounds).
                assertEquals(scan(text, 0, text.length()), triggers.find(text, 0, text.length()), file.toString());
                for (int from = 0; from + 200 < text.length(); from += 97) {
                    assertEquals(scan(text, from, from + 200), triggers.find(text, from, from + 200), file + " @" + from);
                    compared++;
                }
            }
        }
        assertFalse(compared == 0, "demo corpus not found");
    }

    @Test
    void findsTheSameTriggersAsScanningOnRandomMixturesOfTriggerWordsAndOddCharacters() {
        String[] pieces = {"captured ", "fighting", "heavy ", "the siege", " of ", "Aleppo", "é", "²", "-", "'",
                "\u00a0", "shelled", "x", "1", "laid siege ", "air strikes", "\ud83d\ude00", "ceasefire", "Withdrew",
                "fell to ", "evacuat", "ion", ".", "\n"};
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            int from = random.nextInt(t.length());
            int to = from + random.nextInt(t.length() - from + 1);
            assertEquals(scan(t, from, to), triggers.find(t, from, to), t);
        }
    }

    /** The straightforward way: every entry's find() over the region, longest first without overlaps. */
    private List<EventTriggers.Found> scan(String text, int from, int to) {
        List<EventTriggers.Found> candidates = new ArrayList<>();
        for (EventTriggers.Entry entry : triggers.entries()) {
            Matcher matcher = entry.pattern().matcher(text).region(from, to);
            matcher.useTransparentBounds(true);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    candidates.add(new EventTriggers.Found(new CharSpan(matcher.start(), matcher.end()), entry.type(),
                            entry.form()));
                }
            }
        }
        candidates.sort((a, b) -> a.span().length() != b.span().length()
                ? Integer.compare(b.span().length(), a.span().length())
                : Integer.compare(a.span().start(), b.span().start()));
        List<EventTriggers.Found> chosen = new ArrayList<>();
        for (EventTriggers.Found candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort((a, b) -> a.span().compareTo(b.span()));
        return chosen;
    }
}
