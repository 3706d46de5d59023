package org.newslens.analyzers.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.DateMention;

/**
 * Years before 1800 after a preposition: "in 1066, rioting Muslims … murdered four thousand Jews", "took Córdoba in
 * 1013". SUTime is read only around years from 1800 on (a cheap cue test keeps it off plain numbers), so without
 * these an event of 1066 would be dated by the article's own date. Only after words that take a year ("in", "since",
 * "until", "during", "circa"…), and only when no unit follows ("in 1200 homes", "in 500 Syrians", "in 500 Syrian towns" are no years, nor
 * "in 300 BC" a year of our era). Stateless.
 */
final class HistoricYears {

    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|until|till|circa|c\\.|during|"
            + "before|after|the year)\\s+([1-9]\\d{2}|1[0-7]\\d\\d)(?:\\s*(?:AD|CE|A\\.D\\.))?"
            + "(?![\\d%]|[,.]\\d|\\s*(?:BC|B\\.C\\.|BCE)\\b|\\s+per\\s?cent|\\s+(?-i:\\p{Lu})\\p{L}*(?:s|an|ese|ish|i)\\b|\\s+(?!(?:the|a|an|they|he|she|it|we|and|or|but|when|after|before|to|at|on"
            + "|in|of|by|with|as|was|were|is|had|his|her|their|its|this|that|during|until|while|there)\\b)(?-i:\\p{Ll}))");
    private static final double CONFIDENCE = 0.8;

    private HistoricYears() {
    }

    /** The dates with every year before 1800 added where no other date covers its words; in text order. */
    static List<DateMention> add(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(dates);
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            CharSpan span = new CharSpan(m.start(1), m.end(1));
            if (out.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            String year = String.format(java.util.Locale.ROOT, "%04d", Integer.parseInt(m.group(1)));
            out.add(new DateMention(span, m.group(1), "DATE", year, year + "-01-01", year + "-12-31", CONFIDENCE));
        }
        out.sort(java.util.Comparator.comparing(DateMention::span));
        return out;
    }
}
