package org.newslens.core.model;

/** On whose word a claim rests. */
public enum SourceType {
    /** A person the article names. */
    NAMED_PERSON,
    /** A named government, army, armed group, company, agency or other body. */
    NAMED_ORGANIZATION,
    /** A news outlet or agency, cited as the source of the claim. */
    MEDIA_OUTLET,
    /** Someone the article does not name: "unnamed sources", "a Russian source", "residents said", "reportedly". */
    ANONYMOUS,
    /** Nobody but the writer: the claim is asserted without a source. */
    AUTHOR
}
