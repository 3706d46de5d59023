package org.newslens.ingest.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's tag, class, id and role say about it: article content, or which kind of page furniture. */
final class ClassHints {

    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|prose|h-entry");
    /**
     * Furniture names. Distinctive words match anywhere in a class or id; short ones ({@code ad}, {@code nav},
     * {@code bio}, {@code meta}...) only as a whole token between separators, so "unavailable" is not "nav"
     * and Tailwind's "overflow-hidden" says nothing.
     */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|respond|footer|footnote|masthead|outbrain|taboola|promo|related|recommend"
                    + "|read-?more|more-news|see-also|newsline|news-line|sharing|social|sidebar|widget|breadcrumb"
                    + "|newsletter|subscri|signup|sign-up|popup|modal|cookie|consent|banner|advert|sponsor|byline"
                    + "|dateline|timestamp|toolbar|trending|most-read|most-popular|popular|donate|membership|paywall"
                    + "|about-the|pagination|caption|yarpp|addtoany|a2a_|mashsb|heateor|essb|swp_social|sharedaddy"
                    + "|adsbygoogle|ad-inserter|td-a-rec|navigation|navbar|author-box|authorbox"
                    + "|(?:^|[\\s_-])(?:ad|ads|nav|menu|bio|meta|tags|tag-list|share|print|tools|skip|jump|pager"
                    + "|reply|contact|author|credit|categories|teaser|teasers)(?:$|[\\s_-])");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?:^|\\s)(?:sr-only|visually-hidden|screen-reader-text|screenreader-only|hidden|d-none|is-hidden)(?:$|\\s)");

    private ClassHints() {
    }

    static String signature(Element e) {
        return (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
    }

    /** Hidden from sighted readers by a conventional class: screen-reader text, "hidden", Bootstrap's d-none. */
    static boolean isHiddenByClass(Element e) {
        return HIDDEN.matcher(e.className().toLowerCase(Locale.ROOT)).find();
    }

    static boolean isPositive(Element e) {
        return POSITIVE.matcher(signature(e)).find();
    }

    static boolean isNegative(Element e) {
        String sig = signature(e);
        return NEGATIVE.matcher(sig).find() && !sig.matches(".*\\b(?:article-body|entry-content|post-content"
                + "|story-body|article-content|post-body)\\b.*");
    }

    /** Score weight from class and id, as readability does. */
    static int weight(Element e) {
        int weight = 0;
        if (isNegative(e)) {
            weight -= 25;
        }
        if (isPositive(e)) {
            weight += 25;
        }
        return weight;
    }

    /** The kind of page furniture the element is, judged by tag and names, if it is furniture at all. */
    static Optional<String> furnitureKind(Element e) {
        String tag = e.normalName();
        String sig = signature(e);
        if (tag.equals("nav") || sig.contains("navigation") || sig.matches(".*\\b(?:nav|menu|breadcrumbs?)\\b.*")) {
            return Optional.of("navigation");
        }
        if (sig.contains("comment") || sig.contains("disqus") || sig.contains("respond")) {
            return Optional.of("comment");
        }
        if (sig.contains("share") || sig.contains("social")) {
            return Optional.of("share");
        }
        if (sig.contains("related") || sig.contains("recommend") || sig.matches(".*read-?more.*") || sig.contains("popular") || sig.contains("trending")
                || sig.contains("outbrain") || sig.contains("taboola")) {
            return Optional.of("related");
        }
        if (sig.contains("newsletter") || sig.contains("subscribe") || sig.contains("signup")) {
            return Optional.of("subscribe");
        }
        if (sig.contains("author") || sig.matches(".*\\bbio\\b.*")) {
            return Optional.of("bio");
        }
        if (sig.contains("advert") || sig.contains("sponsor") || sig.matches(".*(?:^|[-_ ])ads?(?:$|[-_ ]).*")) {
            return Optional.of("advertisement");
        }
        if (tag.equals("aside") || sig.contains("sidebar") || sig.contains("widget")) {
            return Optional.of("sidebar");
        }
        if (tag.equals("footer") || sig.contains("footer")) {
            return Optional.of("footer");
        }
        if (tag.equals("header") || sig.contains("masthead") || sig.matches(".*\\bheader\\b.*")) {
            return Optional.of("header");
        }
        if (sig.contains("cookie") || sig.contains("consent") || sig.contains("popup") || sig.contains("modal")) {
            return Optional.of("notice");
        }
        return Optional.empty();
    }
}
