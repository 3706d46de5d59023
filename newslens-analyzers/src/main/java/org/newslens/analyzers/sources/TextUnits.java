package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.List;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Sentence;

/**
 * The article's sentences as a reader would count them: a sentence split after a quote's closing
 * mark is joined again when the next part goes on in lower case ("…did!” he tweeted about
 * Winner"). Immutable.
 */
final class TextUnits {

    private final List<CharSpan> units;

    TextUnits(String text, List<Sentence> sentences) {
        List<CharSpan> joined = new ArrayList<>();
        for (Sentence sentence : sentences) {
            CharSpan span = sentence.span();
            if (!joined.isEmpty() && continues(text, joined.get(joined.size() - 1), span)) {
                CharSpan last = joined.remove(joined.size() - 1);
                joined.add(new CharSpan(last.start(), span.end()));
            } else {
                joined.add(span);
            }
        }
        this.units = List.copyOf(joined);
    }

    private static boolean continues(String text, CharSpan previous, CharSpan next) {
        String gap = text.substring(previous.end(), next.start());
        if (gap.contains("\n") || next.isEmpty()) {
            return false;
        }
        char last = text.charAt(previous.end() - 1);
        char first = text.charAt(next.start());
        return (QuoteMarks.isDoubleMark(last) || last == '’' || last == '\'') && Character.isLowerCase(first);
    }

    List<CharSpan> all() {
        return units;
    }

    /** The unit containing {@code offset}, or null when it lies between units. */
    CharSpan at(int offset) {
        int low = 0;
        int high = units.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            CharSpan unit = units.get(mid);
            if (offset < unit.start()) {
                high = mid - 1;
            } else if (offset >= unit.end()) {
                low = mid + 1;
            } else {
                return unit;
            }
        }
        return null;
    }

    /** The last unit that ends at or before {@code offset}, or null. */
    CharSpan unitBefore(int offset) {
        int low = 0;
        int high = units.size() - 1;
        CharSpan before = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (units.get(mid).end() <= offset) {
                before = units.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return before;
    }
}
