package org.newslens.spark;

import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.pipeline.Pipeline;

/**
 * One pipeline per executor JVM, built on first use: the models (CoreNLP NER, gazetteer, technique
 * model) load once per executor, not per record or per partition.
 */
final class PipelineHolder {

    private static volatile Pipeline pipeline;

    private PipelineHolder() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    p = StandardPipeline.create(new ModelStore());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
