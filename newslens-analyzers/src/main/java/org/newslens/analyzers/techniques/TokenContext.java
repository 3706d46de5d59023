package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.List;

/**
 * The contextual encoder's vector for each token of one text (the mean of its word pieces' vectors), and each
 * sentence's mean, filled a sentence at a time on request: detection only pays for the sentences it asks
 * about. A sentence longer than the encoder's window is read in consecutive windows. Not thread-safe; one per
 * text.
 */
final class TokenContext {

    /** Word pieces kept of one token (a long URL would otherwise fill a window alone). */
    private static final int MAX_PIECES_PER_TOKEN = 16;

    private final TextTokens tokens;
    private final ContextualEncoder encoder;
    private final float[][] vectors;
    private final float[][] sentenceMeans;

    TokenContext(TextTokens tokens, ContextualEncoder encoder) {
        this.tokens = tokens;
        this.encoder = encoder;
        this.vectors = new float[tokens.size()][];
        this.sentenceMeans = new float[tokens.sentences()][];
    }

    int dimensions() {
        return encoder.dimensions();
    }

    /** The token's vector, encoding its sentence first if need be. */
    float[] of(int token) {
        if (vectors[token] == null) {
            encode(new int[] {tokens.sentence[token]});
        }
        return vectors[token];
    }

    float[] sentenceMean(int sentence) {
        if (sentenceMeans[sentence] == null) {
            encode(new int[] {sentence});
        }
        return sentenceMeans[sentence];
    }

    boolean isEncoded(int sentence) {
        return sentenceMeans[sentence] != null;
    }

    /** Encodes the given sentences (those not yet encoded) in as few model calls as batching allows. */
    void encode(int[] sentences) {
        List<int[]> sequences = new ArrayList<>();
        List<int[]> tokenRanges = new ArrayList<>();
        List<int[][]> piecesOf = new ArrayList<>();
        for (int s : sentences) {
            if (sentenceMeans[s] != null) {
                continue;
            }
            int first = tokens.sentenceFirst[s];
            int last = tokens.sentenceFirst[s + 1];
            int[][] pieces = new int[last - first][];
            for (int i = first; i < last; i++) {
                int[] all = encoder.pieces().of(tokens.lower[i]);
                pieces[i - first] = all.length > MAX_PIECES_PER_TOKEN ? java.util.Arrays.copyOf(all, MAX_PIECES_PER_TOKEN) : all;
            }
            int windowStart = first;
            int count = 0;
            for (int i = first; i <= last; i++) {
                int size = i < last ? pieces[i - first].length : 0;
                if (i == last || count + size > ContextualEncoder.MAX_PIECES - 2) {
                    if (i > windowStart) {
                        int[] sequence = new int[count];
                        int at = 0;
                        for (int k = windowStart; k < i; k++) {
                            System.arraycopy(pieces[k - first], 0, sequence, at, pieces[k - first].length);
                            at += pieces[k - first].length;
                        }
                        sequences.add(sequence);
                        tokenRanges.add(new int[] {windowStart, i});
                        piecesOf.add(pieces);
                    }
                    windowStart = i;
                    count = 0;
                }
                count += size;
            }
        }
        float[][][] encoded = encoder.encode(sequences);
        int dims = encoder.dimensions();
        for (int w = 0; w < encoded.length; w++) {
            int[] range = tokenRanges.get(w);
            int sentenceFirst = tokens.sentenceFirst[tokens.sentence[range[0]]];
            int at = 0;
            for (int i = range[0]; i < range[1]; i++) {
                int n = piecesOf.get(w)[i - sentenceFirst].length;
                float[] v = new float[dims];
                for (int p = 0; p < n; p++) {
                    float[] piece = encoded[w][at + p];
                    for (int d = 0; d < dims; d++) {
                        v[d] += piece[d] / n;
                    }
                }
                at += n;
                vectors[i] = v;
            }
        }
        for (int s : sentences) {
            if (sentenceMeans[s] != null) {
                continue;
            }
            float[] mean = new float[dims];
            int first = tokens.sentenceFirst[s];
            int last = tokens.sentenceFirst[s + 1];
            for (int i = first; i < last; i++) {
                if (vectors[i] == null) {
                    vectors[i] = new float[dims];
                }
                for (int d = 0; d < dims; d++) {
                    mean[d] += vectors[i][d] / (last - first);
                }
            }
            sentenceMeans[s] = mean;
        }
    }
}
