package org.newslens.analyzers.places;

/**
 * One gazetteer entry.
 *
 * @param kind    {@code city}, {@code region} or {@code country}
 * @param feature the GeoNames feature code (PPLC capital, PPLA region seat, PPL...; ADM1 regions, PCLI countries)
 */
public record Place(String name, String kind, String country, String feature, long population, double lat,
                    double lon) {
}
