package org.newslens.analyzers;

import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.places.Gazetteer;
import org.newslens.analyzers.entities.EntityAnalyzer;
import org.newslens.analyzers.events.EventAnalyzer;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.analyzers.sources.ClaimAnalyzer;
import org.newslens.analyzers.sources.QuoteAnalyzer;
import org.newslens.analyzers.sources.SourcingAnalyzer;
import org.newslens.analyzers.techniques.FramingAnalyzer;
import org.newslens.analyzers.techniques.PersuasionAnalyzer;
import org.newslens.analyzers.techniques.TechniqueAnalyzer;
import org.newslens.analyzers.text.SentenceAnalyzer;
import org.newslens.analyzers.time.DateAnalyzer;
import org.newslens.analyzers.time.PublicationDateAnalyzer;
import org.newslens.core.pipeline.Pipeline;

/** The analyzers Newslens runs by default, in order. Build one per process: it loads the models. */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** With the bundled actor knowledge base. */
    public static Pipeline create(ModelStore models) {
        return create(models, ActorKnowledgeBase.bundled());
    }

    public static Pipeline create(ModelStore models, ActorKnowledgeBase actors) {
        return Pipeline.builder()
                .add(new SentenceAnalyzer())
                .add(new EntityAnalyzer(models, actors))
                .add(new PublicationDateAnalyzer(models))
                .add(new DateAnalyzer(models))
                .add(new QuoteAnalyzer())
                .add(new ClaimAnalyzer())
                .add(new SourcingAnalyzer())
                .add(new EventAnalyzer(actors, models.get(Gazetteer.PLACES, Gazetteer.class, "events",
                        path -> Gazetteer.bundled())))
                .add(new TechniqueAnalyzer(models))
                .add(new PersuasionAnalyzer())
                .add(new FramingAnalyzer(models))
                .build();
    }
}
