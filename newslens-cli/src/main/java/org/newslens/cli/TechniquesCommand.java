package org.newslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.analyzers.techniques.TechniqueDetector;
import org.newslens.analyzers.techniques.TechniqueModel;
import org.newslens.eval.ptc.PtcFiles;
import org.newslens.eval.ptc.PtcPredictor;
import org.newslens.eval.ptc.PtcSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = {"Finds propaganda-technique spans in PTC-style article folders (article<ID>.txt) and writes"
                + " them as ID<TAB>technique<TAB>start<TAB>end, in code points (the PTC format). With --classify,"
                + " labels the given spans instead."})
final class TechniquesCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article<ID>.txt files.")
    Path articles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the spans.")
    Path out;

    @Option(names = "--classify", paramLabel = "SPANS", description = "Label these spans (lines ID<TAB>start<TAB>end or"
            + " ID<TAB>anything<TAB>start<TAB>end) with one technique each.")
    Path classify;

    @Option(names = "--model", paramLabel = "FILE", description = "A technique model of your own (default: the bundled one).")
    Path model;

    @Override
    public Integer call() throws Exception {
        PtcPredictor predictor = new PtcPredictor(new TechniqueDetector(
                TechniqueModel.fileOrBundled(model)));
        Map<String, Path> files = PtcFiles.articles(articles);
        List<PtcSpan> result = new ArrayList<>();
        int[] failures = {0};
        if (classify != null) {
            result.addAll(predictor.classify(files, PtcFiles.readSpans(classify, false)));
        } else {
            predictor.detect(files, (file, e) -> {
                failures[0]++;
                System.err.println("newslens: " + file + ": " + e.getMessage());
            }).values().forEach(result::addAll);
        }
        PtcFiles.writeSpans(out, result);
        System.err.printf("%d spans for %d articles written to %s%n", result.size(), files.size() - failures[0], out);
        return failures[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
