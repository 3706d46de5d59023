package org.newslens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newslens.core.json.AnalysisJson;

/** Turns {@link SearchRequest}s into Lucene queries, facet counts and hits. Thread-safe. */
final class StoreSearch {


    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    /** Facet ordinals per reader: costly to build, valid until the reader changes. */
    private volatile ReaderState readerState;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    StoreSearch(Analyzer analyzer, FacetsConfig facetsConfig) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
    }

    SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        try {
            return searchParsed(searcher, request, query(request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query \"" + abbreviate(request.text()) + "\" matches too many"
                    + " words (a short prefix with *, or a loose ~); make it more specific", e);
        }
    }

    private SearchResult searchParsed(IndexSearcher searcher, SearchRequest request, Query query) throws IOException {
        int n = Math.max(1, request.offset() + request.limit());
        boolean byRelevance = !request.text().isEmpty();
        FacetsCollectorManager.FacetsResult result = byRelevance
                ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, n, newestFirst(), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        List<SearchHit> hits = hits(searcher, query, top, request, byRelevance);
        return new SearchResult(top.totalHits.value, hits, facets(searcher, result.facetsCollector(), request));
    }

    long forEachDigest(IndexSearcher searcher, SearchRequest request, int max, Consumer<ArticleDigest> sink)
            throws IOException {
        Query query = query(request);
        int total;
        try {
            total = searcher.count(query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query \"" + abbreviate(request.text()) + "\" matches too many"
                    + " words; make it more specific", e);
        }
        if (total == 0 || max <= 0) {
            return total;
        }
        TopDocs top = searcher.search(query, Math.min(max, total), newestFirst());
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
        for (byte[] digest : DocValueBytes.read(searcher, StoredFields.DIGEST, docs)) {
            if (digest != null) {
                sink.accept(readDigest(digest));
            }
        }
        return total;
    }

    static ArticleDigest readDigest(byte[] smile) {
        try {
            return BinaryAnalysis.SMILE.readValue(smile, ArticleDigest.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored digest is not readable: " + e.getMessage(), e);
        }
    }

    Query query(SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(request.text().isEmpty() ? new MatchAllDocsQuery() : parse(request.text()),
                BooleanClause.Occur.MUST);
        request.filters().forEach((facet, values) -> {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : values) {
                anyOf.add(new TermQuery(new Term(facet.field(), value)), BooleanClause.Occur.SHOULD);
            }
            builder.add(anyOf.build(), BooleanClause.Occur.FILTER);
        });
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(StoredFields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {StoredFields.TITLE, StoredFields.TEXT}, analyzer,
                Map.of(StoredFields.TITLE, 2f, StoredFields.TEXT, 1f));
        parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("cannot read the query \"" + abbreviate(text) + "\": " + reason, e);
        } catch (TooComplexToDeterminizeException | IndexSearcher.TooManyClauses e) {
            // Found by fuzzing: a pathological wildcard or regular expression, refused instead of a 500.
            throw new IllegalArgumentException("cannot read the query \"" + abbreviate(text)
                    + "\": a wildcard or regular expression in it is too complex", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static Sort newestFirst() {
        SortField day = new SortField(StoredFields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request,
                                 boolean highlight) throws IOException {
        int from = Math.min(request.offset(), top.scoreDocs.length);
        int to = Math.min(top.scoreDocs.length, request.offset() + request.limit());
        if (from >= to) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, to);
        String[] snippets = highlight ? highlighted(searcher, query, page) : new String[page.length];
        byte[][] summaries = DocValueBytes.read(searcher, StoredFields.HIT,
                java.util.Arrays.stream(page).mapToInt(hit -> hit.doc).toArray());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            HitSummary summary = BinaryAnalysis.SMILE.readValue(summaries[i], HitSummary.class);
            String snippet = snippets[i] != null ? snippets[i] : summary.lead();
            hits.add(new SearchHit(summary.key(), summary.id(), summary.title(), summary.outlet(), summary.author(),
                    summary.published(), Float.isNaN(page[i].score) ? 0f : page[i].score, snippet));
        }
        return hits;
    }

    private String[] highlighted(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MARK_START),
                        String.valueOf(SearchHit.MARK_END), " … ", false))
                .withMaxLength(200_000)
                .build();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {StoredFields.TEXT}, query, docIds,
                new int[] {2});
        String[] snippets = byField.get(StoredFields.TEXT);
        if (snippets == null) {
            return new String[page.length];
        }
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? null : snippets[i].strip().replaceAll("\\s+", " ");
        }
        return snippets;
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector,
                                                  SearchRequest request) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (request.facetLimit() == 0) {
            return facets;
        }
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (Facet facet : Facet.values()) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(request.facetLimit(), facet.key());
            } catch (IllegalArgumentException neverIndexed) {
                top = null;
            }
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.intValue()));
                }
            }
            facets.put(facet.key(), values);
        }
        return facets;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        ReaderState cached = readerState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        readerState = new ReaderState(reader, state);
        return state;
    }

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
