package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Technique;

/**
 * Says in a reader's words why a span got its technique: the features that pushed the classifier towards
 * that technique most (cue words, neighbouring words, the span being a whole sentence or in quotes), plus
 * facts a reader can check for the techniques that rest on them (where a repeated phrase first appeared,
 * whom an appeal to authority names). Thread-safe.
 */
final class TechniqueReasons {

    private static final int CUES = 3;
    /** Lower-case words inside names: "Staffan de Mistura", "Osama bin Laden". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "di", "van", "von", "der", "bin",
            "ibn", "al", "el", "la", "le");

    private final LinearModel classifier;

    TechniqueReasons(LinearModel classifier) {
        this.classifier = classifier;
    }

    String explain(TextTokens t, CharSpan span, Technique technique, FeatureSet features) {
        List<String> parts = new ArrayList<>();
        if (technique == Technique.REPETITION) {
            repetition(t, span).ifPresent(parts::add);
        }
        if (technique == Technique.APPEAL_TO_AUTHORITY) {
            String names = capitalisedNames(t, span);
            if (!names.isEmpty()) {
                parts.add("invokes " + names);
            }
        }
        Set<String> cues = topCues(technique, features);
        if (!cues.isEmpty()) {
            parts.add("cues: " + String.join(", ", cues));
        }
        return technique.displayName() + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }

    private Set<String> topCues(Technique technique, FeatureSet features) {
        int cls = classifier.classes().indexOf(technique.label());
        if (cls < 0) {
            return Set.of();
        }
        int[] indices = features.indices();
        List<Integer> order = new ArrayList<>();
        double[] lift = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            double mean = 0;
            for (int k = 0; k < classifier.classes().size(); k++) {
                mean += classifier.weight(k, indices[i]);
            }
            lift[i] = classifier.weight(cls, indices[i]) - mean / classifier.classes().size();
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -lift[i]));
        // The span's own words first: a reader checks those; context and sentence words only fill up.
        Set<String> cues = new LinkedHashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i : order) {
                if (cues.size() == CUES || lift[i] <= 0) {
                    break;
                }
                String readable = readable(features.name(i));
                if (readable != null && isOwnWords(features.name(i)) == (pass == 0)) {
                    cues.add(readable);
                }
            }
        }
        return cues;
    }

    private static boolean isOwnWords(String feature) {
        return feature.startsWith("u=") || feature.startsWith("bi=") || feature.startsWith("first=")
                || feature.startsWith("last=");
    }

    /** A feature name as a reader would put it, or null for features that mean nothing on their own. */
    private static String readable(String feature) {
        int eq = feature.indexOf('=');
        String kind = eq < 0 ? feature : feature.substring(0, eq);
        String value = eq < 0 ? "" : feature.substring(eq + 1);
        return switch (kind) {
            case "u", "first", "last" -> value.length() < 2 || Words.isFunctionWord(value) ? null
                    : "\u201c" + value + "\u201d";
            case "bi" -> java.util.Arrays.stream(value.split("\\|")).allMatch(w -> w.length() < 2 || Words.isFunctionWord(w))
                    ? null : "\u201c" + value.replace('|', ' ') + "\u201d";
            case "l1" -> value.startsWith("<") ? null : "after \u201c" + value + "\u201d";
            case "r1" -> value.startsWith("<") ? null : "before \u201c" + value + "\u201d";
            case "sw" -> "sentence mentions \u201c" + value + "\u201d";
            case "quoted" -> "in quotes";
            case "has!" -> "exclamation";
            case "has?" -> "question";
            case "repWord" -> "the word recurs in the text";
            case "repSpan" -> value.equals("<=0") ? null : "the phrase recurs in the text";
            case "sentShare" -> value.equals(">8") ? "a whole sentence" : null;
            case "title" -> "in the headline";
            default -> null;
        };
    }

    private static java.util.Optional<String> repetition(TextTokens t, CharSpan span) {
        String needle = t.text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
        String lowerText = t.lowerText;
        if (needle.isBlank() || lowerText.length() != t.text.length()) {
            return java.util.Optional.empty();
        }
        int first = lowerText.indexOf(needle);
        int count = 0;
        for (int at = first; at >= 0; at = lowerText.indexOf(needle, at + needle.length())) {
            count++;
        }
        if (count < 2) {
            return java.util.Optional.empty();
        }
        String where = first < span.start() ? "first at character " + first : "first here";
        return java.util.Optional.of("\u201c" + abbreviate(needle) + "\u201d appears " + count + " times, " + where);
    }

    private static String capitalisedNames(TextTokens t, CharSpan span) {
        int[] range = SpanFeatures.tokenRange(t, span.start(), span.end());
        if (range == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = range[0]; i <= range[1] + 1; i++) {
            boolean name = i <= range[1] && t.isWord(i) && (Character.isUpperCase(t.text.charAt(t.start[i]))
                    && !(i == t.sentenceFirst[t.sentence[i]] && Words.isFunctionWord(t.lower[i]))
                    || current.length() > 0 && NAME_PARTICLES.contains(t.lower[i]) && i < range[1]
                    && Character.isUpperCase(t.text.charAt(t.start[i + 1])));
            if (name) {
                current.append(current.length() == 0 ? "" : " ").append(t.token(i));
            } else if (current.length() > 0) {
                names.add(current.toString());
                current.setLength(0);
            }
        }
        return String.join(", ", names.stream().distinct().limit(2).toList());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
