package org.newslens.analyzers.actors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newslens.core.model.EntityType;

/**
 * The actors Newslens knows by name: the bundled {@code org/newslens/kb/actors.yaml} plus any
 * user files, whose entries override bundled ones with the same id. Files are checked strictly:
 * a YAML error, an unknown field or type, a missing name or a duplicate alias fails with the file,
 * the line and the reason. Immutable and thread-safe once loaded.
 */
public final class ActorKnowledgeBase {

    public static final String BUNDLED = "org/newslens/kb/actors.yaml";
    private static final Set<String> FIELDS = Set.of("id", "name", "type", "aliases", "affiliation", "description",
            "placeAlias", "lat", "lon", "country");

    private final Map<String, Actor> actors;

    private ActorKnowledgeBase(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
    }

    /** The bundled knowledge base and, after it, the user's files. */
    public static ActorKnowledgeBase load(List<Path> userFiles) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        try (InputStream in = ActorKnowledgeBase.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new KnowledgeBaseException(BUNDLED, 0, "bundled knowledge base missing from the classpath");
            }
            read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED).forEach(a -> actors.put(a.id(), a));
        } catch (IOException e) {
            throw new KnowledgeBaseException(BUNDLED, 0, "cannot read: " + e.getMessage());
        }
        for (Path file : userFiles) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new KnowledgeBaseException(file.toString(), 0, "cannot read: " + e.getMessage());
            }
            read(text, file.toString()).forEach(a -> actors.put(a.id(), a));
        }
        checkAffiliations(actors);
        return new ActorKnowledgeBase(actors);
    }

    public static ActorKnowledgeBase bundled() {
        return load(List.of());
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    static List<Actor> read(String yaml, String file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<Actor> read = new ArrayList<>();
        try (Reader reader = new StringReader(yaml); JsonParser parser = mapper.getFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return read;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new KnowledgeBaseException(file, line(parser.currentLocation()),
                        "expected a list of actors (lines starting with \"- id:\")");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser.currentLocation());
                JsonNode node = mapper.readTree(parser);
                read.add(actor(node, file, line));
            }
        } catch (JsonProcessingException e) {
            throw new KnowledgeBaseException(file, line(e.getLocation()), "YAML syntax error: "
                    + e.getOriginalMessage().replaceAll("\\s+", " ").strip());
        } catch (IOException e) {
            throw new KnowledgeBaseException(file, 0, "cannot read: " + e.getMessage());
        }
        return read;
    }

    private static Actor actor(JsonNode node, String file, int line) {
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new KnowledgeBaseException(file, line, "unknown field \"" + field + "\"; known fields: " + FIELDS);
            }
        });
        String id = required(node, "id", file, line);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new KnowledgeBaseException(file, line, "id \"" + id + "\" must be lower-case letters, digits and hyphens");
        }
        String typeName = required(node, "type", file, line);
        EntityType type;
        try {
            type = EntityType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(file, line, "unknown type \"" + typeName + "\" for actor " + id
                    + "; known types: " + List.of(EntityType.values()));
        }
        return new Actor(id, required(node, "name", file, line), type, strings(node, "aliases", file, line),
                node.path("affiliation").asText(null), node.path("description").asText(null),
                strings(node, "placeAlias", file, line), location(node, id, file, line), file + ":" + line);
    }

    private static Actor.Location location(JsonNode node, String id, String file, int line) {
        if (!node.has("lat") && !node.has("lon")) {
            return null;
        }
        JsonNode lat = node.path("lat");
        JsonNode lon = node.path("lon");
        String country = node.path("country").asText("");
        if (!lat.isNumber() || !lon.isNumber() || Math.abs(lat.asDouble()) > 90 || Math.abs(lon.asDouble()) > 180
                || !country.matches("[A-Z]{2}")) {
            throw new KnowledgeBaseException(file, line, "actor " + id + " needs lat (-90..90), lon (-180..180) and a"
                    + " two-letter country code together");
        }
        return new Actor.Location(lat.asDouble(), lon.asDouble(), country);
    }

    private static String required(JsonNode node, String field, String file, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new KnowledgeBaseException(file, line, "actor has no \"" + field + "\"");
        }
        return value.asText().strip();
    }

    private static List<String> strings(JsonNode node, String field, String file, int line) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new KnowledgeBaseException(file, line, "\"" + field + "\" must be a list, e.g. [A, B]");
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.asText().strip()));
        return out;
    }

    private static void checkAffiliations(Map<String, Actor> actors) {
        for (Actor actor : actors.values()) {
            if (actor.affiliation() != null && !actors.containsKey(actor.affiliation())) {
                String[] where = actor.source().split(":(?=\\d+$)");
                throw new KnowledgeBaseException(where[0], Integer.parseInt(where[1]), "affiliation \""
                        + actor.affiliation() + "\" of actor " + actor.id() + " is not an actor id");
            }
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
