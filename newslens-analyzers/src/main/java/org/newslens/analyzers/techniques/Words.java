package org.newslens.analyzers.techniques;

import java.util.Set;

/** Small facts about English words that the feature extractors share. */
final class Words {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "about", "as", "into", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
            "should", "may", "might", "must", "shall", "he", "she", "they", "we", "you", "i", "his", "her", "their",
            "our", "your", "my", "him", "them", "us", "me", "who", "whom", "which", "what", "when", "where", "why",
            "how", "there", "here", "not", "no", "if", "then", "also", "just", "all", "any", "some", "said", "says",
            "s", "t", "one", "more", "most", "up", "out", "over", "after", "before", "while", "because", "very");

    private Words() {
    }

    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    /** A content word worth counting for repetition: letters, four or more, not a function word. */
    static boolean isContentWord(String lower) {
        return lower.length() >= 4 && Character.isLetter(lower.charAt(0)) && !isFunctionWord(lower);
    }

    /** Xx, XX, xx, 9 or the punctuation itself: the case pattern without the letters. */
    static String shape(String token) {
        char c = token.charAt(0);
        if (Character.isDigit(c)) {
            return "9";
        }
        if (!Character.isLetter(c)) {
            return token;
        }
        boolean allUpper = token.length() > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return allUpper ? "XX" : Character.isUpperCase(c) ? "Xx" : "xx";
    }

    static String bucket(int value, int... limits) {
        for (int limit : limits) {
            if (value <= limit) {
                return "<=" + limit;
            }
        }
        return ">" + limits[limits.length - 1];
    }
}
