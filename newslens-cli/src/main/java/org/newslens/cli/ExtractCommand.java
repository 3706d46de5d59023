package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Article;
import org.newslens.ingest.ArticleBody;
import org.newslens.ingest.ArticleReader;
import org.newslens.ingest.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints, per HTML, text or JSON input, one JSON object with title, author, published,"
                + " outlet and body: the main article text only, without title, navigation or boilerplate."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was read", "1:some input could not be read", "2:wrong usage"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files, folders or - (stdin).")
    List<String> inputs;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--compact", description = "One JSON object per line instead of pretty-printed.")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        int[] failures = {0};
        new ArticleReader(maxBytes).read(inputs, System.in).forEach(outcome -> {
            if (outcome instanceof ReadOutcome.Failed failed) {
                failures[0]++;
                System.err.println("newslens: " + failed.message());
                return;
            }
            Article article = ((ReadOutcome.Read) outcome).article();
            ObjectNode node = AnalysisJson.mapper().createObjectNode();
            node.put("id", article.id());
            node.put("source", article.source());
            node.put("title", article.title());
            node.put("author", article.author());
            node.put("published", article.published() == null ? null : article.published().toString());
            node.put("outlet", article.outlet());
            node.put("body", ArticleBody.of(article));
            try {
                out.println(compact ? AnalysisJson.mapper().writeValueAsString(node)
                        : AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return failures[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
