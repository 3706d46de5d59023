package org.newslens.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newslens.analyzers.StandardPipeline;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.server.NewslensServer;
import org.newslens.server.ServerConfig;
import org.newslens.store.ArticleStore;
import org.newslens.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api, described at /api/openapi.json) and the web UI over a store.",
                "Binds 127.0.0.1 by default. On any other address, write requests need a token"
                        + " (--token-file, or the NEWSLENS_TOKEN environment variable)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped", "2:wrong usage, or the store is in use by another process"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the token write requests must"
            + " present as `Authorization: Bearer TOKEN`.")
    Path tokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger ones get 413.")
    long maxBody;

    @Option(names = "--actors", paramLabel = "FILE", description = "An actor knowledge-base file of your own.")
    List<Path> actorFiles = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token(), maxBody,
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (IllegalArgumentException e) {
            System.err.println("newslens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ArticleStore articles;
        try {
            articles = ArticleStore.open(store.dir);
        } catch (StoreException e) {
            System.err.println("newslens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(actorFiles);
        try (articles; NewslensServer server = new NewslensServer(config, articles,
                () -> StandardPipeline.create(new ModelStore(), kb)).start()) {
            System.err.printf("newslens: serving %d articles from %s at %s/ (Ctrl-C stops)%n", articles.size(),
                    store.dir, server.url());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    private String token() throws java.io.IOException {
        if (tokenFile != null) {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnv = System.getenv("NEWSLENS_TOKEN");
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }
}
