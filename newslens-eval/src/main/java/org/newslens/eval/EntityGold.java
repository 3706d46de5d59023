package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.EntityType;

/**
 * One gold file of {@code eval entities}: the entities a careful reader finds in one article's
 * text (boilerplate excluded). Format, documented in {@code docs/eval-entities.md}:
 * <pre>{"article": "ID", "entities": [{"name": "...", "type": "ARMED_GROUP", "aliases": ["..."],
 *   "geo": {"lat": 36.2, "lon": 37.16} | {"country": "SY"}}]}</pre>
 */
record EntityGold(String article, List<GoldEntity> entities) {

    /** {@code lat}/{@code lon} null for a country, which is scored by {@code country}. */
    record GoldGeo(Double lat, Double lon, String country) {
    }

    record GoldEntity(String name, EntityType type, List<String> aliases, GoldGeo geo) {
    }

    static EntityGold read(Path file) throws IOException {
        JsonNode root = AnalysisJson.mapper().readTree(Files.readString(file));
        String article = root.path("article").asText(null);
        if (article == null || !root.path("entities").isArray()) {
            throw new IOException(file + ": a gold file needs \"article\" and an \"entities\" array");
        }
        List<GoldEntity> entities = new ArrayList<>();
        int index = 0;
        for (JsonNode e : root.get("entities")) {
            index++;
            String name = e.path("name").asText(null);
            EntityType type;
            try {
                type = EntityType.valueOf(e.path("type").asText(""));
            } catch (IllegalArgumentException bad) {
                throw new IOException(file + ": entity " + index + " (" + name + ") has unknown type \""
                        + e.path("type").asText("") + "\"");
            }
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            JsonNode geo = e.get("geo");
            GoldGeo goldGeo = geo == null || geo.isNull() ? null : new GoldGeo(
                    geo.has("lat") ? geo.get("lat").asDouble() : null, geo.has("lon") ? geo.get("lon").asDouble() : null,
                    geo.path("country").asText(null));
            entities.add(new GoldEntity(name, type, aliases, goldGeo));
        }
        return new EntityGold(article, entities);
    }
}
