package org.newslens.analyzers.techniques;

import java.util.List;
import java.util.Set;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Finds propaganda-technique spans with the bundled {@link TechniqueModel}. Reads the article text only and
 * produces {@link Layers#TECHNIQUES}; spans that start in boilerplate (menus, bylines, share buttons) are left
 * out, as they are not the article's words. Thread-safe.
 */
public final class TechniqueAnalyzer implements Analyzer<List<TechniqueSpan>> {

    private final TechniqueDetector detector;

    public TechniqueAnalyzer(ModelStore models) {
        this(models.get(TechniqueModel.BUNDLED, TechniqueModel.class, "techniques", path -> TechniqueModel.bundled()));
    }

    public TechniqueAnalyzer(TechniqueModel model) {
        this.detector = new TechniqueDetector(model);
    }

    @Override
    public String name() {
        return "techniques";
    }

    @Override
    public Layer<List<TechniqueSpan>> produces() {
        return Layers.TECHNIQUES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public List<TechniqueSpan> analyze(AnalysisInput input) {
        return detector.detect(input.article().text()).stream()
                .filter(span -> !input.article().isBoilerplate(span.span().start()))
                .toList();
    }
}
