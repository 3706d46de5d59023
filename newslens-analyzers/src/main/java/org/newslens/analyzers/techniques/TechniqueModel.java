package org.newslens.analyzers.techniques;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newslens.core.model.Technique;

/**
 * The trained technique model: a token tagger that finds propaganda spans, a span classifier that names
 * their technique, and the decoding settings chosen on a tuning fold. Immutable; share one instance.
 *
 * @param clusters        word groups the features use
 * @param vectors         word embeddings the network reads (from the CoreNLP models jar, not stored in the file)
 * @param dense           a small network over word vectors in context, mixed into the taggers' probabilities
 * @param tagger          classes {@code O} (outside) and {@code P} (inside a span), over {@link TokenFeatures}
 * @param contextTagger   the same classes over {@link ContextFeatures}: a second pass that sees the first
 *                        pass's probabilities around each token
 * @param classifier      one class per technique label, over {@link SpanFeatures}
 * @param denseClassifier a small network over word vectors naming a span's technique, mixed into the classifier's
 * @param contextual      a small network over the contextual encoder's vectors ({@link ContextualEncoder}, loaded
 *                        from its Maven jar when first needed), mixed into the token probabilities; untrained and
 *                        given no weight in a model trained without the encoder
 * @param contextualClassifier a small network over the encoder's vectors naming a span's technique
 * @param wordTagger      classes {@code O} and the techniques of {@link WordSpans#TECHNIQUES}, over
 *                        {@link TokenFeatures}: which word-level technique a token carries, for the short spans
 *                        annotators mark on a word or two
 * @param decoding        how token probabilities become spans
 */
public record TechniqueModel(WordClusters clusters, WordVectors vectors, LinearModel tagger, LinearModel contextTagger,
                             DenseNetwork dense, LinearModel classifier, DenseNetwork denseClassifier,
                             DenseNetwork contextual, DenseNetwork contextualClassifier, LinearModel wordTagger,
                             Decoding decoding) {

    /** Where the bundled model lives on the class path. */
    public static final String BUNDLED = "org/newslens/analyzers/techniques/techniques-model.bin.gz";
    private static final String MAGIC = "newslens-techniques-8";

    public TechniqueModel {
        if (!tagger.classes().equals(List.of("O", "P")) || !contextTagger.classes().equals(List.of("O", "P"))) {
            throw new IllegalArgumentException("The taggers' classes must be [O, P], got " + tagger.classes()
                    + " and " + contextTagger.classes());
        }
        if (wordTagger.buckets() != tagger.buckets()) {
            throw new IllegalArgumentException("The word tagger reads the tagger's features: need " + tagger.buckets()
                    + " buckets, got " + wordTagger.buckets());
        }
        if (!wordTagger.classes().equals(wordTaggerClasses())) {
            throw new IllegalArgumentException("The word tagger's classes must be " + wordTaggerClasses() + ", got "
                    + wordTagger.classes());
        }
        for (String label : classifier.classes()) {
            if (Technique.byLabel(label).isEmpty()) {
                throw new IllegalArgumentException("Unknown technique \"" + label + "\" in the classifier");
            }
        }
    }

    /** {@code O}, then the labels of the word-level techniques. */
    public static List<String> wordTaggerClasses() {
        List<String> classes = new java.util.ArrayList<>(List.of("O"));
        WordSpans.TECHNIQUES.forEach(t -> classes.add(t.label()));
        return List.copyOf(classes);
    }

    /** The model shipped in the jar. */
    public static TechniqueModel bundled() {
        InputStream in = TechniqueModel.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The bundled technique model " + BUNDLED
                    + " is missing from the class path; run `newslens train techniques --data DIR` to make one"));
        }
        try (in) {
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model in {@code file}, or the bundled one when {@code file} is null. */
    public static TechniqueModel fileOrBundled(Path file) {
        return file == null ? bundled() : load(file);
    }

    public static TechniqueModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage().contains(file.toString()) ? e
                    : new IOException("Cannot read technique model " + file + ": " + e.getMessage(), e));
        }
    }

    private static TechniqueModel read(InputStream raw, String name) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException("Technique model " + name + " is not a Newslens technique model (header \""
                        + abbreviate(magic) + "\")");
            }
            Decoding decoding = new Decoding(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(),
                    in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), readWords(in));
            WordClusters clusters = WordClusters.read(in);
            LinearModel tagger = LinearModel.read(in);
            LinearModel contextTagger = LinearModel.read(in);
            DenseNetwork dense = DenseNetwork.read(in);
            LinearModel classifier = LinearModel.read(in);
            DenseNetwork denseClassifier = DenseNetwork.read(in);
            DenseNetwork contextual = DenseNetwork.read(in);
            DenseNetwork contextualClassifier = DenseNetwork.read(in);
            LinearModel wordTagger = LinearModel.read(in);
            return new TechniqueModel(clusters, WordVectors.load(), tagger, contextTagger, dense, classifier,
                    denseClassifier, contextual, contextualClassifier, wordTagger, decoding);
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains(name)) {
                throw e;
            }
            throw new IOException("Technique model " + name + " is damaged: " + e, e);
        }
    }

    public void write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeUTF(MAGIC);
            out.writeDouble(decoding.denseWeight());
            out.writeDouble(decoding.start());
            out.writeDouble(decoding.extend());
            out.writeInt(decoding.maxGap());
            out.writeDouble(decoding.minMean());
            out.writeDouble(decoding.denseClassifierWeight());
            out.writeDouble(decoding.secondLabelRatio());
            out.writeDouble(decoding.encodeFrom());
            out.writeDouble(decoding.contextualWeight());
            out.writeDouble(decoding.contextualClassifierWeight());
            writeWords(out, decoding.words());
            clusters.write(out);
            tagger.write(out);
            contextTagger.write(out);
            dense.write(out);
            classifier.write(out);
            denseClassifier.write(out);
            contextual.write(out);
            contextualClassifier.write(out);
            wordTagger.write(out);
        }
    }

    private static void writeWords(DataOutputStream out, WordSpans words) throws IOException {
        out.writeInt(WordSpans.TECHNIQUES.size());
        for (int k = 0; k < WordSpans.TECHNIQUES.size(); k++) {
            out.writeDouble(words.refine()[k]);
            out.writeDouble(words.spot()[k]);
        }
    }

    private static WordSpans readWords(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n != WordSpans.TECHNIQUES.size()) {
            throw new IOException("expected " + WordSpans.TECHNIQUES.size() + " word-level techniques, got " + n);
        }
        double[] refine = new double[n];
        double[] spot = new double[n];
        for (int k = 0; k < n; k++) {
            refine[k] = in.readDouble();
            spot[k] = in.readDouble();
        }
        return new WordSpans(refine, spot);
    }

    public TechniqueModel withDecoding(Decoding chosen) {
        return new TechniqueModel(clusters, vectors, tagger, contextTagger, dense, classifier, denseClassifier,
                contextual, contextualClassifier, wordTagger, chosen);
    }

    /** Whether this model reads text with the contextual encoder at all (its decoding gives it some weight). */
    public boolean usesEncoder() {
        return decoding.contextualWeight() > 0 || decoding.contextualClassifierWeight() > 0;
    }

    ContextualEncoder encoder() {
        return ContextualEncoder.shared();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
