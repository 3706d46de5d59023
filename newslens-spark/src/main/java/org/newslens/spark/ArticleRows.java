package org.newslens.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Article;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.store.ArticleStore;

import java.util.List;

/**
 * One output row per input article: its metadata, the full analysis as JSON (the JSON contract),
 * and its entities, events, claims and techniques as nested rows the corpus tables are exploded
 * from; or, for an input that failed, its source and the reason (the dead letter).
 */
final class ArticleRows {

    static final StructType ENTITY = struct(
            field("entity_id", DataTypes.StringType), field("name", DataTypes.StringType),
            field("type", DataTypes.StringType), field("mentions", DataTypes.IntegerType),
            field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
            field("country", DataTypes.StringType), field("kind", DataTypes.StringType));
    static final StructType EVENT = struct(
            field("type", DataTypes.StringType), field("trigger", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("actor", DataTypes.StringType), field("actor_id", DataTypes.StringType),
            field("target", DataTypes.StringType), field("target_id", DataTypes.StringType),
            field("location", DataTypes.StringType), field("location_id", DataTypes.StringType),
            field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
            field("date_from", DataTypes.StringType), field("date_to", DataTypes.StringType),
            field("modality", DataTypes.StringType), field("confidence", DataTypes.DoubleType),
            field("sentence", DataTypes.StringType));
    static final StructType CLAIM = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("source_type", DataTypes.StringType), field("source", DataTypes.StringType),
            field("via", DataTypes.StringType), field("check_worthiness", DataTypes.DoubleType));
    static final StructType TECHNIQUE = struct(
            field("technique", DataTypes.StringType), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType), field("confidence", DataTypes.DoubleType));

    static final StructType SCHEMA = struct(
            field("status", DataTypes.StringType), field("source", DataTypes.StringType),
            field("reason", DataTypes.StringType), field("id", DataTypes.StringType),
            field("key", DataTypes.StringType), field("title", DataTypes.StringType),
            field("author", DataTypes.StringType), field("outlet", DataTypes.StringType),
            field("published", DataTypes.StringType), field("words", DataTypes.IntegerType),
            field("claims", DataTypes.IntegerType), field("anonymous_claims", DataTypes.IntegerType),
            field("author_claims", DataTypes.IntegerType), field("technique_spans", DataTypes.IntegerType),
            field("analysis", DataTypes.StringType),
            field("entities", DataTypes.createArrayType(ENTITY)), field("events", DataTypes.createArrayType(EVENT)),
            field("claim_list", DataTypes.createArrayType(CLAIM)),
            field("techniques", DataTypes.createArrayType(TECHNIQUE)));

    private static final AnalysisJson JSON = new AnalysisJson();

    private ArticleRows() {
    }

    static Row failed(String source, String reason) {
        return RowFactory.create("failed", source, reason, null, null, null, null, null, null, null, null, null, null, null,
                null, seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()));
    }

    static Row of(Analysis analysis) {
        Article article = analysis.article();
        String text = article.text();
        List<Claim> claims = analysis.find(Layers.CLAIMS).orElse(List.of());
        List<TechniqueSpan> techniques = analysis.find(Layers.TECHNIQUES).orElse(List.of());
        int words = analysis.find(Layers.PERSUASION).map(p -> p.words()).orElse(0);
        return RowFactory.create("ok", article.source(), null, article.id(), ArticleStore.keyOf(article), article.title(),
                article.author(), article.outlet(), article.published() == null ? null : article.published().toString(),
                words, claims.size(),
                (int) claims.stream().filter(c -> c.sourceType() == SourceType.ANONYMOUS).count(),
                (int) claims.stream().filter(c -> c.sourceType() == SourceType.AUTHOR).count(),
                techniques.size(), JSON.write(analysis),
                seq(analysis.find(Layers.ENTITIES).orElse(List.of()).stream().map(ArticleRows::entity).toList()),
                seq(analysis.find(Layers.EVENTS).orElse(List.of()).stream().map(e -> event(e, text)).toList()),
                seq(claims.stream().map(c -> RowFactory.create(c.span().start(), c.span().end(), c.sourceType().name(),
                        c.source(), String.join(" < ", c.via()), c.checkWorthiness())).toList()),
                seq(techniques.stream().map(t -> RowFactory.create(t.technique().label(), t.span().start(), t.span().end(),
                        t.confidence())).toList()));
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.collection.JavaConverters.asScalaBuffer(new java.util.ArrayList<>(rows)).toSeq();
    }

    private static Row entity(Entity e) {
        var geo = e.geo();
        return RowFactory.create(e.id(), e.name(), e.type().name(), e.mentions().size(),
                geo == null ? null : geo.lat(), geo == null ? null : geo.lon(),
                geo == null ? null : geo.country(), geo == null ? null : geo.kind());
    }

    private static Row event(EventMention e, String text) {
        var location = e.location();
        var geo = location == null ? null : location.geo();
        return RowFactory.create(e.type().name(), e.text(), e.span().start(), e.span().end(),
                e.actor() == null ? null : e.actor().name(), e.actor() == null ? null : e.actor().id(),
                e.target() == null ? null : e.target().name(), e.target() == null ? null : e.target().id(),
                location == null ? null : location.name(), location == null ? null : location.id(),
                geo == null ? null : geo.lat(), geo == null ? null : geo.lon(),
                e.date() == null ? null : e.date().from(), e.date() == null ? null : e.date().to(),
                e.modality().name(), e.confidence(), e.sentence().of(text).strip());
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
