package org.newslens.core.model;

/**
 * Entity types. Named-entity recognition finds PERSON, ORGANIZATION and LOCATION; the actor
 * knowledge base refines organisations into governments, armed groups and media outlets, and
 * places into facilities.
 */
public enum EntityType {
    PERSON,
    STATE_OR_GOVERNMENT,
    ARMED_GROUP,
    ORGANIZATION,
    MEDIA_OUTLET,
    LOCATION,
    FACILITY,
    MISC
}
