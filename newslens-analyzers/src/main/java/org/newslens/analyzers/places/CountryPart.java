package org.newslens.analyzers.places;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newslens.core.model.GreatCircle;

/** Where "northern", "south-eastern" or "central" points inside a country, from its regions' centres. */
final class CountryPart {

    private CountryPart() {
    }

    /**
     * The direction as a unit of (north, east), {@code {0, 0}} for the middle; null when the word is no direction.
     * "north-east", "northeastern" and "North" all count.
     */
    static double[] axis(String direction) {
        String word = direction.toLowerCase(Locale.ROOT).replace("-", "").replaceFirst("ern$", "");
        if (word.equals("central") || word.equals("centre") || word.equals("center") || word.equals("middle")) {
            return new double[] {0, 0};
        }
        double north = 0;
        double east = 0;
        if (word.startsWith("north")) {
            north = 1;
            word = word.substring(5);
        } else if (word.startsWith("south")) {
            north = -1;
            word = word.substring(5);
        }
        if (word.equals("east")) {
            east = 1;
        } else if (word.equals("west")) {
            east = -1;
        } else if (!word.isEmpty()) {
            return null;
        }
        if (north == 0 && east == 0) {
            return null;
        }
        double length = Math.hypot(north, east);
        return new double[] {north / length, east / length};
    }

    /**
     * The mean centre of the third of the regions (at least one) ranked furthest along the axis, leaving out
     * regions far from all the others (an overseas territory, or a misplaced entry in the source data).
     */
    static double[] centre(List<Place> allRegions, double[] axis) {
        List<Place> regions = withoutOutliers(allRegions);
        double meanLat = regions.stream().mapToDouble(Place::lat).average().orElse(0);
        double meanLon = regions.stream().mapToDouble(Place::lon).average().orElse(0);
        double shrink = Math.cos(Math.toRadians(meanLat)); // a degree of longitude is shorter than one of latitude
        Comparator<Place> order = axis[0] == 0 && axis[1] == 0
                ? Comparator.comparingDouble(p -> Math.hypot(p.lat() - meanLat, (p.lon() - meanLon) * shrink))
                : Comparator.comparingDouble((Place p) -> -(axis[0] * p.lat() + axis[1] * p.lon() * shrink));
        List<Place> chosen = regions.stream().sorted(order).limit(Math.max(1, Math.round(regions.size() / 3.0))).toList();
        return new double[] {
            chosen.stream().mapToDouble(Place::lat).average().orElseThrow(),
            chosen.stream().mapToDouble(Place::lon).average().orElseThrow()
        };
    }

    /** Regions more than four times the median distance from the regions' median point are left out. */
    private static List<Place> withoutOutliers(List<Place> regions) {
        double medianLat = median(regions.stream().mapToDouble(Place::lat).toArray());
        double medianLon = median(regions.stream().mapToDouble(Place::lon).toArray());
        double[] distances = regions.stream().mapToDouble(p -> GreatCircle.kilometres(medianLat, medianLon, p.lat(), p.lon()))
                .toArray();
        double limit = 4 * Math.max(median(distances.clone()), 50);
        List<Place> kept = new java.util.ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (distances[i] <= limit) {
                kept.add(regions.get(i));
            }
        }
        return kept;
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
