package org.newslens.analyzers.techniques;

import org.newslens.core.model.Technique;

/** A technique and the classifier's probability for it. */
public record ScoredTechnique(Technique technique, double probability) {
}
