package org.newslens.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.pipeline.Pipeline;
import org.newslens.server.NewslensServer;
import org.newslens.server.ServerConfig;
import org.newslens.store.ArticleStore;
import org.newslens.store.SearchHit;
import org.newslens.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = {"Puts the server under load on loopback: many concurrent clients searching, reading articles,"
                + " opening corpus views and posting large articles to /api/analyze (some over the size limit)"
                + " for a fixed time; prints answers by status, throughput, p50/p99 by request and peak heap.",
                "Exit status 1 when any answer was a 5xx, an unexpected 4xx or a transport error."})
final class BenchServerCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--clients", defaultValue = "200", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--article", paramLabel = "FILE", defaultValue = "demo/corpus/01-wire-aleppo-evacuation.txt",
            description = "Text repeated into the large posted articles (default: ${DEFAULT-VALUE}).")
    Path article;

    @Option(names = "--large-kb", defaultValue = "100", description = "Size of a large posted article in KB"
            + " (default: ${DEFAULT-VALUE}); oversize ones are 3 MB, over the server's 2 MB limit.")
    int largeKb;

    @Option(names = "--no-analyze", description = "Reads only: the analysis share of the mix becomes searches.")
    boolean noAnalyze;

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(article);
        String large = repeat(text, largeKb * 1_000);
        String oversize = repeat(text, 3_000_000);
        Pipeline pipeline = StandardPipeline.create(new ModelStore());
        try (ArticleStore articles = ArticleStore.open(store.dir);
             NewslensServer server = new NewslensServer(ServerConfig.loopback(0), articles, () -> pipeline).start()) {
            List<String> keys = new ArrayList<>();
            articles.search(SearchRequest.all(1000)).hits().stream().map(SearchHit::key).forEach(keys::add);
            if (keys.isEmpty()) {
                System.err.println("newslens: the store " + store.dir + " is empty; run `newslens ingest` first");
                return ExitCodes.USAGE;
            }
            warmUp(server.url(), text);
            System.err.printf("newslens: %d clients for %d s against %s (%d articles)%n", clients, seconds,
                    server.url(), keys.size());
            ServerLoad load = new ServerLoad(server.url(), keys, large, oversize, !noAnalyze);
            ServerLoad.Figures figures = load.run(clients, seconds);
            ServerLoad.print(figures, System.out);
            load.errorSamples().forEach(e -> System.out.println("  failure: " + e));
            return figures.failures() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
        }
    }

    /** One analysis and one search before timing, so model loading is not measured. */
    private static void warmUp(String url, String text) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(url + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(URI.create(url + "/api/search?q=Aleppo")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String repeat(String text, int size) {
        StringBuilder out = new StringBuilder(size + text.length());
        while (out.length() < size) {
            out.append(text).append("\n\n");
        }
        return out.toString();
    }
}
