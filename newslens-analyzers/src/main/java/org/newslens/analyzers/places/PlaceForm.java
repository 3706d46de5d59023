package org.newslens.analyzers.places;

import org.newslens.analyzers.actors.AliasForm;

/**
 * The comparable form of a place name across transliterations: no accents or ayn marks, no Arabic
 * article (Al-Dumayr / Ad Dumayr / Dumayr), no "Governorate" or "province", doubled vowels single
 * (Zahraa / Zahra).
 */
final class PlaceForm {

    private PlaceForm() {
    }

    static String normalise(String name) {
        String s = AliasForm.normalise(name).replaceAll("[`'‘’ʿʾ\"]", "");
        s = s.replaceAll("[.,()]", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^(?:the )", "");
        s = s.replaceFirst("^(?:al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez) (?=\\S{3,})", "");
        s = s.replaceFirst(" (?:governorate|province|muhafazah|city|district|region|countryside)$", "");
        s = s.replace("aa", "a").replace("ee", "i").replace("ou", "u");
        return s.strip();
    }

    /**
     * A looser key for Arabic names written by ear, for a second look when {@link #normalise} finds nothing:
     * no articles inside the name, no spaces, no doubled letters, e as a and o as u, "ai" as "ay", no final h —
     * "Tal Kalakh" / "Tallkalakh", "Hawija" / "Al Hawijah", "Abu Duhur" / "Abu ad Duhur", "Shaddadi" / "Shadadi".
     */
    static String loose(String name) {
        String s = normalise(name);
        s = s.replaceAll("(?<=\\S)[ -](?:al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez|ech)[ -](?=\\S)", " ");
        s = s.replace('e', 'a').replace('o', 'u');
        s = s.replaceAll("[\\s-]", "");
        s = s.replaceAll("(.)\\1+", "$1");
        s = s.replace("ai", "ay");
        return s.replaceAll("h$", "");
    }
}
