package org.newslens.analyzers.actors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "The Russians informed the Turks": in war reporting a people's plural after "the" stands for its
 * state. The knowledge-base ids of the governments these plurals stand for; "the Syrians" is left
 * out, being as often the people as the government.
 */
public final class PluralNationals {

    private static final Map<String, String> GOVERNMENTS = Map.of("russians", "russia-government",
            "americans", "us-government", "turks", "turkey-government", "iranians", "iran-government",
            "israelis", "israel-government", "saudis", "saudi-government");

    /** The words as one regex alternation, capitalised as written. */
    public static final String ALTERNATION = "Russians|Americans|Turks|Iranians|Israelis|Saudis";

    private PluralNationals() {
    }

    /** The knowledge-base id of the government a plural stands for ("Russians" → russia-government), if any. */
    public static Optional<String> governmentId(String plural) {
        return Optional.ofNullable(GOVERNMENTS.get(plural.toLowerCase(Locale.ROOT)));
    }
}
