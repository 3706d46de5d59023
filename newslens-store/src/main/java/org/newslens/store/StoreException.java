package org.newslens.store;

import java.nio.file.Path;

/** The store cannot be opened or written; the message names the folder and the reason. */
public final class StoreException extends RuntimeException {

    public StoreException(Path dir, String problem, Throwable cause) {
        super("store " + dir + ": " + problem, cause);
    }
}
