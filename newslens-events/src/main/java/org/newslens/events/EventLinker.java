package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventDate;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;
import org.newslens.core.model.EventType;
import org.newslens.core.model.GreatCircle;
import org.newslens.core.model.Modality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links event mentions that tell the same real event into one {@link EventRecord}: same or
 * compatible type, places within {@link #NEAR_KM} km, overlapping time windows, and alike wording
 * (sentence embeddings). Mentions told as predicted, hypothetical or negated stay records of their
 * own: they are not reports that something happened.
 *
 * <p>Cost grows with the pairs of one type group, time window and neighbourhood ({@link CandidatePairs}),
 * not with all pairs.
 */
public final class EventLinker {

    /** Places this close count as the same place (the issue's geocoding tolerance). */
    public static final double NEAR_KM = 25;
    /** The score a pair needs to be linked; chosen on the development articles (docs/events.md). */
    public static final double THRESHOLD = 0.70;
    /** Where the windows of articles with no date begin (epoch days, far before any real event), and how many. */
    private static final long UNDATED_ARTICLES_FROM = -100_000_000L;
    private static final long UNDATED_SLOTS = 1 << 20;
    /** An event reported with no date of its own happened within this many days before publication. */
    static final int UNDATED_DAYS = 7;
    /** Each slot's days for an article with no date: a week and a gap, so no two articles' windows touch. */
    private static final long UNDATED_SLOT_DAYS = UNDATED_DAYS + 2L;

    private final SentenceEmbedder embedder;

    /** @param embedder sentence embeddings for the wording part of the score, or null to leave wording out */
    public EventLinker(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The score of one pair, with its parts; public for the evaluation and the tests. */
    public record PairScore(double total, double type, double place, double time, double wording) {
    }

    public List<EventRecord> link(List<EventReport> reports) {
        int n = reports.size();
        int[] parent = new int[n];
        double[] weakest = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            weakest[i] = 1;
        }
        List<Integer> linkable = new ArrayList<>();
        long[][] windows = new long[n][];
        for (int i = 0; i < n; i++) {
            windows[i] = linkWindow(reports.get(i));
            Modality m = reports.get(i).event().modality();
            if ((m == Modality.FACT || m == Modality.CLAIM) && windows[i] != null) {
                linkable.add(i);
            }
        }
        linkable.sort(Comparator.comparingLong(i -> windows[i][0]));
        Map<Integer, float[]> vectors = new HashMap<>();
        List<int[]> pairs = CandidatePairs.of(reports, linkable, windows);
        embed(reports, pairs, vectors);
        for (int[] pair : pairs) {
            PairScore score = score(reports.get(pair[0]), reports.get(pair[1]), windows[pair[0]], windows[pair[1]],
                    vectors.get(pair[0]), vectors.get(pair[1]));
            if (score.total() >= THRESHOLD) {
                int ra = find(parent, pair[0]);
                int rb = find(parent, pair[1]);
                if (ra != rb) {
                    parent[rb] = ra;
                    weakest[ra] = Math.min(Math.min(weakest[ra], weakest[rb]), score.total());
                }
            }
        }
        Map<Integer, List<EventReport>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        List<EventRecord> records = new ArrayList<>();
        clusters.forEach((root, members) -> records.add(EventRecords.of(members, weakest[root])));
        records.sort(Comparator.comparing((EventRecord r) -> r.dateFrom() == null ? "" : r.dateFrom())
                .thenComparing(EventRecord::id));
        return records;
    }

    /** The score of two reports, for tests and the evaluation. */
    public PairScore score(EventReport a, EventReport b) {
        long[] wa = linkWindow(a);
        long[] wb = linkWindow(b);
        float[] va = null;
        float[] vb = null;
        if (embedder != null) {
            List<float[]> v = embedder.embed(List.of(a.sentence(), b.sentence()));
            va = v.get(0);
            vb = v.get(1);
        }
        return score(a, b, wa, wb, va, vb);
    }

    private PairScore score(EventReport a, EventReport b, long[] wa, long[] wb, float[] va, float[] vb) {
        EventMention x = a.event();
        EventMention y = b.event();
        double type = x.type() == y.type() ? 1 : group(x.type()) == group(y.type()) ? 0.7 : 0;
        double place = placeScore(x, y);
        double time = wa == null || wb == null ? 0 : timeScore(x, y, wa, wb);
        double wording = va == null || vb == null ? 0.5 : Math.max(0, SentenceEmbedder.cosine(va, vb));
        if (a.articleId().equals(b.articleId()) && a.event().sentence().equals(b.event().sentence())) {
            // Two triggers of one sentence ("evacuation ... under a ceasefire deal") are different events.
            return new PairScore(0, type, place, time, wording);
        }
        // In an article with no dates, only a place as precise as a town says two mentions are one event:
        // "in Syria" is where all its events happen.
        boolean undated = articleOwnWindow(wa) && articleOwnWindow(wb);
        // (and towns apart, even close: "stabbed in Camberwell" and "shot in Hackney" are two London events)
        boolean vague = !precise(x.location()) || !precise(y.location()) || !samePlace(x.location(), y.location());
        double total = type == 0 || time == 0 || (undated && vague) ? 0
                : 0.3 * type + 0.3 * place + 0.2 * time + 0.2 * wording;
        return new PairScore(total, type, place, time, wording);
    }

    private void embed(List<EventReport> reports, List<int[]> pairs, Map<Integer, float[]> vectors) {
        if (embedder == null || pairs.isEmpty()) {
            return;
        }
        Set<Integer> needed = new LinkedHashSet<>();
        for (int[] pair : pairs) {
            needed.add(pair[0]);
            needed.add(pair[1]);
        }
        Map<String, float[]> bySentence = new HashMap<>();
        List<String> distinct = needed.stream().map(i -> reports.get(i).sentence()).distinct().toList();
        List<float[]> embedded = embedder.embed(distinct);
        for (int k = 0; k < distinct.size(); k++) {
            bySentence.put(distinct.get(k), embedded.get(k));
        }
        for (int i : needed) {
            vectors.put(i, bySentence.get(reports.get(i).sentence()));
        }
    }

    /** How near two undated mentions' places must be to say they are one event: one town, not one city's districts. */
    static final double SAME_PLACE_KM = 2;

    private static boolean samePlace(EventArgument a, EventArgument b) {
        return a.name().equalsIgnoreCase(b.name()) || GreatCircle.kilometres(a.geo().lat(), a.geo().lon(), b.geo().lat(),
                b.geo().lon()) <= SAME_PLACE_KM;
    }

    /** A place with a point finer than a country's. */
    private static boolean precise(EventArgument place) {
        return place != null && place.geo() != null && !"country".equals(place.geo().kind())
                && !place.geo().country().isEmpty();
    }

    /** 1 for the same place (or within NEAR_KM), less when a place was taken from context; 0 when far apart. */
    static double placeScore(EventMention x, EventMention y) {
        EventArgument p = x.location();
        EventArgument q = y.location();
        if (p == null || q == null) {
            return 0.3;
        }
        boolean bothStated = p.stated() && q.stated();
        boolean same = p.id() != null && p.id().equals(q.id());
        if (!same && p.geo() != null && q.geo() != null) {
            double km = GreatCircle.kilometres(p.geo().lat(), p.geo().lon(), q.geo().lat(), q.geo().lon());
            same = km <= NEAR_KM;
            if (!same && km > 3 * NEAR_KM) {
                return 0;
            }
        }
        if (!same) {
            return bothStated ? 0.05 : 0.2;
        }
        return bothStated ? 1 : 0.7;
    }

    private static double timeScore(EventMention x, EventMention y, long[] wa, long[] wb) {
        boolean overlap = wa[0] <= wb[1] + 1 && wb[0] <= wa[1] + 1;
        if (!overlap) {
            return 0;
        }
        boolean statedX = x.date() != null && x.date().span() != null;
        boolean statedY = y.date() != null && y.date().span() != null;
        return statedX && statedY ? 1 : statedX || statedY ? 0.7 : 0.5;
    }

    /**
     * The window two reports are compared in: {@link #window}, or for an undated event of an article with no date a
     * window of that article's own — it still tells its events in one stretch of time — long before any real date
     * and overlapping no other article's, so they may be linked with each other (by type, place and wording) but
     * with nothing else. Never a date to show.
     */
    static long[] linkWindow(EventReport report) {
        long[] real = window(report);
        if (real != null || report.published() != null) {
            return real;
        }
        String article = report.articleKey() != null ? report.articleKey() : String.valueOf(report.articleId());
        long from = UNDATED_ARTICLES_FROM + Math.floorMod((long) article.hashCode(), UNDATED_SLOTS) * UNDATED_SLOT_DAYS;
        return new long[] {from, from + UNDATED_DAYS};
    }

    /** Whether a window is one {@link #linkWindow} gave an article with no date, not a real stretch of days. */
    private static boolean articleOwnWindow(long[] window) {
        return window != null && window[0] >= UNDATED_ARTICLES_FROM
                && window[0] < UNDATED_ARTICLES_FROM + UNDATED_SLOTS * UNDATED_SLOT_DAYS;
    }

    /** Epoch days the event can lie in: its stated range, or the week before publication. */
    static long[] window(EventReport report) {
        EventDate date = report.event().date();
        try {
            if (date != null && date.from() != null && date.to() != null) {
                return new long[] {LocalDate.parse(date.from()).toEpochDay(), LocalDate.parse(date.to()).toEpochDay()};
            }
            if (date != null && date.to() != null) {
                long to = LocalDate.parse(date.to()).toEpochDay();
                return new long[] {to - UNDATED_DAYS, to};
            }
            if (report.published() != null && report.published().length() >= 10) {
                long to = LocalDate.parse(report.published().substring(0, 10)).toEpochDay();
                return new long[] {to - UNDATED_DAYS, to};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Types that can tell one event in different words: "liberated" and "broke the siege". */
    static int group(EventType type) {
        return switch (type) {
            case BATTLE, TERRITORY_CAPTURED, SIEGE -> 1;
            case AIR_STRIKE, SHELLING, BOMBING -> 2;
            case EVACUATION, WITHDRAWAL, SURRENDER -> 3;
            case AGREEMENT, CEASEFIRE -> 4;
            default -> 10 + type.ordinal();
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static String id(EventReport first) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((first.articleId() + "#" + first.event().start()
                    + "#" + first.event().type()).getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
