package org.newslens.analyzers.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of English first names, so that "she said" does not go to the man named just
 * before. The list is CoreNLP's (its coreference name-gender table, 14,600 names, in the models
 * jar), read once per process. Unknown names are {@link Gender#UNKNOWN} and fit either pronoun.
 */
final class NameGender {

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    enum Gender { MALE, FEMALE, UNKNOWN }

    private NameGender() {
    }

    /** Loaded on first use (holder idiom: thread-safe, once). */
    private static final class Table {
        static final Map<String, Gender> NAMES = load();
    }

    static Gender of(String fullName) {
        String first = fullName.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Table.NAMES.getOrDefault(first, Gender.UNKNOWN);
    }

    /** True unless the name's usual gender contradicts the pronoun. */
    static boolean fits(String pronoun, String fullName) {
        Gender gender = of(fullName);
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him" -> gender != Gender.FEMALE;
            case "she", "her" -> gender != Gender.MALE;
            default -> true;
        };
    }

    private static Map<String, Gender> load() {
        InputStream in = NameGender.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing model " + RESOURCE + " (from the CoreNLP models jar), needed by"
                    + " the quotes and claims analyzers");
        }
        Map<String, Gender> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.split("\t");
                if (parts.length == 2 && (parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
                    names.put(parts[0].toLowerCase(Locale.ROOT), Gender.valueOf(parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
