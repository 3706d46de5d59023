package org.newslens.analyzers;

import org.newslens.analyzers.entities.EntityAnalyzer;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.analyzers.text.SentenceAnalyzer;
import org.newslens.core.pipeline.Pipeline;

/** The analyzers Newslens runs by default, in order. Build one per process: it loads the models. */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline create(ModelStore models) {
        return Pipeline.builder()
                .add(new SentenceAnalyzer())
                .add(new EntityAnalyzer(models))
                .build();
    }
}
