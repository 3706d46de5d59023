package org.newslens.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads per-document bytes kept in binary doc values. Search hits and digests live there rather
 * than in stored fields: reading a stored field decompresses a whole block shared with other
 * articles' full analyses, which made every hit cost tens of kilobytes of LZ4 work.
 */
final class DocValueBytes {

    private DocValueBytes() {
    }

    /** The bytes of {@code field} for each of {@code docs} (top-level ids), in the given order; null where absent. */
    static byte[][] read(IndexSearcher searcher, String field, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Doc values iterate forwards only: visit the documents in index order, answer in the caller's order.
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        byte[][] values = new byte[docs.length][];
        int currentLeaf = -1;
        BinaryDocValues iterator = null;
        LeafReaderContext leaf = null;
        for (int index : order) {
            int doc = docs[index];
            int leafIndex = ReaderUtil.subIndex(doc, leaves);
            if (leafIndex != currentLeaf) {
                currentLeaf = leafIndex;
                leaf = leaves.get(leafIndex);
                iterator = leaf.reader().getBinaryDocValues(field);
            }
            if (iterator != null && iterator.advanceExact(doc - leaf.docBase)) {
                var bytes = iterator.binaryValue();
                values[index] = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
            }
        }
        return values;
    }
}
