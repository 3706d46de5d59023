package org.newslens.analyzers.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Properties;
import java.util.Set;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.analyzers.text.TokenLabels;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.Token;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Finds time expressions with Stanford CoreNLP's SUTime rules, run on our tokens, and resolves
 * relative ones ("on Wednesday", "last week", "two days ago") against the publication date, giving
 * each a TIMEX3 value and, for calendar spans, its first and last day.
 *
 * <p>Needs {@link Layers#SENTENCES} and {@link Layers#PUBLICATION}; produces {@link Layers#DATES}. Thread-safe.
 */
public final class DateAnalyzer implements Analyzer<List<DateMention>> {

    static final String MODEL = "sutime";
    private static final double CONFIDENCE_ABSOLUTE = 0.95;
    private static final double CONFIDENCE_RELATIVE = 0.8;

    private final TimeExpressionExtractor extractor;

    public DateAnalyzer(ModelStore models) {
        // SUTime's default settings: its range marking triples the cost per call, and we compute ranges ourselves.
        this.extractor = models.get(MODEL, TimeExpressionExtractor.class, name(),
                path -> TimeExpressionExtractorFactory.createExtractor("sutime", new Properties()));
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Layer<List<DateMention>> produces() {
        return Layers.DATES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.PUBLICATION);
    }

    @Override
    public List<DateMention> analyze(AnalysisInput input) {
        String text = input.article().text();
        java.time.LocalDate reference = input.get(Layers.PUBLICATION).date();
        List<DateMention> dates = new ArrayList<>();
        List<Sentence> sentences = input.get(Layers.SENTENCES);
        for (CoreMap timex : extract(text, sentences, TemporalCues::isCue,
                reference == null ? null : reference.toString(), input::report)) {
            toMention(text, timex, reference, sentences).ifPresent(mention -> dates.addAll(splitCountedYear(mention)));
        }
        dates.sort(java.util.Comparator.comparing(DateMention::span));
        List<DateMention> named = HistoricYears.add(text, NamedDays.add(text, HolidayNames.drop(text, dates)));
        dates.clear();
        dates.addAll(named);
        var year = PublicationDateAnalyzer.yearOfWriting(input.get(Layers.PUBLICATION));
        if (reference == null && year.isPresent()) {
            return CountedDays.anchor(text, withEstimatedYear(dates, year.getAsInt()));
        }
        return CountedDays.anchor(text, dates);
    }

    /** Below a date read from the text, for a date counted from an estimated year of writing. */
    private static final double CONFIDENCE_ESTIMATED_YEAR = 0.5;

    /** "March of last year" counted from the year the article was estimated to be written in. */
    private static List<DateMention> withEstimatedYear(List<DateMention> dates, int year) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            var resolved = d.from() == null ? YearRelative.resolve(d.value(), d.text(), year) : java.util.Optional.<String>empty();
            var range = resolved.flatMap(TimexRange::of);
            out.add(range.isEmpty() ? d : new DateMention(d.span(), d.text(), d.type(), resolved.get(),
                    range.get().from().toString(), range.get().to().toString(), CONFIDENCE_ESTIMATED_YEAR));
        }
        return out;
    }

    /**
     * SUTime's expressions around the cue tokens of an article, found in one call: SUTime's rules cost
     * about half a millisecond per token and a long fixed time per call, so it reads only windows of
     * {@link #WINDOW} tokens either side of a cue ("Wednesday", "week", "2016"), one sentence's windows
     * kept apart from another's by a full stop. {@code docDate} null leaves relative expressions unresolved.
     */
    List<CoreMap> extract(String text, List<Sentence> sentences, java.util.function.Predicate<String> cue,
                          String docDate, java.util.function.Consumer<String> report) {
        return extract(text, sentences, cue, docDate, report, WINDOW);
    }

    /** The same with windows of {@code window} tokens either side of a cue. */
    List<CoreMap> extract(String text, List<Sentence> sentences, java.util.function.Predicate<String> cue,
                          String docDate, java.util.function.Consumer<String> report, int window) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            boolean[] keep = new boolean[tokens.size()];
            boolean any = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (cue.test(tokens.get(i).span().of(text))) {
                    any = true;
                    for (int j = Math.max(0, i - window); j <= Math.min(tokens.size() - 1, i + window); j++) {
                        keep[j] = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (keep[i]) {
                    labels.add(label(text, tokens.get(i), labels.size() + 1));
                } else if (i > 0 && keep[i - 1]) {
                    labels.add(separator(tokens.get(i - 1).end(), labels.size() + 1));
                }
            }
            labels.add(separator(sentence.end(), labels.size() + 1));
        }
        List<CoreMap> found = new ArrayList<>();
        // One call per batch of windows: few calls for a news article, bounded work per call for a huge one.
        int from = 0;
        int limit = Math.min(labels.size(), MAX_TOKENS_PER_ARTICLE);
        if (labels.size() > MAX_TOKENS_PER_ARTICLE && report != null) {
            report.accept("time expressions read in the first " + MAX_TOKENS_PER_ARTICLE + " of " + labels.size()
                    + " tokens around time words only; the rest of the article is too dense with them");
        }
        while (from < limit) {
            int to = Math.min(limit, from + MAX_TOKENS_PER_CALL);
            while (to < limit && !labels.get(to - 1).word().equals(".")) {
                to++; // end the batch at a separator, never inside a window
            }
            CoreMap map = new ArrayCoreMap();
            List<CoreLabel> batch = new ArrayList<>(labels.subList(from, to));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).setIndex(i + 1);
            }
            map.set(CoreAnnotations.TokensAnnotation.class, batch);
            List<CoreMap> expressions = extractor.extractTimeExpressionCoreMaps(map, docDate);
            if (expressions != null) {
                found.addAll(expressions);
            }
            from = to;
        }
        return found;
    }

    /**
     * A relative expression worth keeping unresolved names a day, a month or a direction in time ("last week",
     * "two days ago", "October of last year"); SUTime's other unresolved finds are mostly misreadings ("that
     * day may" as May, "fall" as autumn).
     */
    private static final Pattern ANCHORED = Pattern.compile("\\b(?:ago|last|next|this|earlier|later|today|tonight|"
            + "yesterday|tomorrow|coming|previous|past|January|February|March|April|June|July|August|September|"
            + "October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TOKENS_PER_CALL = 500;
    /**
     * SUTime's cost grows with how dense the time words are; an ordinary article sends it a few hundred
     * tokens. Past this many (hostile or machine-made text) the rest of the article's dates are skipped.
     */
    static final int MAX_TOKENS_PER_ARTICLE = 6_000;

    private static final int WINDOW = 3;

    private static CoreLabel label(String text, Token token, int index) {
        CoreLabel label = TokenLabels.of(token.span().of(text), token.start(), token.end());
        label.setIndex(index);
        return label;
    }

    /** A full stop that is not in the text: it keeps windows from running into each other. */
    private static CoreLabel separator(int at, int index) {
        CoreLabel label = TokenLabels.of(".", at, at);
        label.setIndex(index);
        return label;
    }

    /** "2011, seven years later": SUTime's one expression, valued 2018, is two dates for a reader. */
    private static final Pattern COUNTED_YEAR = Pattern.compile("((?:1[89]|20)\\d{2})(\\s*,\\s*)(.+\\b(?:later|after|on)\\b.*)");

    /** The year said and the year counted to, as two mentions, when SUTime joined them; else the mention. */
    static List<DateMention> splitCountedYear(DateMention m) {
        var parts = COUNTED_YEAR.matcher(m.text());
        if (!parts.matches() || m.value() == null || m.value().startsWith(parts.group(1))) {
            return List.of(m);
        }
        int yearEnd = m.span().start() + parts.group(1).length();
        int restStart = parts.end(2) + m.span().start();
        String year = parts.group(1);
        return List.of(new DateMention(new CharSpan(m.span().start(), yearEnd), year, m.type(), year, year + "-01-01",
                year + "-12-31", CONFIDENCE_ABSOLUTE), new DateMention(new CharSpan(restStart, m.span().end()),
                parts.group(3), m.type(), m.value(), m.from(), m.to(), m.confidence()));
    }

    private static java.util.Optional<DateMention> toMention(String text, CoreMap timexMap, java.time.LocalDate reference,
                                                             List<Sentence> sentences) {
        Timex timex = timexMap.get(TimeAnnotations.TimexAnnotation.class);
        List<CoreLabel> tokens = timexMap.get(CoreAnnotations.TokensAnnotation.class);
        // Without a reference date SUTime leaves a relative expression ("October of last year", "two days ago")
        // without a value but with its symbolic form; keep that rather than drop the date.
        String value = timex == null ? null : timex.value() != null ? timex.value()
                : timex.text() != null && ANCHORED.matcher(timex.text()).find() ? timex.altVal() : null;
        if (value == null || tokens == null || tokens.isEmpty()) {
            return java.util.Optional.empty();
        }
        int end = tokens.get(tokens.size() - 1).endPosition();
        for (int i = tokens.size() - 1; i > 0 && tokens.get(i).endPosition() == tokens.get(i).beginPosition(); i--) {
            end = tokens.get(i - 1).endPosition(); // never end on a separator
        }
        CharSpan span = new CharSpan(tokens.get(0).beginPosition(), end);
        var weekday = reference == null ? java.util.Optional.<java.time.DayOfWeek>empty() : Weekdays.bare(span.of(text));
        if (weekday.isPresent()) {
            int sentenceStart = sentences.stream().filter(st -> st.span().contains(span)).mapToInt(st -> st.span().start())
                    .findFirst().orElse(span.start());
            // SUTime's part of the day stays: "Tuesday night" is 2019-03-26TNI.
            String partOfDay = value.matches(".*T[A-Z]{2}") ? value.substring(value.length() - 3) : "";
            value = Weekdays.resolve(weekday.get(), reference, text.substring(sentenceStart, span.start())) + partOfDay;
        }
        var range = TimexRange.of(value);
        boolean relative = timex.text() != null && !timex.text().matches(".*\\d{4}.*");
        return java.util.Optional.of(new DateMention(span, span.of(text), timex.timexType(), value,
                range.map(r -> r.from().toString()).orElse(null), range.map(r -> r.to().toString()).orElse(null),
                relative ? CONFIDENCE_RELATIVE : CONFIDENCE_ABSOLUTE));
    }
}
