package org.newslens.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.newslens.core.model.Article;

/** Fills a layout template: {@code <!-- paragraph: ... %s ... -->} says how a paragraph is marked up, {@code <!-- mid: -->} what sits after the second. */
final class LayoutPage {

    private static final Pattern PARAGRAPH = Pattern.compile("<!-- paragraph: (.*?) -->\\n");
    private static final Pattern MID = Pattern.compile("<!-- mid: (.*?) -->\\n");

    private LayoutPage() {
    }

    static String render(String template, Article article, String body) {
        Matcher p = PARAGRAPH.matcher(template);
        Matcher m = MID.matcher(template);
        if (!p.find() || !m.find()) {
            throw new IllegalArgumentException("layout lacks its paragraph or mid comment");
        }
        StringBuilder html = new StringBuilder();
        String[] paragraphs = body.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            html.append(p.group(1).replace("%s", Entities.escape(paragraphs[i]))).append('\n');
            if (i == 1) {
                html.append(m.group(1)).append('\n');
            }
        }
        String date = article.published() == null ? "" : article.published().toString();
        String page = template.substring(m.end());
        return page.replace("{{BODY}}", html)
                .replace("{{TITLE}}", Entities.escape(article.title()))
                .replace("{{AUTHOR}}", article.author() == null ? "Staff" : Entities.escape(article.author()))
                .replace("{{OUTLET}}", article.outlet() == null ? "The Example Post" : Entities.escape(article.outlet()))
                .replace("{{ISODATE}}", date)
                .replace("{{DATE}}", article.published() == null ? "" : article.published()
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)))
                .replace("{{YEAR}}", date.isEmpty() ? "2016" : date.substring(0, 4));
    }
}
