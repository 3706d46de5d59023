package org.newslens.analyzers.sources;

import java.util.regex.Pattern;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;

/**
 * Decides which sentences assert something checkable. Left out: the headline and other heading
 * lines, questions, requests and calls to action, lines that only introduce what follows, fragments
 * of fewer than {@value #MIN_WORDS} words, and the writer's own declared opinion ("I highly doubt
 * that", "we don't think…").
 */
final class ClaimFilter {

    static final int MIN_WORDS = 4;
    private static final int MAX_HEADING_WORDS = 14;
    private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"”’'»)\\]]*$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’'»)…:;]\\s*$");
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^[\\W]*(?:subscribe|follow|click|sign up|share"
            + "|read more|see all|see also|let us|let me|join|watch|listen|download|email|please|don['’]t miss"
            + "|like us|support us|donate|comments?|related|advertisement)\\b");
    private static final Pattern WRITER_OPINION = Pattern.compile("(?i)^[\\W]*(?:(?:but|and|so|yet|still|now|frankly"
            + "|honestly|sorry \\w+),?\\s+)*(?:I|we)\\s+(?:(?:really|highly|strongly|still|do|don['’]t|do not|also"
            + "|just|personally|remain|am|’m|'m)\\s+)*(?:think|believe|doubt|remain|hope|feel|suspect|guess|wonder"
            + "|wish|agree|disagree|like|love|hate|want|sceptic|skeptic|convinced|sure|afraid|fear)");

    private ClaimFilter() {
    }

    /** Null when the sentence is a claim, else why it is not (for tests and debugging). */
    static String whyNot(String text, CharSpan unit, Article article) {
        String sentence = unit.of(text).strip();
        if (sentence.split("\\s+").length < MIN_WORDS) {
            return "fragment";
        }
        if (article.title() != null && sentence.equals(article.title().strip())) {
            return "headline";
        }
        if (QUESTION.matcher(sentence).find()) {
            return "question";
        }
        if (sentence.endsWith(":")) {
            return "introduces what follows";
        }
        if (CALL_TO_ACTION.matcher(sentence).find()) {
            return "call to action";
        }
        if (WRITER_OPINION.matcher(sentence).find()) {
            return "the writer's declared opinion";
        }
        if (isWholeLine(text, unit) && !TERMINAL.matcher(sentence).find()
                && sentence.split("\\s+").length <= MAX_HEADING_WORDS) {
            return "heading";
        }
        return null;
    }

    private static boolean isWholeLine(String text, CharSpan unit) {
        int before = unit.start() - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = unit.end();
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after >= text.length() || text.charAt(after) == '\n');
    }
}
