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
import java.util.Properties;
import java.util.Set;
import org.newslens.analyzers.models.ModelStore;
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
        this.extractor = models.get(MODEL, TimeExpressionExtractor.class, name(), path -> {
            Properties props = new Properties();
            props.setProperty("sutime.includeRange", "true");
            props.setProperty("sutime.markTimeRanges", "true");
            return TimeExpressionExtractorFactory.createExtractor("sutime", props);
        });
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
        for (Sentence sentence : input.get(Layers.SENTENCES)) {
            for (CoreMap timex : extract(text, sentence, reference == null ? null : reference.toString())) {
                toMention(text, timex).ifPresent(dates::add);
            }
        }
        return dates;
    }

    /** SUTime's expressions in one sentence; {@code docDate} null leaves relative ones unresolved. */
    List<CoreMap> extract(String text, Sentence sentence, String docDate) {
        List<CoreLabel> labels = new ArrayList<>();
        int index = 0;
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            String word = token.span().of(text);
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(word);
            label.setBeginPosition(token.start());
            label.setEndPosition(token.end());
            label.setIndex(++index);
            labels.add(label);
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        map.set(CoreAnnotations.TextAnnotation.class, sentence.span().of(text));
        map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.start());
        map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
        List<CoreMap> found = extractor.extractTimeExpressionCoreMaps(map, docDate);
        return found == null ? List.of() : found;
    }

    private static java.util.Optional<DateMention> toMention(String text, CoreMap timexMap) {
        Timex timex = timexMap.get(TimeAnnotations.TimexAnnotation.class);
        List<CoreLabel> tokens = timexMap.get(CoreAnnotations.TokensAnnotation.class);
        if (timex == null || timex.value() == null || tokens == null || tokens.isEmpty()) {
            return java.util.Optional.empty();
        }
        CharSpan span = new CharSpan(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
        String value = timex.value();
        var range = TimexRange.of(value);
        boolean relative = timex.text() != null && !timex.text().matches(".*\\d{4}.*");
        return java.util.Optional.of(new DateMention(span, span.of(text), timex.timexType(), value,
                range.map(r -> r.from().toString()).orElse(null), range.map(r -> r.to().toString()).orElse(null),
                relative ? CONFIDENCE_RELATIVE : CONFIDENCE_ABSOLUTE));
    }
}
