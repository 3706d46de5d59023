package org.newslens.analyzers.actors;

/** A knowledge-base file that cannot be used; the message names the file, the line and the reason. */
public final class KnowledgeBaseException extends RuntimeException {

    public KnowledgeBaseException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
