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

    /** Titles that say the gender where the name may not ("Pope Francis", "Queen Rania", "Sheikh Tamim"). */
    private static final Map<String, Gender> TITLES = Map.ofEntries(Map.entry("pope", Gender.MALE),
            Map.entry("cardinal", Gender.MALE), Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE),
            Map.entry("sir", Gender.MALE), Map.entry("lord", Gender.MALE), Map.entry("mr", Gender.MALE),
            Map.entry("sheikh", Gender.MALE), Map.entry("emir", Gender.MALE), Map.entry("ayatollah", Gender.MALE),
            Map.entry("patriarch", Gender.MALE), Map.entry("archbishop", Gender.MALE), Map.entry("queen", Gender.FEMALE),
            Map.entry("princess", Gender.FEMALE), Map.entry("mrs", Gender.FEMALE), Map.entry("ms", Gender.FEMALE),
            Map.entry("lady", Gender.FEMALE), Map.entry("dame", Gender.FEMALE));

    /** The usual gender of the first name. */
    static Gender of(String fullName) {
        String first = fullName.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return Table.NAMES.getOrDefault(first, Gender.UNKNOWN);
    }

    /**
     * True unless the name's usual gender, or its title's, contradicts the pronoun ("She asked" is not Pope Francis).
     * Titles only rule out: they do not make a titled name the likelier referent of "he" than a plain surname.
     */
    static boolean fits(String pronoun, String fullName) {
        String first = fullName.trim().split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
        Gender gender = TITLES.getOrDefault(first, of(fullName));
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
