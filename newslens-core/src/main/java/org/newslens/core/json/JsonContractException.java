package org.newslens.core.json;

/** JSON that does not follow the Newslens contract; the message names the field. */
public final class JsonContractException extends RuntimeException {

    public JsonContractException(String message) {
        super(message);
    }

    public JsonContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
