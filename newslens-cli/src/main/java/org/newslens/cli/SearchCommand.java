package org.newslens.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.core.json.AnalysisJson;
import org.newslens.store.ArticleStore;
import org.newslens.store.Facet;
import org.newslens.store.FacetCount;
import org.newslens.store.SearchHit;
import org.newslens.store.SearchRequest;
import org.newslens.store.SearchResult;
import org.newslens.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the store: Lucene query syntax over titles and text, narrowed by facets and dates.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:searched (even with no hits)", "2:wrong usage or no store"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words, \"phrases\", AND/OR/NOT; none for all.")
    List<String> query = List.of();

    @Mixin
    StoreOption store;

    @Option(names = "--outlet", paramLabel = "NAME") List<String> outlets = List.of();
    @Option(names = "--author", paramLabel = "NAME") List<String> authors = List.of();
    @Option(names = "--entity", paramLabel = "NAME", description = "Canonical actor name.") List<String> entities = List.of();
    @Option(names = "--place", paramLabel = "NAME") List<String> places = List.of();
    @Option(names = "--technique", paramLabel = "LABEL", description = "PTC label, e.g. Loaded_Language.")
    List<String> techniques = List.of();
    @Option(names = "--source-type", paramLabel = "TYPE", description = "ANONYMOUS, AUTHOR, NAMED_PERSON, …")
    List<String> sourceTypes = List.of();
    @Option(names = "--from", paramLabel = "DATE") LocalDate from;
    @Option(names = "--to", paramLabel = "DATE") LocalDate to;
    @Option(names = "--limit", defaultValue = "10") int limit;
    @Option(names = "--json", description = "Print the result as JSON.") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.OUTLET, outlets);
        filters.put(Facet.AUTHOR, authors);
        filters.put(Facet.ENTITY, entities);
        filters.put(Facet.PLACE, places);
        filters.put(Facet.TECHNIQUE, techniques);
        filters.put(Facet.SOURCE_TYPE, sourceTypes);
        try (ArticleStore articles = ArticleStore.openReadOnly(store.dir)) {
            SearchResult result = articles.search(new SearchRequest(String.join(" ", query), filters, from, to, 0,
                    limit, 8));
            if (json) {
                out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
                return ExitCodes.OK;
            }
            out.printf("%d articles match%n%n", result.total());
            for (SearchHit hit : result.hits()) {
                out.printf("%s  %s — %s, %s%n    %s%n", hit.key(), hit.title() == null ? hit.id() : hit.title(),
                        hit.outlet() == null ? "?" : hit.outlet(), hit.published() == null ? "undated" : hit.published(),
                        hit.snippet().replace(SearchHit.MARK_START, '[').replace(SearchHit.MARK_END, ']'));
            }
            out.println();
            result.facets().forEach((facet, counts) -> {
                if (!counts.isEmpty()) {
                    out.printf("%-11s %s%n", facet, String.join(", ", counts.stream()
                            .map((FacetCount c) -> c.value() + " (" + c.count() + ")").toList()));
                }
            });
            return ExitCodes.OK;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("newslens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
