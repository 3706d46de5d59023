package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of event mentions worth scoring: compatible type, overlapping time windows and places
 * not too far apart ({@link EventLinker#placeScore} above 0). A sweep over the time-sorted mentions
 * compared each with every mention in its time window, whatever its type and place: 1M mentions of
 * a dense year took 342 s. Here mentions are blocked by type group and, where geocoded, by one-degree
 * cells; a mention is compared only with those in the cells within reach and with the unplaced ones.
 * The pairs are exactly the sweep's, in the sweep's order (the order decides which links a record's
 * weakest-link score comes from).
 */
final class CandidatePairs {

    /** Places further apart than this never score above 0 ({@link EventLinker#placeScore}). */
    private static final double REACH_KM = 3 * EventLinker.NEAR_KM;
    /** Degrees of latitude within reach, with a margin (one degree is 111.2 km on the 6,371 km sphere). */
    private static final double REACH_LAT = REACH_KM / 111.0 + 0.02;

    private CandidatePairs() {
    }

    /**
     * @param sorted  the linkable mentions (indexes into {@code reports}) by window start, then index
     * @param windows each mention's time window in epoch days (null for those not linkable)
     * @return pairs {i, j}, i before j in {@code sorted}, ordered as a sweep over {@code sorted} finds them
     */
    static List<int[]> of(List<EventReport> reports, List<Integer> sorted, long[][] windows) {
        int[] rank = new int[reports.size()];
        Map<Integer, List<Integer>> byGroup = new HashMap<>();
        for (int r = 0; r < sorted.size(); r++) {
            int i = sorted.get(r);
            rank[i] = r;
            byGroup.computeIfAbsent(EventLinker.group(reports.get(i).event().type()), g -> new ArrayList<>()).add(i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> group : byGroup.values()) {
            pairsInGroup(reports, group, windows, rank, pairs);
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> rank[p[0]]).thenComparingInt(p -> rank[p[1]]));
        return pairs;
    }

    private static void pairsInGroup(List<EventReport> reports, List<Integer> group, long[][] windows, int[] rank,
                                     List<int[]> pairs) {
        Map<Long, List<Integer>> cells = new HashMap<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int i : group) {
            EventArgument place = reports.get(i).event().location();
            if (placed(place)) {
                cells.computeIfAbsent(cell(Math.floor(place.geo().lat()), Math.floor(place.geo().lon())),
                        c -> new ArrayList<>()).add(i);
            } else {
                unplaced.add(i);
            }
        }
        for (int a = 0; a < group.size(); a++) {
            int i = group.get(a);
            EventArgument place = reports.get(i).event().location();
            if (!placed(place)) {
                sweep(reports, group, a + 1, i, windows, pairs);
                continue;
            }
            for (long c : cellsWithinReach(place.geo().lat(), place.geo().lon())) {
                List<Integer> members = cells.get(c);
                if (members != null) {
                    sweep(reports, members, firstAfter(members, rank[i], rank), i, windows, pairs);
                }
            }
            sweep(reports, unplaced, firstAfter(unplaced, rank[i], rank), i, windows, pairs);
        }
    }

    /** Pairs of {@code i} with {@code members[from..]}, while their windows can still overlap {@code i}'s. */
    private static void sweep(List<EventReport> reports, List<Integer> members, int from, int i, long[][] windows,
                              List<int[]> pairs) {
        for (int b = from; b < members.size(); b++) {
            int j = members.get(b);
            if (windows[j][0] > windows[i][1] + 1) {
                break;
            }
            if (EventLinker.placeScore(reports.get(i).event(), reports.get(j).event()) > 0) {
                pairs.add(new int[] {i, j});
            }
        }
    }

    /** The position of the first member ranked after {@code rankOfI} (members are in rank order). */
    private static int firstAfter(List<Integer> members, int rankOfI, int[] rank) {
        int lo = 0;
        int hi = members.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rank[members.get(mid)] <= rankOfI) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean placed(EventArgument place) {
        return place != null && place.geo() != null;
    }

    /** The one-degree cells holding every point within {@link #REACH_KM} of the given one. */
    static Set<Long> cellsWithinReach(double lat, double lon) {
        int latFrom = (int) Math.floor(lat - REACH_LAT);
        int latTo = (int) Math.floor(lat + REACH_LAT);
        double poleward = Math.min(90, Math.abs(lat) + REACH_LAT);
        int lonFrom;
        int lonTo;
        if (poleward >= 80) {
            lonFrom = -180;
            lonTo = 179;
        } else {
            // A great circle bows poleward of the parallel: half as much again as the parallel's width.
            double reachLon = 1.5 * REACH_KM / (111.0 * Math.cos(Math.toRadians(poleward)));
            lonFrom = (int) Math.floor(lon - reachLon);
            lonTo = (int) Math.floor(lon + reachLon);
        }
        Set<Long> found = new LinkedHashSet<>();
        for (int la = latFrom; la <= latTo; la++) {
            for (int lo = lonFrom; lo <= lonTo && lo < lonFrom + 360; lo++) {
                found.add(cell(la, lo));
            }
        }
        return found;
    }

    private static long cell(double latCell, double lonCell) {
        return (long) latCell * 1000L + Math.floorMod((long) lonCell, 360L);
    }
}
