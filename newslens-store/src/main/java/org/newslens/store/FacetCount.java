package org.newslens.store;

/** How many matching articles carry one value of a facet. */
public record FacetCount(String value, int count) {
}
