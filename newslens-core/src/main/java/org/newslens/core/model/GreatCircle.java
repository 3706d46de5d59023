package org.newslens.core.model;

/** Distances on the Earth's surface (haversine formula, mean radius 6,371 km). */
public final class GreatCircle {

    private static final double EARTH_RADIUS_KM = 6371;

    private GreatCircle() {
    }

    /** Kilometres between two points given in decimal degrees. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
        return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
