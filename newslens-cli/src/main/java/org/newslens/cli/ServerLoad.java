package org.newslens.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many concurrent clients against a running Newslens server on loopback: searches, article views,
 * corpus views, analyses of large posted articles and bodies over the size limit. Counts answers
 * by status and keeps each request's latency. Each client is a thread sending one request at a
 * time, as a browser tab would.
 */
final class ServerLoad {

    enum Kind { SEARCH, ARTICLE, CORPUS_VIEW, ANALYZE_LARGE, ANALYZE_OVERSIZE }

    record KindFigures(Kind kind, long requests, double p50Millis, double p99Millis) {
    }

    record Figures(int clients, double seconds, long requests, Map<Integer, Long> byStatus, long transportErrors,
                   List<KindFigures> kinds, long peakHeapBytes) {
        long failures() {
            return transportErrors + byStatus.entrySet().stream()
                    .filter(e -> e.getKey() >= 500 || (e.getKey() >= 400 && e.getKey() != 413 && e.getKey() != 429 && e.getKey() != 422))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    private static final String[] QUERIES = {"", "q=Aleppo", "q=ceasefire", "q=army%20AND%20rebels",
        "q=%22eastern%20Aleppo%22", "technique=Loaded_Language", "sourceType=ANONYMOUS", "q=siege&from=2016-01-01",
        "place=Aleppo", "q=terrorists&technique=Name_Calling,Labeling"};
    private static final String[] VIEWS = {"/api/outlets", "/api/places", "/api/network", "/api/timeline",
        "/api/entities"};

    private final String base;
    private final List<String> keys;
    private final String largeBody;
    private final String oversizeBody;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder transportErrors = new LongAdder();
    private final Map<Kind, List<Double>> latencies = new ConcurrentHashMap<>();
    private final List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());

    private final boolean analyses;

    ServerLoad(String base, List<String> keys, String largeBody, String oversizeBody, boolean analyses) {
        this.analyses = analyses;
        this.base = base;
        this.keys = List.copyOf(keys);
        this.largeBody = largeBody;
        this.oversizeBody = oversizeBody;
        for (Kind kind : Kind.values()) {
            latencies.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
    }

    Figures run(int clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong peakHeap = new AtomicLong();
        // Live heap: what the heap pools held after their last collection, so garbage not yet collected is not counted.
        List<java.lang.management.MemoryPoolMXBean> pools = java.lang.management.ManagementFactory
                .getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                .toList();
        Thread heapWatch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(),
                        Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        heapWatch.setDaemon(true);
        heapWatch.start();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    request(random);
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        heapWatch.interrupt();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        List<KindFigures> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            double[] sorted = latencies.get(kind).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length > 0) {
                kinds.add(new KindFigures(kind, sorted.length, percentile(sorted, 50), percentile(sorted, 99)));
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum() + transportErrors.sum();
        return new Figures(clients, elapsed, total, byStatus, transportErrors.sum(), kinds, peakHeap.get());
    }

    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private void request(Random random) {
        int dice = random.nextInt(100);
        Kind kind;
        HttpRequest.Builder request;
        if (dice < 55) {
            kind = Kind.SEARCH;
            request = get("/api/search?" + QUERIES[random.nextInt(QUERIES.length)]);
        } else if (dice < 80) {
            kind = Kind.ARTICLE;
            request = get("/api/articles/" + URLEncoder.encode(keys.get(random.nextInt(keys.size())),
                    StandardCharsets.UTF_8));
        } else if (dice < 85) {
            kind = Kind.CORPUS_VIEW;
            request = get(VIEWS[random.nextInt(VIEWS.length)]);
        } else if (!analyses) {
            kind = Kind.SEARCH;
            request = get("/api/search?" + QUERIES[random.nextInt(QUERIES.length)]);
        } else if (dice < 95) {
            kind = Kind.ANALYZE_LARGE;
            request = post(largeBody);
        } else {
            kind = Kind.ANALYZE_OVERSIZE;
            request = post(oversizeBody);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.discarding());
            statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
            if (response.statusCode() >= 500 && errorSamples.size() < 10) {
                errorSamples.add(kind + " -> " + response.statusCode());
            }
        } catch (Exception e) {
            transportErrors.increment();
            if (errorSamples.size() < 10) {
                errorSamples.add(kind + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        latencies.get(kind).add((System.nanoTime() - start) / 1e6);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void print(Figures f, PrintStream out) {
        out.printf("%d clients for %.0f s: %,d requests (%,.0f/s); answers by status %s; transport errors %d;"
                + " failures (5xx, unexpected 4xx, errors) %d; peak live heap after GC (server and clients) %,d MB%n", f.clients(), f.seconds(),
                f.requests(), f.requests() / f.seconds(), f.byStatus(), f.transportErrors(), f.failures(),
                f.peakHeapBytes() / 1_000_000);
        out.println("| request | count | p50 | p99 |");
        out.println("|---|---:|---:|---:|");
        for (KindFigures k : f.kinds()) {
            out.printf("| %s | %,d | %.1f ms | %.1f ms |%n", k.kind().name().toLowerCase().replace('_', ' '),
                    k.requests(), k.p50Millis(), k.p99Millis());
        }
    }
}
