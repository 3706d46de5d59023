package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut the way the technique model reads it: word and punctuation tokens with their offsets
 * (UTF-16 indices into the text), sentences (a line break or a sentence-ending mark before a capital
 * ends one), whether each token sits inside quote marks, and how often each word occurs in the text.
 * Training and detection both cut text with this class, so the model sees the same units in both.
 * Immutable once built.
 */
final class TextTokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.&][\\p{L}\\p{N}]+)*|[^\\s\\p{Z}]");

    final String text;
    /** The text lower-cased, for counting repeated phrases; may differ in length from {@code text}. */
    final String lowerText;
    final int[] start;
    final int[] end;
    final String[] lower;
    final int[] sentence;
    static final int MAX_SENTENCE = 250;
    /** Index of each sentence's first token; one extra entry holds the token count. */
    final int[] sentenceFirst;
    final boolean[] quoted;
    /** Each token's coarse and fine word group, -1 when unknown. */
    final int[] coarse;
    final int[] fine;
    /** Sentence index of the first line that holds a word: the headline in most inputs. */
    final int titleSentence;
    private final Map<String, Integer> wordCounts;

    private TextTokens(String text, List<int[]> spans, WordClusters clusters) {
        this.text = text;
        this.lowerText = text.toLowerCase(Locale.ROOT);
        int n = spans.size();
        start = new int[n];
        end = new int[n];
        lower = new String[n];
        sentence = new int[n];
        quoted = new boolean[n];
        coarse = new int[n];
        fine = new int[n];
        List<Integer> firsts = new ArrayList<>();
        wordCounts = new HashMap<>();
        int current = -1;
        boolean inQuote = false;
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            start[i] = spans.get(i)[0];
            end[i] = spans.get(i)[1];
            lower[i] = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
            boolean lineBreak = i == 0 || hasLineBreak(previousEnd, start[i]);
            if (lineBreak) {
                inQuote = false;
            }
            // A "sentence" of more than MAX_SENTENCE tokens (a text without stops) is cut, as the sentence
            // analyzer cuts it: sentence features read every word of the sentence, so an endless one would
            // make the cost quadratic (30,000 words without a stop took 35 s before the cut).
            if (lineBreak || endsSentence(i) || i - firsts.get(firsts.size() - 1) >= MAX_SENTENCE) {
                current++;
                firsts.add(i);
            }
            sentence[i] = current;
            char c = text.charAt(start[i]);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '“' || c == '«') {
                inQuote = true;
            } else if (c == '”' || c == '»') {
                inQuote = false;
            }
            quoted[i] = inQuote && !isQuoteMark(c);
            if (isWord(i)) {
                wordCounts.merge(lower[i], 1, Integer::sum);
            }
            int[] group = clusters.of(lower[i]);
            coarse[i] = group == null ? -1 : group[0];
            fine[i] = group == null ? -1 : group[1];
            previousEnd = end[i];
        }
        firsts.add(n);
        sentenceFirst = firsts.stream().mapToInt(Integer::intValue).toArray();
        titleSentence = 0;
    }

    static TextTokens of(String text, WordClusters clusters) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return new TextTokens(text, spans, clusters);
    }

    private boolean hasLineBreak(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    int size() {
        return start.length;
    }

    int sentences() {
        return sentenceFirst.length - 1;
    }

    String token(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(start[i]));
    }

    /** Occurrences of this word (lower-cased) in the whole text. */
    int count(String lowerWord) {
        return wordCounts.getOrDefault(lowerWord, 0);
    }

    /** A new sentence starts at token i when the previous tokens end one and token i opens with a capital or quote. */
    private boolean endsSentence(int i) {
        if (i == 0 || !Character.isUpperCase(text.charAt(start[i])) && !isQuoteMark(text.charAt(start[i]))) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && end[j] - start[j] == 1 && isCloser(text.charAt(start[j]))) {
            j--;
        }
        if (j < 0 || end[j] - start[j] != 1) {
            return false;
        }
        char c = text.charAt(start[j]);
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»';
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }
}
