package org.newslens.analyzers.models;

/** A model could not be loaded; the message names the model's path and the analyzer that needed it. */
public final class ModelLoadException extends RuntimeException {

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
