package org.newslens.core.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Objects;

/**
 * A typed key for one annotation layer of an {@link Analysis}, e.g. {@code Layer<List<Sentence>>}.
 * The name is the layer's field in the JSON contract. Layers are equal by name.
 */
public final class Layer<T> {

    private final String name;
    private final TypeReference<T> jsonType;

    private Layer(String name, TypeReference<T> jsonType) {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("Layer name must be a lowerCamel JSON field name, was: " + name);
        }
        this.name = name;
        this.jsonType = Objects.requireNonNull(jsonType, "jsonType");
    }

    public static <T> Layer<T> of(String name, TypeReference<T> jsonType) {
        return new Layer<>(name, jsonType);
    }

    public String name() {
        return name;
    }

    /** The type Jackson reads this layer's JSON value as. */
    public TypeReference<T> jsonType() {
        return jsonType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "layer \"" + name + "\"";
    }
}
