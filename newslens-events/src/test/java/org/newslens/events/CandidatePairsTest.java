package org.newslens.events;

import org.junit.jupiter.api.Test;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.EventType;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Modality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidatePairsTest {

    /** Towns a few km to a few hundred km apart, one on the antimeridian, one in the Arctic. */
    private static final double[][] PLACES = {{36.20, 37.13}, {36.21, 37.18}, {35.93, 36.63}, {36.50, 37.60},
        {33.51, 36.29}, {36.34, 43.13}, {-17.7, 179.95}, {-17.8, -179.9}, {78.2, 15.6}, {78.3, -15.0}, {0, 0},
        {36.20 + 0.6, 37.13}, {36.20, 37.13 + 0.84}};

    @Test
    void blockedPairsAreExactlyTheSweepsPairsInTheSweepsOrder() {
        Random random = new Random(11);
        int compared = 0;
        for (int trial = 0; trial < 200; trial++) {
            List<EventReport> reports = new ArrayList<>();
            int n = 1 + random.nextInt(120);
            for (int k = 0; k < n; k++) {
                reports.add(report(random, k));
            }
            long[][] windows = new long[n][];
            List<Integer> linkable = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                windows[i] = EventLinker.window(reports.get(i));
                if (windows[i] != null) {
                    linkable.add(i);
                }
            }
            linkable.sort(Comparator.comparingLong(i -> windows[i][0]));
            List<int[]> expected = sweep(reports, linkable, windows);
            List<int[]> actual = CandidatePairs.of(reports, linkable, windows);
            assertEquals(render(expected), render(actual), "trial " + trial);
            compared += expected.size();
        }
        assertTrue(compared > 5_000, compared + " pairs compared");
    }

    @Test
    void cellsWithinReachCoverEveryPointWithin75Km() {
        Random random = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            double lat = -85 + 170 * random.nextDouble();
            double lon = -180 + 360 * random.nextDouble();
            double bearing = 2 * Math.PI * random.nextDouble();
            double km = 75 * random.nextDouble();
            double[] q = destination(lat, lon, bearing, km);
            long cell = (long) Math.floor(q[0]) * 1000L + Math.floorMod((long) Math.floor(q[1]), 360L);
            assertTrue(CandidatePairs.cellsWithinReach(lat, lon).contains(cell),
                    lat + "," + lon + " -> " + q[0] + "," + q[1] + " (" + km + " km)");
        }
    }

    /** The straightforward sweep over the time-sorted mentions, every type and place. */
    private static List<int[]> sweep(List<EventReport> reports, List<Integer> linkable, long[][] windows) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < linkable.size(); a++) {
            int i = linkable.get(a);
            for (int b = a + 1; b < linkable.size(); b++) {
                int j = linkable.get(b);
                if (windows[j][0] > windows[i][1] + 1) {
                    break;
                }
                if (EventLinker.group(reports.get(i).event().type()) == EventLinker.group(reports.get(j).event().type())
                        && EventLinker.placeScore(reports.get(i).event(), reports.get(j).event()) > 0) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    private static EventReport report(Random random, int k) {
        EventType[] types = {EventType.BATTLE, EventType.TERRITORY_CAPTURED, EventType.AIR_STRIKE, EventType.SHELLING,
            EventType.EVACUATION, EventType.CEASEFIRE, EventType.PROTEST};
        EventArgument location = null;
        int kind = random.nextInt(10);
        if (kind < 7) {
            double[] p = PLACES[random.nextInt(PLACES.length)];
            double lat = p[0] + random.nextGaussian() * 0.2;
            double lon = p[1] + random.nextGaussian() * 0.2;
            Geo geo = new Geo("P" + k, lat, lon, "SY", "city", "exact", 1, List.of());
            location = new EventArgument("geo:" + k, "P" + k, random.nextBoolean() ? new CharSpan(0, 3) : null, geo,
                    "stated");
        } else if (kind < 9) {
            location = new EventArgument("location:unknown" + random.nextInt(3), "Unknown", new CharSpan(0, 3), null,
                    "stated");
        }
        LocalDate day = LocalDate.of(2016, 12, 1).plusDays(random.nextInt(40));
        EventDate date = random.nextInt(4) == 0 ? null
                : new EventDate(day.toString(), day.toString(), day.plusDays(random.nextInt(3)).toString(),
                        new CharSpan(5, 9), 1, "stated");
        String published = random.nextInt(6) == 0 ? null : day.plusDays(random.nextInt(3)).toString();
        EventMention mention = new EventMention(new CharSpan(10, 15), "fight", types[random.nextInt(types.length)],
                null, null, location, date, Modality.FACT, new CharSpan(0, 40), 0.8, "test");
        return new EventReport(null, "a" + (k % 17), "t", "o", published, mention, "sentence " + k, null, null, null);
    }

    private static double[] destination(double lat, double lon, double bearing, double km) {
        double d = km / 6371.0;
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
        double l2 = l1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {Math.toDegrees(p2), ((Math.toDegrees(l2) + 540) % 360) - 180};
    }

    private static String render(List<int[]> pairs) {
        StringBuilder s = new StringBuilder();
        for (int[] p : pairs) {
            s.append(p[0]).append('-').append(p[1]).append(' ');
        }
        return s.toString();
    }
}
