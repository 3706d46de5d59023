package org.newslens.analyzers.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: where a report was filed, before its first sentence — "MOSUL, Iraq — ", "BEIRUT (Reuters) - ",
 * "BUDAPEST, Hungary, February 19, 2018 (LifeSiteNews) – ". A town in capitals, then perhaps a country and a
 * date, an agency in brackets, and a dash. One definition for every layer that must look past them. Stateless.
 */
public final class Datelines {

    /** What follows the town: a country or date, an agency in brackets, the dash. */
    private static final String AFTER_TOWN = "(?:,\\s*\\p{Lu}[\\p{L}\\p{N}., ]{1,60}?)?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?"
            + "[—–-]{1,2}\\s+";
    private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu} .'-]{2,}" + AFTER_TOWN);
    private static final Pattern AFTER = Pattern.compile(AFTER_TOWN);
    /** "Washington (CNN) President Donald Trump …": a town in ordinary case, a news agency in brackets, no dash. */
    private static final Pattern TOWN_AGENCY = Pattern.compile("\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,2}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]+)?\\s*\\((?:CNN|CNN Business|CNN Money|Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua"
            + "|TASS|Sputnik|AA|Anadolu|CNBC|Fox News|NBC News|CBS News|ABC News|The Hill|JTA|WND|CNSNews\\.com"
            + "|LifeSiteNews)\\)\\s+(?=\\p{Lu})");

    private Datelines() {
    }

    /** Where the dateline opening {@code [from, to)} of {@code text} ends, or -1 when it opens with none. */
    public static int end(CharSequence text, int from, int to) {
        Matcher m = DATELINE.matcher(text).region(from, to);
        if (m.lookingAt()) {
            return m.end();
        }
        Matcher agency = TOWN_AGENCY.matcher(text).region(from, to);
        return agency.lookingAt() ? agency.end() : -1;
    }

    /** Whether what follows {@code townEnd} is the rest of a dateline: ", Syria (Reuters) - ". */
    public static boolean followsTown(CharSequence text, int townEnd) {
        return AFTER.matcher(text).region(townEnd, Math.min(text.length(), townEnd + 120)).lookingAt();
    }
}
