package org.newslens.analyzers.techniques;

/**
 * Features for tagging one token as inside or outside a propaganda span: the word and its neighbours,
 * its case and quoting, whether it repeats a word used elsewhere in the text, and the words and marks of
 * its sentence. Stateless.
 */
final class TokenFeatures {

    private static final int WINDOW = 2;

    private TokenFeatures() {
    }

    static FeatureSet of(TextTokens t, int i, int buckets) {
        FeatureSet f = new FeatureSet(buckets);
        f.add("bias");
        String w = t.lower[i];
        f.add("w=", w);
        f.add("shape=", Words.shape(t.token(i)));
        if (w.length() > 4) {
            f.add("suf3=", w.substring(w.length() - 3));
            f.add("pre4=", w.substring(0, 4));
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d != 0) {
                f.add("w" + d + "=", word(t, i, i + d));
            }
        }
        if (t.fine[i] >= 0) {
            f.add("c=", Integer.toString(t.coarse[i]));
            f.add("f=", Integer.toString(t.fine[i]));
        }
        f.add("c-1=", group(t, i, i - 1));
        f.add("c+1=", group(t, i, i + 1));
        f.add("b-1=", word(t, i, i - 1) + "|" + w);
        f.add("b+1=", w + "|" + word(t, i, i + 1));
        if (t.quoted[i]) {
            f.add("quoted");
            f.add("quoted|", w);
        }
        if (Words.isContentWord(w)) {
            int count = t.count(w);
            f.add("rep=", Words.bucket(count, 1, 2, 4));
            f.add("rep|", w + "|" + Words.bucket(count, 1, 2));
        }
        addSentence(f, t, i);
        return f;
    }

    private static void addSentence(FeatureSet f, TextTokens t, int i) {
        int s = t.sentence[i];
        int first = t.sentenceFirst[s];
        int last = t.sentenceFirst[s + 1] - 1;
        int length = last - first + 1;
        f.add("slen=", Words.bucket(length, 3, 8, 15, 25, 40));
        f.add("spos=", Words.bucket(i - first, 0, 2, 5));
        f.add("sposEnd=", Words.bucket(last - i, 0, 2, 5));
        if (s == t.titleSentence) {
            f.add("title");
            f.add("title|", t.lower[i]);
        }
        for (int k = first; k <= last; k++) {
            String word = t.lower[k];
            char c = word.charAt(0);
            if (c == '!' || c == '?') {
                f.add("s" + c);
            } else if (Words.isContentWord(word)) {
                f.add("sw=", word);
            }
        }
    }

    /** The coarse word group at {@code i}, or a marker for unknown words and sentence boundaries. */
    static String group(TextTokens t, int center, int i) {
        String word = word(t, center, i);
        return word.startsWith("<") || word.startsWith("</") ? word : t.coarse[i] < 0 ? "?" : Integer.toString(t.coarse[i]);
    }

    /** The word at {@code i}, or a boundary marker when it lies outside the sentence of {@code center}. */
    static String word(TextTokens t, int center, int i) {
        if (i < 0 || i < center && t.sentence[i] != t.sentence[center]) {
            return "<s>";
        }
        if (i >= t.size() || t.sentence[i] != t.sentence[center]) {
            return "</s>";
        }
        return t.lower[i];
    }
}
