package org.newslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.analyzers.techniques.TechniqueTrainer;
import org.newslens.eval.ptc.TechniqueTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a Newslens model.",
        subcommands = {TrainCommand.Techniques.class})
final class TrainCommand {

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = {"Trains the propaganda-technique model on a PTC folder (articles/ and labels/): fits on the"
                    + " training fold, chooses decoding on the tuning fold, refits on both and prints the figures on"
                    + " the validation fold, which nothing was fitted or chosen on. Writes the model and a record of"
                    + " how it was made (FILE with .md in place of .bin.gz)."})
    static final class Techniques implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "PTC folder with articles/ and labels/.")
        Path data;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE},"
                + " the bundled model when run from the repository root).")
        Path out = Path.of("newslens-analyzers/src/main/resources/org/newslens/analyzers/techniques/techniques-model.bin.gz");

        @Option(names = "--tagger-epochs", description = "Passes over the tokens (default: ${DEFAULT-VALUE}).")
        int taggerEpochs = TechniqueTrainer.Settings.defaults().taggerEpochs();

        @Option(names = "--classifier-epochs", description = "Passes over the spans (default: ${DEFAULT-VALUE}).")
        int classifierEpochs = TechniqueTrainer.Settings.defaults().classifierEpochs();

        @Option(names = "--learning-rate", description = "AdaGrad base step (default: ${DEFAULT-VALUE}).")
        double learningRate = TechniqueTrainer.Settings.defaults().learningRate();

        @Option(names = "--classifier-learning-rate", description = "AdaGrad base step of the classifier (default: ${DEFAULT-VALUE}).")
        double classifierLearningRate = TechniqueTrainer.Settings.defaults().classifierLearningRate();

        @Option(names = "--l2", description = "Weight decay (default: ${DEFAULT-VALUE}).")
        double l2 = TechniqueTrainer.Settings.defaults().l2();

        @Option(names = "--inside-weight", description = "Loss weight of tokens inside spans (default: ${DEFAULT-VALUE}).")
        double insideWeight = TechniqueTrainer.Settings.defaults().insideWeight();

        @Option(names = "--dense-epochs", description = "Passes of the network over word vectors; 0 leaves it out"
                + " (default: ${DEFAULT-VALUE}).")
        int denseEpochs = TechniqueTrainer.Settings.defaults().denseEpochs();

        @Option(names = "--dense-classifier-epochs", description = "Passes of the dense span classifier"
                + " (default: ${DEFAULT-VALUE}).")
        int denseClassifierEpochs = TechniqueTrainer.Settings.defaults().denseClassifierEpochs();

        @Option(names = "--dense-hidden", description = "Hidden units of that network (default: ${DEFAULT-VALUE}).")
        int denseHidden = TechniqueTrainer.Settings.defaults().denseHidden();

        @Option(names = "--encode-share", description = "Share of the text the contextual encoder may read, the"
                + " likeliest sentences first; the encoder is most of detection's cost (default: ${DEFAULT-VALUE}).")
        double encodeShare = TechniqueTrainer.Settings.defaults().encodeShare();

        @Option(names = "--cross-validate", paramLabel = "K", description = "Only measure: K-fold cross-validation on the"
                + " training and tuning folds (the validation fold is not read); writes no model.")
        Integer crossValidate;

        @Override
        public Integer call() throws Exception {
            TechniqueTrainer.Settings d = TechniqueTrainer.Settings.defaults();
            TechniqueTrainer.Settings settings = new TechniqueTrainer.Settings(d.taggerBuckets(), d.classifierBuckets(),
                    taggerEpochs, classifierEpochs, learningRate, classifierLearningRate, l2, insideWeight, denseHidden,
                    denseEpochs, denseClassifierEpochs, d.denseLearningRate(), d.seed(), encodeShare);
            TechniqueTraining training = new TechniqueTraining(settings, System.err);
            if (crossValidate != null) {
                training.crossValidate(data, crossValidate);
                return ExitCodes.OK;
            }
            TechniqueTraining.Outcome outcome = training.run(data);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            outcome.model().write(out);
            String name = out.getFileName().toString().replaceAll("(\\.bin)?(\\.gz)?$", "");
            Path record = out.resolveSibling(name + ".md");
            training.writeRecord(record, data, outcome);
            outcome.validation().print(System.out);
            System.err.printf("model: %s (%,d bytes); record: %s%n", out, Files.size(out), record);
            return ExitCodes.OK;
        }
    }
}
