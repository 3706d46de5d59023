package org.newslens.core.pipeline;

/** A pipeline was assembled wrongly (missing or duplicate layers). Thrown when the pipeline is built. */
public final class PipelineException extends RuntimeException {

    public PipelineException(String message) {
        super(message);
    }
}
