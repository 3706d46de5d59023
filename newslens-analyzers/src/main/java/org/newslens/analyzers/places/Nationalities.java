package org.newslens.analyzers.places;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Nationality adjectives and the countries they belong to ("Syrian" → SY), for "the Syrian capital". */
public final class Nationalities {

    private static final Map<String, String> COUNTRY = Map.ofEntries(
            Map.entry("syrian", "SY"), Map.entry("iraqi", "IQ"), Map.entry("russian", "RU"), Map.entry("turkish", "TR"),
            Map.entry("iranian", "IR"), Map.entry("american", "US"), Map.entry("us", "US"), Map.entry("u.s.", "US"),
            Map.entry("israeli", "IL"), Map.entry("saudi", "SA"), Map.entry("lebanese", "LB"), Map.entry("jordanian", "JO"),
            Map.entry("egyptian", "EG"), Map.entry("libyan", "LY"), Map.entry("yemeni", "YE"), Map.entry("afghan", "AF"),
            Map.entry("ukrainian", "UA"), Map.entry("british", "GB"), Map.entry("french", "FR"), Map.entry("german", "DE"),
            Map.entry("chinese", "CN"), Map.entry("qatari", "QA"), Map.entry("emirati", "AE"), Map.entry("kuwaiti", "KW"),
            Map.entry("bahraini", "BH"), Map.entry("omani", "OM"), Map.entry("tunisian", "TN"), Map.entry("algerian", "DZ"),
            Map.entry("moroccan", "MA"), Map.entry("sudanese", "SD"), Map.entry("somali", "SO"), Map.entry("pakistani", "PK"),
            Map.entry("indian", "IN"), Map.entry("italian", "IT"), Map.entry("spanish", "ES"), Map.entry("greek", "GR"),
            Map.entry("polish", "PL"), Map.entry("belarusian", "BY"), Map.entry("georgian", "GE"),
            Map.entry("armenian", "AM"), Map.entry("azerbaijani", "AZ"), Map.entry("japanese", "JP"),
            Map.entry("korean", "KR"), Map.entry("venezuelan", "VE"), Map.entry("mexican", "MX"),
            Map.entry("canadian", "CA"), Map.entry("nigerian", "NG"), Map.entry("ethiopian", "ET"),
            Map.entry("kenyan", "KE"), Map.entry("malian", "ML"), Map.entry("kazakh", "KZ"), Map.entry("uzbek", "UZ"),
            Map.entry("kyrgyz", "KG"), Map.entry("tajik", "TJ"), Map.entry("swiss", "CH"), Map.entry("austrian", "AT"),
            Map.entry("belgian", "BE"), Map.entry("dutch", "NL"), Map.entry("swedish", "SE"), Map.entry("norwegian", "NO"),
            Map.entry("danish", "DK"), Map.entry("finnish", "FI"), Map.entry("czech", "CZ"), Map.entry("hungarian", "HU"),
            Map.entry("romanian", "RO"), Map.entry("bulgarian", "BG"), Map.entry("serbian", "RS"),
            Map.entry("croatian", "HR"), Map.entry("albanian", "AL"), Map.entry("cypriot", "CY"), Map.entry("irish", "IE"),
            Map.entry("portuguese", "PT"), Map.entry("brazilian", "BR"), Map.entry("argentine", "AR"),
            Map.entry("chilean", "CL"), Map.entry("colombian", "CO"), Map.entry("cuban", "CU"),
            Map.entry("moldovan", "MD"), Map.entry("indonesian", "ID"), Map.entry("malaysian", "MY"),
            Map.entry("filipino", "PH"), Map.entry("thai", "TH"), Map.entry("vietnamese", "VN"),
            Map.entry("australian", "AU"));

    /** The words as one regex alternation, longest first. */
    public static final String ALTERNATION = COUNTRY.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(w -> Pattern.quote(w.equals("u.s.") ? "U.S." : w.equals("us") ? "US"
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1)))
            .collect(java.util.stream.Collectors.joining("|"));

    private Nationalities() {
    }

    /** The ISO code of the country a nationality adjective names, or null. */
    public static String country(String adjective) {
        return COUNTRY.get(adjective.toLowerCase(Locale.ROOT));
    }
}
