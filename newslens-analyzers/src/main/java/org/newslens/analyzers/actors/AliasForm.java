package org.newslens.analyzers.actors;

import java.text.Normalizer;
import java.util.Locale;

/** The comparable form of a name: lower case, no accents, hyphens and spaces alike, one kind of apostrophe. */
public final class AliasForm {

    private AliasForm() {
    }

    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('’', '\'').replace('‘', '\'').replace('ı', 'i').toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\s\\-‐‑–]+", " ").strip();
    }

    /** An acronym ("SAA", "U.N.", "HTS") matches only in capitals. */
    static boolean isAcronym(String alias) {
        String letters = alias.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** A one-word capitalised alias ("Assad", "Kremlin") must be capitalised in the text, so "guardian" is not "Guardian". */
    static boolean needsCapital(String alias) {
        String core = withoutArticle(alias);
        return !core.contains(" ") && Character.isUpperCase(core.charAt(0));
    }

    /** "The Guardian" -> "Guardian"; other names unchanged. */
    static String withoutArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) && name.length() > 4 ? name.substring(4) : name;
    }
}
