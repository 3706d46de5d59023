package org.newslens.core.model;

/** What a stretch of quoted text is doing in the article. */
public enum QuoteKind {
    /** Someone's words given as a statement of their own: a sentence or more, usually with a speaker. */
    DIRECT,
    /** A quoted fragment inside the writer's own sentence ("called the story “totally false”"). */
    PARTIAL,
    /** A word or two held at a distance ("moderate" rebels): no speaker, a framing signal. */
    SCARE,
    /** The name of a work: a headline, book, film, report or programme. */
    TITLE
}
