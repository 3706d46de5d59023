package org.newslens.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newslens.core.model.Sentence;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.pipeline.Analysis;

/**
 * The stored form of an analysis: the JSON contract written as Smile, Jackson's binary JSON, with
 * the sentences' tokens {@linkplain PackedSentences packed}. Written and read without text
 * conversion and a third of the JSON's size, which is what makes ingest of analysed articles fast;
 * {@link #toJson} gives back exactly the JSON {@link AnalysisJson#write} produces. Thread-safe.
 */
final class BinaryAnalysis {

    /** The JSON mapper's configuration over Smile; also used for digests and hit summaries. */
    static final ObjectMapper SMILE = AnalysisJson.mapper().copyWith(new SmileFactory());

    private static final Map<Layer<?>, AnalysisJson.LayerWriter> PACKED = Map.of(Layers.SENTENCES, (value, g) -> {
        @SuppressWarnings("unchecked")
        byte[] packed = PackedSentences.pack((List<Sentence>) value);
        if (packed == null) {
            g.writeObject(value);
        } else {
            g.writeBinary(packed);
        }
    });

    private final AnalysisJson json = new AnalysisJson();

    byte[] toBytes(Analysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(analysis.article().text().length() * 4);
        try (JsonGenerator generator = SMILE.getFactory().createGenerator(out)) {
            json.write(analysis, generator, PACKED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the analysis of " + analysis.article().id(), e);
        }
        return out.toByteArray();
    }

    static String toJson(byte[] bytes, int offset, int length) {
        try {
            JsonNode tree = SMILE.readTree(bytes, offset, length);
            JsonNode sentences = tree.get(Layers.SENTENCES.name());
            if (sentences != null && sentences.isBinary()) {
                ((ObjectNode) tree).set(Layers.SENTENCES.name(), PackedSentences.unpack(sentences.binaryValue()));
            }
            return AnalysisJson.mapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored analysis is not readable: " + e.getMessage(), e);
        }
    }
}
