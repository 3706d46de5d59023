package org.newslens.analyzers.time;

import java.util.List;
import java.util.regex.Pattern;
import org.newslens.core.model.DateMention;

/**
 * Holidays that begin a name: "the Easter Rising", "the Good Friday Agreement", "the Tet Offensive", "Christmas
 * Island". SUTime reads the holiday as a day of the publication's year (Easter 2019 for a rising of 1916); followed by
 * a capitalised word it is part of a name, no date. Stateless.
 */
final class HolidayNames {

    private static final Pattern HOLIDAY = Pattern.compile("(?i)(?:Easter|Christmas|Good Friday|Tet|Yom Kippur|Ramadan"
            + "|New Year|Thanksgiving|Passover|Halloween|Boxing Day|Bastille Day|Independence Day)");
    /** A capitalised word after it that is no part of the day ("Easter Sunday", "Christmas Eve" are days). */
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^\\s+(?!(?:Day|Eve|Sunday|Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Morning|Night|Weekend|Holidays?|Break|Period)\\b)(?-i:\\p{Lu})\\p{Ll}+");

    private HolidayNames() {
    }

    /** The dates without the holidays that begin a name. */
    static List<DateMention> drop(String text, List<DateMention> dates) {
        return dates.stream().filter(d -> !(HOLIDAY.matcher(d.text()).matches()
                && NAME_WORD_AFTER.matcher(text).region(d.span().end(), text.length()).lookingAt())).toList();
    }
}
