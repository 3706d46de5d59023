package org.newslens.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;

/** The main article text alone: the text without boilerplate and without the title, paragraphs joined by a blank line. */
public final class ArticleBody {

    private ArticleBody() {
    }

    public static String of(Article article) {
        String text = article.text();
        List<String> paragraphs = new ArrayList<>();
        for (CharSpan content : article.contentSpans()) {
            for (String paragraph : content.of(text).split("\\R\\s*\\R")) {
                String trimmed = paragraph.replace("\uFEFF", "").strip();
                if (!trimmed.isEmpty()) {
                    paragraphs.add(trimmed);
                }
            }
        }
        if (!paragraphs.isEmpty() && article.title() != null) {
            String first = paragraphs.get(0);
            int newline = first.indexOf('\n');
            if (isTitle(first, article.title())) {
                paragraphs.remove(0);
            } else if (newline > 0 && isTitle(first.substring(0, newline), article.title())) {
                paragraphs.set(0, first.substring(newline + 1).strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** The same words as the title, give or take a site name or a word or two (og:title and h1 often differ). */
    private static boolean isTitle(String paragraph, String title) {
        String p = paragraph.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").strip();
        if (p.equals(title.strip()) || p.length() <= title.length() + 3 && title.startsWith(p)) {
            return true;
        }
        java.util.Set<String> a = words(p);
        java.util.Set<String> b = words(title);
        if (a.isEmpty() || a.size() > 40) {
            return false;
        }
        java.util.Set<String> common = new java.util.HashSet<>(a);
        common.retainAll(b);
        return common.size() >= 0.8 * Math.max(a.size(), b.size());
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
