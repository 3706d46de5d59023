package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;

/**
 * Finds excerpts set off by layout rather than quote marks: a line that announces them and ends
 * in a colon ("Two Reuters reports today caught my eye:"), then paragraphs of someone else's text.
 * The excerpt ends where the writer's own voice comes back (first person, or a short hedged
 * comment like "…seems almost certain."), at boilerplate, or after {@value #MAX_PARAGRAPHS} paragraphs.
 */
final class BlockQuotes {

    private static final int MAX_PARAGRAPHS = 15;
    private static final Pattern ANNOUNCES = Pattern.compile("(?i)\\b(?:reports?|wrote|writes|said|says|reads?"
            + "|following|statement|excerpts?|caught my eye|published|tweeted|posted|notes|stated|declared"
            + "|announced|explained|article|story|dispatch|asserted|replied|responded|emailed|email|letter"
            // "The twelfth-century historian Ibn Baydhaq detailed how the Almohads treated the Jews as they advanced:"
            // (a "how" account only: "A CNBC summary describes Swetnick:" introduces a line or two, not paragraphs)
            + "|(?:detailed|details|described|describes|recounted|recounts|recorded|records|chronicled|chronicles)"
            + "\\s+how"
            // "released by the Senate Judiciary Committee:", "held by many bishops:" — not "by the way"
            + "|by\\s+(?!the\\s+way\\b)\\p{L}[\\p{L}.]+\\s+\\p{L}+)\\b[^\\n]*:\\s*$");
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:e-?mail(?:ed)?|letter|asserted|replied"
            + "|responded|message|wrote to|texted)\\b");
    /** The writer speaking again: to himself ("I", "we") or to the reader ("Don't allow yourself to be deceived"). */
    private static final Pattern WRITER_VOICE = Pattern.compile("\\b(?:I|my|me|I’m|I'm|I’ve|I've|we|our|us|yourself"
            + "|yourselves)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:seems?|may|might|perhaps|probably|certain(?:ly)?"
            + "|likely|surely|clearly|doubt)\\b");

    private BlockQuotes() {
    }

    static List<Quote> find(String text, List<CharSpan> content, List<QuoteMarks.Found> marked,
                            SourceResolver resolver) {
        List<Quote> blocks = new ArrayList<>();
        SpanIndex<QuoteMarks.Found> index = new SpanIndex<>(marked, QuoteMarks.Found::span);
        for (CharSpan region : content) {
            List<CharSpan> lines = lines(text, region);
            for (int i = 0; i + 1 < lines.size(); i++) {
                CharSpan intro = lines.get(i);
                String introText = intro.of(text);
                Matcher announces = ANNOUNCES.matcher(introText);
                // The colon must stand outside quotes (the line may begin with a quoted headline).
                if (!announces.find() || !index.overlapping(intro.end() - 1, intro.end(), QuoteMarks.Found::span).isEmpty() || startsWithQuote(text, lines.get(i + 1))) {
                    continue;
                }
                // Someone's own words (an email, a letter) speak in the first person; a report does not.
                boolean personal = PERSONAL.matcher(introText).find();
                int last = i;
                for (int j = i + 1; j < lines.size() && j - i <= MAX_PARAGRAPHS; j++) {
                    String line = withoutQuotes(lines.get(j).of(text), lines.get(j),
                            index.overlapping(lines.get(j).start(), lines.get(j).end(), QuoteMarks.Found::span));
                    boolean shortHedge = line.split("\\s+").length <= 25 && HEDGE.matcher(line).find();
                    boolean writerBack = personal ? Cues.SPEECH_VERB.matcher(line).find()
                            : WRITER_VOICE.matcher(line).find() || (shortHedge && j > i + 1);
                    if (writerBack) {
                        break;
                    }
                    last = j;
                }
                if (last == i) {
                    continue;
                }
                CharSpan span = new CharSpan(lines.get(i + 1).start(), lines.get(last).end());
                CharSpan cue = new CharSpan(intro.start() + announces.start(), intro.start() + announces.end());
                List<CharSpan> quoted = index.overlapping(intro.start(), intro.end(), QuoteMarks.Found::span).stream()
                        .map(QuoteMarks.Found::span).toList();
                Source speaker = resolver.firstOutlet(intro.start(), intro.end(), quoted, cue,
                        "the outlet named in the line announcing it");
                if (speaker == null) {
                    speaker = resolver.resolve(intro.start(), intro.end() - 1, cue, "named in the line announcing it");
                }
                blocks.add(new Quote(span, QuoteKind.DIRECT, true, speaker == null ? null : speaker.entityId(),
                        speaker == null ? null : speaker.name(), cue, speaker == null ? 0.5 : 0.7,
                        "excerpt set off by layout after \"" + introText.strip() + "\""
                                + (speaker == null ? "" : "; " + speaker.reason())));
                i = last;
            }
        }
        return blocks;
    }

    private static List<CharSpan> lines(String text, CharSpan region) {
        List<CharSpan> lines = new ArrayList<>();
        int start = region.start();
        while (start < region.end()) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > region.end()) {
                end = region.end();
            }
            CharSpan line = trim(text, start, end);
            if (line != null) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    private static CharSpan trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new CharSpan(start, end) : null;
    }

    private static boolean startsWithQuote(String text, CharSpan line) {
        char c = text.charAt(line.start());
        return QuoteMarks.isDoubleMark(c) || c == '‘' || c == '\'';
    }

    /** The line with its quoted words blanked, so "I" inside a quote does not end an excerpt. */
    private static String withoutQuotes(String line, CharSpan at, List<QuoteMarks.Found> marked) {
        StringBuilder out = new StringBuilder(line);
        for (QuoteMarks.Found f : marked) {
            int from = Math.max(f.span().start(), at.start()) - at.start();
            int to = Math.min(f.span().end(), at.end()) - at.start();
            for (int k = from; k < to; k++) {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }
}
