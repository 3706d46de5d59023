package org.newslens.analyzers.places;

/**
 * One gazetteer entry.
 *
 * @param kind    {@code city}, {@code region} or {@code country}
 * @param feature the GeoNames feature code (PPLC capital, PPLA region seat, PPL...; ADM1 regions, PCLI countries)
 * @param minor   a smaller town kept only to fill a gap (no larger place bears its name): a reading only
 *                where the article's other places lie in its country, and no reason to call a name a place
 */
public record Place(String name, String kind, String country, String feature, long population, double lat,
                    double lon, boolean minor) {
}
