package org.newslens.core.model;

import java.util.List;

/**
 * Where a place is.
 *
 * @param place        the gazetteer's name for it ("Ad Dumayr" for "Al-Dumayr")
 * @param country      ISO 3166 alpha-2 code
 * @param kind         {@code city}, {@code region}, {@code country} or {@code facility}
 * @param precision    how exactly the point stands for what the text names: {@code exact} (a city, a
 *                     facility), {@code centroid} (a country or region), {@code part} (part of a city or region,
 *                     e.g. "eastern Aleppo": the point is the whole one's)
 * @param confidence   how sure the choice among same-named places is, in [0, 1]
 * @param alternatives other places the name could mean, best first; empty when the choice is clear
 */
public record Geo(String place, double lat, double lon, String country, String kind, String precision,
                  double confidence, List<GeoAlternative> alternatives) {

    public Geo {
        alternatives = List.copyOf(alternatives == null ? List.of() : alternatives);
        Confidence.check(confidence);
    }

    /** Another place a name could mean, with its share of the evidence. */
    public record GeoAlternative(String place, double lat, double lon, String country, double score) {
    }
}
