package org.newslens.core.model;

/** Coarse entity types from named-entity recognition; finer actor types build on these. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
