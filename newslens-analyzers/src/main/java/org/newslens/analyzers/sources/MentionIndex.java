package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Mention;

/** The article's mentions of people, bodies and places in text order, for finding who is named where. Immutable. */
final class MentionIndex {

    /** One mention and the entity it names. */
    record Ref(CharSpan span, Entity entity) {
    }

    private final List<Ref> refs;

    MentionIndex(List<Entity> entities) {
        List<Ref> all = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.type() == org.newslens.core.model.EntityType.MISC) {
                continue; // an event, a treaty, a law ("Brexit", "USMCA") says nothing and is no one
            }
            for (Mention mention : entity.mentions()) {
                all.add(new Ref(mention.span(), entity));
            }
        }
        all.sort(Comparator.comparing(Ref::span));
        this.refs = List.copyOf(all);
    }

    /** Mentions lying wholly inside {@code [from, to)}, in text order. */
    List<Ref> within(int from, int to) {
        List<Ref> inside = new ArrayList<>();
        for (Ref ref : refs.subList(firstStartingAtOrAfter(from), refs.size())) {
            if (ref.span().start() >= to) {
                break;
            }
            if (ref.span().start() >= from && ref.span().end() <= to) {
                inside.add(ref);
            }
        }
        return inside;
    }

    /** The last mention ending at or before {@code before} whose entity passes the test, or null. */
    Ref lastBefore(int before, int notBefore, Predicate<Entity> test) {
        Ref last = null;
        for (Ref ref : refs.subList(firstStartingAtOrAfter(notBefore), refs.size())) {
            if (ref.span().end() > before) {
                break;
            }
            if (test.test(ref.entity())) {
                last = ref;
            }
        }
        return last;
    }

    /** Binary search: the index of the first mention starting at or after {@code offset}. */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = refs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (refs.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
