package org.newslens.analyzers.models;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads each model once and hands the same instance to every analyzer that asks for it, so a
 * process that builds one store loads its models once. A missing or broken model fails with its
 * path and the analyzer that needed it. Thread-safe.
 */
public final class ModelStore {

    private final Map<String, Object> loaded = new ConcurrentHashMap<>();

    /**
     * The model at {@code path}, loading it with {@code loader} the first time.
     *
     * @param neededBy the analyzer asking, named in the error if loading fails
     */
    public <M> M get(String path, Class<M> type, String neededBy, Function<String, M> loader) {
        Object model = loaded.computeIfAbsent(path, p -> {
            try {
                return loader.apply(p);
            } catch (RuntimeException e) {
                throw new ModelLoadException("Cannot load model " + p + " needed by analyzer \"" + neededBy + "\": "
                        + rootMessage(e), e);
            }
        });
        if (!type.isInstance(model)) {
            throw new ModelLoadException("Model " + path + " is a " + model.getClass().getName() + ", but analyzer \""
                    + neededBy + "\" needs a " + type.getName());
        }
        return type.cast(model);
    }

    /** How many models are loaded; lets tests check that models load once. */
    public int loadedCount() {
        return loaded.size();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
