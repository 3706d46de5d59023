package org.newslens.eval.ptc;

import org.newslens.core.model.Technique;

/**
 * One line of a PTC label file: an article id, a technique (null for SI-only lines) and a span in
 * <em>code points</em>, as the corpus counts them.
 */
public record PtcSpan(String articleId, Technique technique, int start, int end) {

    public PtcSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ") in article " + articleId);
        }
    }

    String line() {
        return articleId + "\t" + (technique == null ? "" : technique.label() + "\t") + start + "\t" + end;
    }
}
