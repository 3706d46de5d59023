package org.newslens.analyzers.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.DateMention;

/**
 * Days news names by their date alone: "the 9/11 attacks", "after 9/11" mean 11 September 2001, which SUTime reads
 * as no date or as 11 September of the publication's year. Stateless.
 */
final class NamedDays {

    /** "9/11", "9-11" standing alone (not "9/11/2019", not a score "19/11"). */
    private static final Pattern NINE_ELEVEN = Pattern.compile("(?<![\\d/.-])9[/-]11(?![\\d/.-]|-\\d)");
    private static final String DAY = "2001-09-11";
    private static final double CONFIDENCE = 0.9;

    private NamedDays() {
    }

    /** The dates with every named day added, replacing what SUTime made of the same words; in text order. */
    static List<DateMention> add(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(dates);
        Matcher m = NINE_ELEVEN.matcher(text);
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(), m.end());
            out.removeIf(d -> d.span().overlaps(span));
            out.add(new DateMention(span, m.group(), "DATE", DAY, DAY, DAY, CONFIDENCE));
        }
        out.sort(java.util.Comparator.comparing(DateMention::span));
        return out;
    }
}
