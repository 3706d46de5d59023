package org.newslens.analyzers.techniques;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of words used alike, at two granularities ("thugs", "terrorists" and "murderers" share a group):
 * they let the model carry what it learnt about one loaded word to words it never saw in training. Built by
 * {@link WordClusterBuilder} from word embeddings and stored inside the technique model. Immutable.
 */
public final class WordClusters {

    static final WordClusters NONE = new WordClusters(Map.of());

    /** Lower-cased word → {coarse, fine} group numbers. */
    private final Map<String, int[]> groups;

    WordClusters(Map<String, int[]> groups) {
        this.groups = Map.copyOf(groups);
    }

    /** The coarse and fine group of a word, or null when the word is unknown. */
    int[] of(String lowerWord) {
        return groups.get(lowerWord);
    }

    public int size() {
        return groups.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(groups.size());
        for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(groups).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue()[0]);
            out.writeShort(e.getValue()[1]);
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 5_000_000) {
            throw new IOException("bad word-group count " + n);
        }
        Map<String, int[]> groups = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String word = in.readUTF();
            groups.put(word.toLowerCase(Locale.ROOT), new int[] {in.readShort(), in.readShort()});
        }
        return new WordClusters(groups);
    }
}
