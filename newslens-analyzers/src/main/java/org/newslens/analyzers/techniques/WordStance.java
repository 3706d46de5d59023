package org.newslens.analyzers.techniques;

import edu.stanford.nlp.neural.NeuralUtils;
import edu.stanford.nlp.sentiment.SentimentModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;
import org.newslens.core.model.Stance;

/**
 * How a single word casts what it describes: our own list of conflict-reporting labels first
 * ({@value #LEXICON}), then Stanford CoreNLP's sentiment model, whose word vectors and classifier give each
 * word a five-way sentiment (it knows some 18,000 words; unknown ones are neutral). Immutable and thread-safe.
 */
public final class WordStance {

    static final String LEXICON = "org/newslens/analyzers/techniques/stance-words.tsv";
    private static final String SENTIMENT = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
    private static final double DECISIVE = 0.6;

    private final Map<String, Stance> lexicon;
    private final SentimentModel sentiment;
    private final SimpleMatrix classifier;

    private WordStance(Map<String, Stance> lexicon, SentimentModel sentiment) {
        this.lexicon = Map.copyOf(lexicon);
        this.sentiment = sentiment;
        this.classifier = sentiment.getUnaryClassification("");
    }

    public static WordStance load() {
        return new WordStance(readLexicon(), SentimentModel.loadSerialized(SENTIMENT));
    }

    /** The stance our own word list gives the word, if it lists it. */
    public java.util.Optional<Stance> listed(String word) {
        return java.util.Optional.ofNullable(lexicon.get(word.toLowerCase(Locale.ROOT)));
    }

    public Stance of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Stance listed = lexicon.get(lower);
        if (listed != null) {
            return listed;
        }
        if (!sentiment.wordVectors.containsKey(lower)) {
            return Stance.NEUTRAL;
        }
        SimpleMatrix p = NeuralUtils.softmax(classifier.mult(
                NeuralUtils.concatenateWithBias(NeuralUtils.elementwiseApplyTanh(sentiment.getWordVector(lower)))));
        if (p.get(0) + p.get(1) >= DECISIVE) {
            return Stance.NEGATIVE;
        }
        return p.get(3) + p.get(4) >= DECISIVE ? Stance.POSITIVE : Stance.NEUTRAL;
    }

    private static Map<String, Stance> readLexicon() {
        InputStream in = WordStance.class.getClassLoader().getResourceAsStream(LEXICON);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Stance word list " + LEXICON + " is missing from the class path"));
        }
        Map<String, Stance> words = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IOException(LEXICON + ":" + n + ": expected word<TAB>positive|negative");
                }
                words.put(f[0].strip(), Stance.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(LEXICON + ": stance must be positive or negative: " + e.getMessage(), e);
        }
        return words;
    }
}
