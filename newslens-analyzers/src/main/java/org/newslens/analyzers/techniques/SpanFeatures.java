package org.newslens.analyzers.techniques;

import java.util.Locale;

/**
 * Features for naming the technique of a given span: its words and word pairs, its first and last word,
 * its length, the words just outside it, whether its words recur elsewhere in the text (repetition),
 * whether it is a whole sentence (slogans), sits in quotes, ends in "!" or "?", and the content words
 * of its sentence. Stateless.
 */
final class SpanFeatures {

    private static final int CONTEXT = 3;

    private SpanFeatures() {
    }

    /** The tokens a character span covers, as {@code [first, last]}; {@code null} when it covers none. */
    static int[] tokenRange(TextTokens t, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = lowerBound(t, start); i < t.size() && t.start[i] < end; i++) {
            if (t.end[i] > start) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static int lowerBound(TextTokens t, int offset) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static FeatureSet of(TextTokens t, int start, int end, int buckets) {
        FeatureSet f = new FeatureSet(buckets);
        f.add("bias");
        int[] range = tokenRange(t, start, end);
        if (range == null) {
            f.add("empty");
            return f;
        }
        int first = range[0];
        int last = range[1];
        int words = 0;
        for (int i = first; i <= last; i++) {
            String w = t.lower[i];
            f.add("u=", w);
            if (t.fine[i] >= 0) {
                f.add("uf=", Integer.toString(t.fine[i]));
                f.add("uc=", Integer.toString(t.coarse[i]));
            }
            if (i < last) {
                f.add("bi=", w + "|" + t.lower[i + 1]);
            }
            if (t.isWord(i)) {
                words++;
                if (w.length() > 4) {
                    f.add("suf3=", w.substring(w.length() - 3));
                }
            }
            char c = w.charAt(0);
            if (c == '!' || c == '?') {
                f.add("has" + c);
            }
        }
        f.add("first=", t.lower[first]);
        f.add("last=", t.lower[last]);
        f.add("firstShape=", Words.shape(t.token(first)));
        f.add("len=", Words.bucket(words, 1, 2, 3, 5, 8, 15, 30));
        for (int d = 1; d <= CONTEXT; d++) {
            f.add("l" + d + "=", TokenFeatures.word(t, first, first - d));
            f.add("r" + d + "=", TokenFeatures.word(t, last, last + d));
        }
        addRepetition(f, t, start, end, first, last);
        addSentence(f, t, first, last);
        if (t.quoted[first] || first > 0 && TextTokens.isQuoteMark(t.text.charAt(t.start[first - 1]))) {
            f.add("quoted");
        }
        return f;
    }

    private static void addRepetition(FeatureSet f, TextTokens t, int start, int end, int first, int last) {
        int repeatedWords = 0;
        int contentWords = 0;
        for (int i = first; i <= last; i++) {
            if (Words.isContentWord(t.lower[i])) {
                contentWords++;
                if (t.count(t.lower[i]) > 1) {
                    repeatedWords++;
                }
            }
        }
        if (contentWords > 0) {
            f.add("repShare=", Words.bucket(10 * repeatedWords / contentWords, 0, 4, 9));
        }
        if (last - first < 8) {
            int others = occurrences(t.lowerText, t.text.substring(start, end).toLowerCase(Locale.ROOT)) - 1;
            f.add("repSpan=", Words.bucket(others, 0, 1, 2));
            if (others > 0 && last == first) {
                f.add("repWord");
            }
        }
    }

    private static int occurrences(String haystack, String needle) {
        if (needle.isBlank()) {
            return 1;
        }
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static void addSentence(FeatureSet f, TextTokens t, int first, int last) {
        int s = t.sentence[first];
        int sentenceFirst = t.sentenceFirst[s];
        int sentenceLast = t.sentenceFirst[s + 1] - 1;
        int sentenceLength = sentenceLast - sentenceFirst + 1;
        int covered = Math.min(last, sentenceLast) - first + 1;
        f.add("sentShare=", Words.bucket(10 * covered / sentenceLength, 2, 5, 8));
        if (s == t.titleSentence) {
            f.add("title");
        }
        for (int k = sentenceFirst; k <= sentenceLast; k++) {
            if ((k < first || k > last) && Words.isContentWord(t.lower[k])) {
                f.add("sw=", t.lower[k]);
            }
        }
    }
}
