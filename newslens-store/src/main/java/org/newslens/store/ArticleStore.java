package org.newslens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Analysis;

/**
 * Analysed articles in one folder on disk: an Apache Lucene index holding, per article, the full
 * analysis JSON, a digest for corpus views, searchable text and facet values.
 *
 * <p>Durability: {@link #put} is visible to searches at once but survives a crash only after
 * {@link #commit} returns; a commit is atomic (Lucene writes the new commit point last), so a
 * process killed at any moment leaves the store as of the last completed commit. One process may
 * open a folder for writing at a time; others may open it {@linkplain #openReadOnly read-only}.
 *
 * <p>Thread-safe.
 */
public final class ArticleStore implements AutoCloseable {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facetsConfig = StoredFields.facetsConfig();
    private final BinaryAnalysis binary = new BinaryAnalysis();
    private final StoreSearch search;

    private ArticleStore(Path dir, boolean writable, UnaryOperator<Directory> wrap) throws IOException {
        this.dir = dir;
        this.directory = wrap.apply(FSDirectory.open(dir));
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED))
                    // Bulk-ingest settings: fewer, larger flushed segments, no compound-file copies.
                    .setRAMBufferSizeMB(128)
                    .setUseCompoundFile(false)
                    .setMergeScheduler(new QuietMergeScheduler())
                    .setCommitOnClose(true);
            config.getMergePolicy().setNoCFSRatio(0.0);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, new SearcherFactory());
        }
        this.search = new StoreSearch(analyzer, facetsConfig);
    }

    /** Opens the store in {@code dir}, creating the folder and an empty store if needed. */
    public static ArticleStore open(Path dir) {
        return open(dir, UnaryOperator.identity());
    }

    /** As {@link #open(Path)}, with the directory wrapped (tests simulate a full disk this way). */
    static ArticleStore open(Path dir, UnaryOperator<Directory> wrap) {
        try {
            Files.createDirectories(dir);
            return new ArticleStore(dir, true, wrap);
        } catch (LockObtainFailedException e) {
            throw new StoreException(dir, "in use by another Newslens process (its write.lock is held);"
                    + " stop that process or open the store read-only", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(dir, "cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * A failed background merge (a full disk, say) is not printed as a stack trace from its thread:
     * the writer keeps the failure and the next put or commit reports it, with the store's name.
     */
    private static final class QuietMergeScheduler extends org.apache.lucene.index.ConcurrentMergeScheduler {
        @Override
        protected void handleMergeException(Throwable exc) {
            // reported by the next write; the last commit is untouched
        }
    }

    /** Opens an existing store for searching only; it sees commits made by a writer elsewhere on {@link #refresh}. */
    public static ArticleStore openReadOnly(Path dir) {
        try {
            if (!DirectoryReader.indexExists(FSDirectory.open(dir))) {
                throw new StoreException(dir, "holds no Newslens store (run `newslens ingest` first)", null);
            }
            return new ArticleStore(dir, false, UnaryOperator.identity());
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(dir, "cannot be opened: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public boolean writable() {
        return writer != null;
    }

    /** The store key of an article: stable, derived from its text; the same text is one record. */
    public static String keyOf(org.newslens.core.model.Article article) {
        return StoredFields.keyOf(article);
    }

    /** Adds the analysis, replacing any record with the same key; returns the key. */
    public String put(Analysis analysis) {
        requireWritable();
        String key = keyOf(analysis.article());
        try {
            var article = analysis.article();
            byte[] digest = BinaryAnalysis.SMILE.writeValueAsBytes(ArticleDigests.of(key, analysis));
            byte[] hit = BinaryAnalysis.SMILE.writeValueAsBytes(new HitSummary(key, article.id(), article.title(),
                    article.outlet(), article.author(), StoredFields.published(analysis),
                    HitSummary.lead(article.text())));
            writer.updateDocument(new Term(StoredFields.KEY, key),
                    StoredFields.document(key, analysis, binary.toBytes(analysis), digest, hit, facetsConfig));
            return key;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the digest of " + analysis.article().id(), e);
        } catch (IOException e) {
            throw new StoreException(dir, "write failed: " + e.getMessage(), e);
        } catch (AlreadyClosedException e) {
            throw afterFailure(e);
        } catch (IllegalStateException e) {
            throw afterTragedy(e);
        }
    }

    /**
     * "this writer hit an unrecoverable error; cannot merge": Lucene's answer once a background merge
     * failed (a disk that filled mid-merge). It is the earlier failure that the user needs to read.
     */
    private RuntimeException afterTragedy(IllegalStateException e) {
        return writer.getTragicException() == null && !(e.getCause() instanceof IOException) ? e : afterFailure(e);
    }

    /** Lucene refuses further writes after a failed one (a full disk, say); name the first failure. */
    private StoreException afterFailure(RuntimeException e) {
        Throwable first = writer.getTragicException() != null ? writer.getTragicException() : e.getCause();
        return new StoreException(dir, "cannot write after an earlier failure"
                + (first == null ? "" : ": " + first.getMessage()), e);
    }

    /** Makes every put so far durable; returns only once it is on disk. */
    public void commit() {
        requireWritable();
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new StoreException(dir, "commit failed: " + e.getMessage()
                    + "; the store keeps everything up to its previous commit", e);
        } catch (AlreadyClosedException e) {
            throw afterFailure(e);
        } catch (IllegalStateException e) {
            throw afterTragedy(e);
        }
    }

    /** Sees the latest puts (writable store) or the latest commit (read-only store). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            // opening a fresh reader starts merges: "cannot merge" once one failed (a full disk)
            throw writer == null ? e : afterTragedy(e);
        }
    }

    public boolean contains(String key) {
        return withSearcher(s -> s.count(new TermQuery(new Term(StoredFields.KEY, key))) > 0);
    }

    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** The stored analysis as JSON (the contract in docs/schema.md), if the key is known. */
    public Optional<String> analysisJson(String key) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(StoredFields.KEY, key)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<String>empty();
            }
            var bytes = s.storedFields().document(top.scoreDocs[0].doc, Set.of(StoredFields.ANALYSIS))
                    .getBinaryValue(StoredFields.ANALYSIS);
            return Optional.ofNullable(bytes).map(b -> BinaryAnalysis.toJson(b.bytes, b.offset, b.length));
        });
    }

    public Optional<ArticleDigest> digest(String key) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(StoredFields.KEY, key)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<ArticleDigest>empty();
            }
            byte[] bytes = DocValueBytes.read(s, StoredFields.DIGEST, new int[] {top.scoreDocs[0].doc})[0];
            return Optional.ofNullable(bytes).map(StoreSearch::readDigest);
        });
    }

    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> search.search(s, request));
    }

    /**
     * Hands the digests of the articles matching the request's text, filters and dates to
     * {@code sink}, newest first, at most {@code max}; returns how many matched in all.
     */
    public long forEachDigest(SearchRequest request, int max, Consumer<ArticleDigest> sink) {
        return withSearcher(s -> search.forEachDigest(s, request, max, sink));
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            if (writer != null) {
                searchers.maybeRefresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException(dir, "read failed: " + e.getMessage(), e);
        } catch (AlreadyClosedException e) {
            // A background merge that failed (a full disk) closes the writer; say why, not "closed".
            if (writer != null) {
                throw afterFailure(e);
            }
            throw new StoreException(dir, "read failed: the store was closed", e);
        } catch (IllegalStateException e) {
            // Refreshing the reader starts merges: after a failed one, "this writer hit an unrecoverable error;
            // cannot merge" — name the failure underneath instead.
            throw writer == null ? e : afterTragedy(e);
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("store " + dir + " was opened read-only");
        }
    }

    /**
     * Closes after a failure: what was put since the last commit is dropped, the store stays as of
     * that commit. Never throws.
     */
    public void abandon() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException ignored) {
            // closing what is left; the failure that led here was reported
        }
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException ignored) {
            // rollback only releases files and the lock; the last commit is untouched either way
        }
        try {
            directory.close();
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }

    /** Commits what was put and closes; after a write failure it rolls back to the last commit instead. */
    @Override
    public void close() {
        if (writer != null && writer.getTragicException() != null) {
            abandon();
            return;
        }
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            abandon();
            throw new StoreException(dir, "close failed: " + e.getMessage()
                    + "; the store keeps everything up to its last commit", e);
        } catch (AlreadyClosedException e) {
            abandon();
        } catch (IllegalStateException e) {
            // A background merge that failed while closing (a disk that filled just then): "this writer hit an
            // unrecoverable error; cannot merge". Roll back to the last commit and name the failure underneath.
            RuntimeException failure = afterTragedy(e);
            abandon();
            throw failure;
        }
    }
}
