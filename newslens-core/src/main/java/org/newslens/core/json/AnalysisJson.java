package org.newslens.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.SourceSegment;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Diagnostic;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Reads and writes the JSON contract documented in {@code docs/schema.md}: article fields first,
 * then one field per layer, then diagnostics. Round-trips losslessly. Thread-safe.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<Layer<?>> knownLayers;

    public AnalysisJson() {
        this(Layers.all());
    }

    public AnalysisJson(List<Layer<?>> knownLayers) {
        this.knownLayers = List.copyOf(knownLayers);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public ObjectNode toTree(Analysis analysis) {
        Article article = analysis.article();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", article.id());
        root.put("source", article.source());
        root.put("title", article.title());
        root.put("author", article.author());
        root.put("outlet", article.outlet());
        root.put("published", article.published() == null ? null : article.published().toString());
        root.put("text", article.text());
        root.set("boilerplate", MAPPER.valueToTree(article.boilerplate()));
        if (!article.sourceMap().isEmpty()) {
            root.set("sourceMap", MAPPER.valueToTree(article.sourceMap()));
        }
        for (Map.Entry<Layer<?>, Object> layer : analysis.layers().entrySet()) {
            root.set(layer.getKey().name(), MAPPER.valueToTree(layer.getValue()));
        }
        analysis.find(Layers.PUBLICATION).ifPresent(publication -> {
            // Top-level "published" carries the estimate too, flagged, so readers need not look further.
            if (publication.estimated() && publication.date() != null) {
                root.put("published", publication.date().toString());
            }
            root.put("publishedEstimated", publication.estimated());
        });
        root.set("diagnostics", MAPPER.valueToTree(analysis.diagnostics()));
        return root;
    }

    public String write(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(toTree(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise analysis of " + analysis.article().id(), e);
        }
    }

    public String writePretty(Analysis analysis) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise analysis of " + analysis.article().id(), e);
        }
    }

    public Analysis read(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new JsonContractException("Malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Analysis fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new JsonContractException("An analysis must be a JSON object");
        }
        boolean estimated = root.path("publishedEstimated").asBoolean(false);
        Article article = new Article(
                requiredText(root, "id"),
                requiredText(root, "source"),
                optionalText(root, "title"),
                optionalText(root, "author"),
                optionalText(root, "outlet"),
                estimated ? null : optionalDate(root, "published"),
                requiredText(root, "text"),
                convert(root.get("boilerplate"), new TypeReference<List<Boilerplate>>() { }, "boilerplate"),
                convert(root.get("sourceMap"), new TypeReference<List<SourceSegment>>() { }, "sourceMap"));
        Map<Layer<?>, Object> layers = new LinkedHashMap<>();
        for (Layer<?> layer : knownLayers) {
            JsonNode value = root.get(layer.name());
            if (value != null && !value.isNull()) {
                layers.put(layer, convert(value, layer.jsonType(), layer.name()));
            }
        }
        List<Diagnostic> diagnostics = convert(root.get("diagnostics"), new TypeReference<List<Diagnostic>>() { },
                "diagnostics");
        return new Analysis(article, layers, diagnostics == null ? new ArrayList<>() : diagnostics);
    }

    private static <T> T convert(JsonNode node, TypeReference<T> type, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return MAPPER.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new JsonContractException("Field \"" + field + "\" does not match the schema: " + e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new JsonContractException("Field \"" + field + "\" must be a string");
        }
        return node.asText();
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate optionalDate(JsonNode root, String field) {
        String value = optionalText(root, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonContractException("Field \"" + field + "\" must be YYYY-MM-DD, was: " + value, e);
        }
    }
}
