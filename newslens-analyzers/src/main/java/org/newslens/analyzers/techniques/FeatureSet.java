package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The named binary features of one example, hashed into a fixed number of buckets. Names are kept so
 * that a prediction can say which features drove it. Not thread-safe; one per example.
 */
final class FeatureSet {

    private final int buckets;
    private final List<String> names = new ArrayList<>();
    private int[] indices = new int[64];

    FeatureSet(int buckets) {
        if (Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("Feature buckets must be a power of two, got " + buckets);
        }
        this.buckets = buckets;
    }

    void add(String name) {
        if (names.size() == indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[names.size()] = bucket(name, buckets);
        names.add(name);
    }

    void add(String prefix, String value) {
        add(prefix + value);
    }

    int size() {
        return names.size();
    }

    String name(int i) {
        return names.get(i);
    }

    int[] indices() {
        return Arrays.copyOf(indices, names.size());
    }

    /** A well-mixed hash (murmur3 finaliser over String.hashCode), so similar names spread over buckets. */
    static int bucket(String name, int buckets) {
        int h = name.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (buckets - 1);
    }
}
