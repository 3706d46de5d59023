package org.newslens.analyzers.places;

import java.util.Map;

/**
 * The abbreviations of US states that news style writes after a town ("Alexandria, Va.", "Spring
 * Valley, N.Y."): a qualifier of the town, which tells the geocoder which namesake is meant.
 */
public final class StateAbbreviations {

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
            Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"),
            Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"), Map.entry("Ga.", "Georgia"),
            Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"),
            Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"), Map.entry("Md.", "Maryland"),
            Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"), Map.entry("Minn.", "Minnesota"),
            Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"), Map.entry("Mont.", "Montana"),
            Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"), Map.entry("N.H.", "New Hampshire"),
            Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"),
            Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"), Map.entry("Okla.", "Oklahoma"),
            Map.entry("Ore.", "Oregon"), Map.entry("Pa.", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"),
            Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"), Map.entry("Tenn.", "Tennessee"),
            Map.entry("Va.", "Virginia"), Map.entry("Vt.", "Vermont"), Map.entry("Wash.", "Washington"),
            Map.entry("W.Va.", "West Virginia"), Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"));

    private StateAbbreviations() {
    }

    /** "Va." → "Virginia"; any other name unchanged. */
    public static String expand(String name) {
        return STATES.getOrDefault(name, name);
    }

    /** True for "Va." or "Va" (the recogniser may leave the full stop out of its span). */
    public static boolean isAbbreviation(String name) {
        return STATES.containsKey(name) || STATES.containsKey(name + ".");
    }
}
