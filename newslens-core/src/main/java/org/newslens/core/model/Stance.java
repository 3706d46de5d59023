package org.newslens.core.model;

/** How a label casts the actor it is applied to. */
public enum Stance {
    POSITIVE, NEGATIVE, NEUTRAL
}
