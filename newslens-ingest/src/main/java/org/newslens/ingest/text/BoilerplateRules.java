package org.newslens.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises one line of boilerplate by what it says: navigation and taxonomy lines, "Recent
 * Articles" and share prompts, disclaimers, copyright and fair-use notices, source notes, author
 * bios, comment stamps and pingbacks. Each rule carries its kind, a confidence and a reason.
 */
final class BoilerplateRules {

    /** A matched rule. {@code endsArticle}: what follows it is boilerplate too (the article is over). */
    record Match(String kind, double confidence, String reason, boolean endsArticle) {
    }

    private record Rule(String kind, double confidence, String reason, boolean endsArticle, int maxLength,
                        Pattern pattern) {
        Optional<Match> test(String line) {
            if (line.length() <= maxLength && pattern.matcher(line).find()) {
                return Optional.of(new Match(kind, confidence, reason, endsArticle));
            }
            return Optional.empty();
        }
    }

    private static final Pattern TAXONOMY = Pattern.compile(
            "^(?:Region|Theme|Themes|Topics?|Tags?|Tagged(?: with)?|Categor(?:y|ies)|Filed under|In-depth Report"
                    + "|Related Topics|Keywords|Section)\\s*:", Pattern.CASE_INSENSITIVE);

    private static Rule rule(String kind, double confidence, String reason, boolean endsArticle, int maxLength,
                             String regex) {
        return new Rule(kind, confidence, reason, endsArticle, maxLength,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** "by Jo Bloggs", "By Jo Bloggs, May 1, 2016": a byline that page layout left inside the text. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Ww]ritten |[Pp]osted |[Ww]ords )?[Bb]y:? \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}"
                    + "(?:,? .{0,40}\\d{4})?\\.?$");

    private static final List<Rule> RULES = List.of(
            rule("related", 0.95, "\"Recent/Related Articles\" heading", true, 60,
                    "^(?:Recent|Related|Popular|Latest|Trending|More|Most (?:read|popular|viewed)|Recommended|Further)"
                            + "(?: [A-Za-z]+)?(?: Articles| Posts| Stories| News| Reading| Content| from [\\w .]+)?:?$"),
            rule("related", 0.9, "\"read more\" link to another story", false, 200,
                    "^(?:You (?:may|might) also (?:like|be interested in)|Read (?:more|next|also)|See also|Also read"
                            + "|More on this story|Related(?: story| article)?:)\\b"),
            rule("share", 0.9, "share or follow prompt", false, 90,
                    "^(?:Share(?: this(?: article| story| post)?)?(?: on [\\w ]+)?|Tweet|Email|Print|Follow us\\b.*"
                            + "|Like us on .*|Comment on .*(?:Facebook|Twitter).*|Click (?:here )?to (?:share|print|email).*"
                            + "|(?:Subscribe|Sign up)(?: to| for)? .*(?:newsletter|updates|channel).*)[.:!]?$"),
            rule("membership", 0.9, "membership or donation appeal", false, 200,
                    "^(?:Become a (?:Member|Patron|supporter)|Support (?:us|our work|independent)|Donate\\b"
                            + "|Please (?:consider )?(?:support|donate))"),
            rule("disclaimer", 0.95, "disclaimer", true, 2000,
                    "^(?:Disclaimer\\b|The views (?:and opinions )?expressed (?:in this article )?are"
                            + "|The contents of this article are of sole responsibility)"),
            rule("copyright", 0.95, "copyright or fair-use notice", true, 2000,
                    "^(?:©|\\(c\\)\\s|Copyright\\b|All rights reserved)|contains copyrighted material"
                            + "|provisions of \\W?fair use"),
            rule("source-note", 0.9, "note naming where the article first appeared", true, 300,
                    "^(?:The original source of this article is|This article (?:was )?(?:originally |first )?"
                            + "(?:appeared|published)|Originally published (?:at|on|by|in)|Republished (?:from|with)"
                            + "|Source:\\s*\\S.{0,60}$)"),
            rule("contact", 0.85, "contact line", false, 160,
                    "^(?:For media inquiries|Contact(?: us)?:|Send (?:us )?(?:tips|corrections)|[\\w.+-]+@[\\w-]+\\.[\\w.]+$)"),
            rule("bio", 0.85, "author bio", true, 120,
                    "^(?:Articles by|About the author|More (?:articles|posts|stories) by|View all posts by)\\b"),
            rule("bio", 0.75, "author bio (how to reach the author)", false, 600,
                    "\\b(?:can be reached at|can be contacted at|lives in [A-Z][\\w .]+\\. (?:He|She|They) (?:is|are)"
                            + "|is the author of|is a (?:regular |frequent )?contributor to)\\b"),
            rule("credit", 0.85, "reporting or photo credit", false, 200,
                    "^\\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced)(?: by)? .{2,160}\\)?\\.?$"
                            + "|^(?:Photo|Image|Picture|Video)(?: credit)?\\s*:\\s*\\S.{0,80}$"
                            + "|^\\(?(?:[A-Z]{2,6}\\s+)?Photos?\\s*/\\s*[^)]{2,60}\\)?\\.?$"
                            + "|^(?:Photo|Image|Picture)s?\\s+(?:by|courtesy of|credit)\\b.{0,80}$"
                            + "|^(?:.{0,60}\\s)?(?:Getty Images|Shutterstock|AP Images)\\)?\\.?$"),
            rule("related", 0.85, "link to the rest of the story elsewhere", false, 120,
                    "^(?:Continue reading|Read the (?:full|rest of the) (?:story|article)|Click here to read)\\b"),
            // "War at the Top … Jo Roe Best Price: $2.60 Buy New $24.57 (as of 06:55 EDT - Details)": a book
            // advertised between paragraphs, whose title and author are nobody the article names. Only a line that
            // is the advertisement: a title with at most one colon and no sentence end before the prices (where a
            // page glued one onto a real sentence, "Parris remarks of her: Battlefield America: T… Best Price", the
            // sentence stays text, as does one after the prices).
            rule("advertisement", 0.9, "product advertisement (prices)", false, 300,
                    "^(?![^\\n]*\\p{Ll}{2}[.!?][”\"’]?\\s+\\p{Lu}[^\\n]*Best Price)[^:!?\\n]{0,120}(?::[^:!?\\n]{0,120})?"
                            + "\\bBest Price:?\\s*\\$\\s*[\\d.,]+\\s*Buy New\\s*\\$[\\d.,]+(?:\\s*\\(as of [^)\\n]*\\))?\\s*$"),
            rule("poll", 0.9, "reader poll form", false, 200,
                    "^(?:take our poll\\b|(?:\\w+ )?This field is for validation purposes and should be left unchanged"
                            + "|Completing this poll grants you access|You may opt out at any ?time\\.?$"
                            + "|You also agree to this site's Privacy Policy)"),
            rule("advertisement", 0.9, "advertisement label", false, 30,
                    "^(?:Advertisement|Advertising|Sponsored(?: content)?|Story continues below(?: advertisement)?)$"),
            rule("comment", 0.9, "comment time stamp", true, 60,
                    "^(?:" + monthDay() + "|\\d{1,2}/\\d{1,2}/\\d{2,4})[ ,]+(?:at )?\\d{1,2}:\\d{2}\\s*(?:am|pm)?$"),
            rule("comment", 0.9, "comment-section heading", true, 60,
                    "^(?:Leave a (?:Reply|Comment)|\\d+ (?:Comments?|Responses?|Replies)(?: to .*)?|Comments(?: are closed)?"
                            + "|Join the discussion|Add (?:a|your) comment|Pingbacks?(?: and Trackbacks)?)[.:]?$"),
            rule("comment", 0.85, "pingback excerpt \"[…] … […]\"", true, 1500,
                    "^\\[(?:…|\\.\\.\\.)\\].*\\[(?:…|\\.\\.\\.)\\]\\s*$"));

    private BoilerplateRules() {
    }

    private static String monthDay() {
        return "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}";
    }

    static Optional<Match> classify(String trimmedLine) {
        if (trimmedLine.isEmpty()) {
            return Optional.empty();
        }
        if (MarkdownLinks.onlyLinks(trimmedLine)) {
            return Optional.of(new Match("navigation", 0.85, "line holds only links", false));
        }
        if (isTaxonomyLine(trimmedLine)) {
            return Optional.of(new Match("navigation", 0.85, "taxonomy line (Tags:, Theme: ...)", false));
        }
        String plain = MarkdownLinks.labels(trimmedLine);
        if (plain.length() <= 90 && BYLINE.matcher(plain).matches()) {
            return Optional.of(new Match("byline", 0.8, "byline \"By ...\"", false));
        }
        for (Rule rule : RULES) {
            Optional<Match> match = rule.test(plain);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** "take our poll - story continues below": a reader poll form opens here. */
    static boolean opensPoll(String trimmedLine) {
        return POLL_OPENS.matcher(trimmedLine).find();
    }

    /** The last lines of a poll form ("You also agree to this site's Privacy Policy and Terms of Use."). */
    static boolean closesPoll(String trimmedLine) {
        return POLL_CLOSES.matcher(trimmedLine).find();
    }

    private static final Pattern POLL_OPENS = Pattern.compile("^take our poll\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POLL_CLOSES = Pattern.compile(
            "^(?:You also agree to this site's Privacy Policy|You may opt out at any ?time|Completing this poll grants you)",
            Pattern.CASE_INSENSITIVE);

    static boolean isTaxonomyLine(String trimmedLine) {
        return trimmedLine.length() <= 200 && TAXONOMY.matcher(trimmedLine).find();
    }
}
