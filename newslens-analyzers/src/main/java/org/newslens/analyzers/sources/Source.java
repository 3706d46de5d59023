package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.List;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.SourceType;

/**
 * Who some words are attributed to, as found in the text around them.
 *
 * @param type       kind of source
 * @param name       canonical name for entities, the article's words for anonymous or unresolved sources
 * @param entityId   the entity's id, or null
 * @param via        intermediaries, innermost first
 * @param cue        the attributing words, or null
 * @param confidence how sure the attribution is
 * @param reason     how it was found, for the reader
 */
record Source(SourceType type, String name, String entityId, List<String> via, CharSpan cue, double confidence,
              String reason) {

    Source {
        via = List.copyOf(via == null ? List.of() : via);
    }

    Source withCue(CharSpan newCue, String newReason) {
        return new Source(type, name, entityId, via, newCue, confidence, newReason);
    }

    Source withConfidence(double newConfidence) {
        return new Source(type, name, entityId, via, cue, Math.max(0, Math.min(1, newConfidence)), reason);
    }

    /** This source, reached through {@code outer} (who the writer cites directly). */
    Source via(Source outer) {
        if (outer == null || outer.name() == null || outer.name().equals(name)
                || !via.isEmpty() && via.get(via.size() - 1).equals(outer.name())) {
            return this; // (the same intermediary found twice, by two cues, is one link)
        }
        List<String> chain = new ArrayList<>(via);
        chain.add(outer.name());
        chain.addAll(outer.via());
        return new Source(type, name, entityId, chain, cue, confidence, reason + ", via " + outer.name());
    }
}
