package org.newslens.analyzers.time;

import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.Set;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Publication;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Decides the date relative expressions are resolved against: the publication date from metadata,
 * byline or dateline when the article has one; otherwise an estimate, the latest full date the
 * text mentions (news reports mostly look back), flagged as estimated.
 *
 * <p>Needs {@link Layers#SENTENCES}; produces {@link Layers#PUBLICATION}. Thread-safe.
 */
public final class PublicationDateAnalyzer implements Analyzer<Publication> {

    private final DateAnalyzer dates;

    public PublicationDateAnalyzer(ModelStore models) {
        this.dates = new DateAnalyzer(models);
    }

    @Override
    public String name() {
        return "publication";
    }

    @Override
    public Layer<Publication> produces() {
        return Layers.PUBLICATION;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Publication analyze(AnalysisInput input) {
        if (input.article().published() != null) {
            return new Publication(input.article().published(), false, "metadata");
        }
        String text = input.article().text();
        LocalDate latest = null;
        for (CoreMap timex : dates.extract(text, input.get(Layers.SENTENCES), TemporalCues::isYear, null, input::report)) {
            Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
            if (value == null || value.value() == null || !value.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            LocalDate date = TimexRange.of(value.value()).map(TimexRange.Range::from).orElse(null);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        if (latest == null) {
            input.report("no publication date in metadata or text; relative dates stay unresolved");
            return new Publication(null, false, "none");
        }
        return new Publication(latest, true, "latest full date in the text");
    }
}
