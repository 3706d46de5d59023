package org.newslens.ingest;

/** An input that cannot be turned into an article; the message is the one-line reason shown to the user. */
public final class InputException extends Exception {

    public InputException(String reason) {
        super(reason);
    }
}
