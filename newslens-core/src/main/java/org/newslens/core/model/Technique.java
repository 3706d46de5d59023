package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 propaganda techniques of the Propaganda Techniques Corpus (SemEval-2020 Task 11). The
 * {@link #label()} is the corpus's exact spelling, commas included, and is what JSON and the PTC
 * files carry.
 */
public enum Technique {
    APPEAL_TO_AUTHORITY("Appeal_to_Authority"),
    APPEAL_TO_FEAR_PREJUDICE("Appeal_to_fear-prejudice"),
    BANDWAGON_REDUCTIO_AD_HITLERUM("Bandwagon,Reductio_ad_hitlerum"),
    BLACK_AND_WHITE_FALLACY("Black-and-White_Fallacy"),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification"),
    DOUBT("Doubt"),
    EXAGGERATION_MINIMISATION("Exaggeration,Minimisation"),
    FLAG_WAVING("Flag-Waving"),
    LOADED_LANGUAGE("Loaded_Language"),
    NAME_CALLING_LABELING("Name_Calling,Labeling"),
    REPETITION("Repetition"),
    SLOGANS("Slogans"),
    THOUGHT_TERMINATING_CLICHES("Thought-terminating_Cliches"),
    WHATABOUTISM_STRAW_MEN_RED_HERRING("Whataboutism,Straw_Men,Red_Herring");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The technique with this exact PTC label, if any. */
    public static Optional<Technique> byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    @JsonCreator
    static Technique fromJson(String label) {
        return byLabel(label).orElseThrow(() -> new IllegalArgumentException("Unknown technique \"" + label
                + "\"; known: " + Arrays.stream(values()).map(Technique::label).toList()));
    }

    /** A reader's name: "Name calling, labeling". */
    public String displayName() {
        String spaced = label.replace('_', ' ').replace(",", ", ");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
