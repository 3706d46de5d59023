package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.newslens.core.model.CharSpan;

/**
 * Items with spans, sorted by start, answering "which overlap [from, to)?" in logarithmic time plus
 * the answer, so that an article with tens of thousands of quotes stays linear. Immutable.
 */
final class SpanIndex<T> {

    private final List<T> items;
    private final int[] starts;
    private final int[] maxEnds;

    SpanIndex(List<T> items, Function<T, CharSpan> span) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(span));
        this.items = List.copyOf(sorted);
        this.starts = new int[sorted.size()];
        this.maxEnds = new int[sorted.size()];
        int maxEnd = 0;
        for (int i = 0; i < sorted.size(); i++) {
            CharSpan s = span.apply(sorted.get(i));
            starts[i] = s.start();
            maxEnd = Math.max(maxEnd, s.end());
            maxEnds[i] = maxEnd;
        }
    }

    /** Items whose span overlaps {@code [from, to)}, in start order. */
    List<T> overlapping(int from, int to, Function<T, CharSpan> span) {
        int last = lastStartBefore(to);
        List<T> found = new ArrayList<>();
        for (int i = last; i >= 0 && maxEnds[i] > from; i--) {
            if (span.apply(items.get(i)).end() > from) {
                found.add(items.get(i));
            }
        }
        java.util.Collections.reverse(found);
        return found;
    }

    /** The index of the last item starting before {@code offset}, or -1. */
    private int lastStartBefore(int offset) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
