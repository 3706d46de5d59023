package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up during ingest: the failure is named, nothing committed is lost, the store reopens. */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsCleanlyAndTheStoreReopensWithEveryCommittedArticle() throws Exception {
        AtomicLong quota = new AtomicLong(Long.MAX_VALUE);
        List<String> committed = new ArrayList<>();
        ArticleStore store = ArticleStore.open(dir, d -> new QuotaDirectory(d, quota));
        for (int i = 0; i < 20; i++) {
            committed.add(store.put(StoreFixtures.aleppo("before-" + i)));
        }
        store.commit();
        quota.set(20_000); // bytes left on the "disk" from here on
        StoreException failure = assertThrows(StoreException.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                store.put(StoreFixtures.aleppo("after-" + i));
                if (i % 10 == 9) {
                    store.commit();
                }
            }
        });
        assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
        assertTrue(failure.getMessage().contains(dir.toString()), failure.getMessage());
        // Reads after the failure (ingest asks whether an article is stored) name it too, never Lucene's
        // "this writer hit an unrecoverable error; cannot merge" or "this IndexWriter is closed".
        for (Runnable read : List.<Runnable>of(() -> store.contains("before-0"), store::size, store::refresh)) {
            RuntimeException after = assertThrows(RuntimeException.class, read::run);
            assertTrue(after instanceof StoreException && after.getMessage().contains("No space left on device"),
                    after.toString());
        }
        store.close(); // must not throw: rolls back to the last commit

        try (Directory plain = FSDirectory.open(dir); CheckIndex check = new CheckIndex(plain)) {
            assertTrue(check.checkIndex().clean, "the index on disk is consistent");
        }
        try (ArticleStore reopened = ArticleStore.open(dir)) {
            for (String key : committed) {
                assertTrue(reopened.contains(key), "committed before the disk filled: " + key);
            }
            int before = reopened.size();
            reopened.put(StoreFixtures.aleppo("once-there-is-room"));
            reopened.commit();
            assertEquals(before + 1, reopened.size(), "ingest goes on once there is room again");
        }
    }

    /** Fails every write with ENOSPC's message once the quota is used up. */
    private static final class QuotaDirectory extends FilterDirectory {
        private final AtomicLong left;

        QuotaDirectory(Directory in, AtomicLong left) {
            super(in);
            this.left = left;
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new QuotaOutput(in.createOutput(name, context), left);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new QuotaOutput(in.createTempOutput(prefix, suffix, context), left);
        }
    }

    private static final class QuotaOutput extends IndexOutput {
        private final IndexOutput out;
        private final AtomicLong left;

        QuotaOutput(IndexOutput out, AtomicLong left) {
            super("quota(" + out + ")", out.getName());
            this.out = out;
            this.left = left;
        }

        private void take(long bytes) throws IOException {
            if (left.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
