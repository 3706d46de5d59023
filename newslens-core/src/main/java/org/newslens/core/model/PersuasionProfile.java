package org.newslens.core.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * How heavily an article leans on propaganda techniques, normalised by length so that outlets can be compared.
 *
 * @param words              words in the article's non-boilerplate text
 * @param techniques         technique spans found
 * @param perThousandWords   technique spans per 1,000 words
 * @param byTechnique        spans per technique (every technique present, zero included)
 * @param perThousandByTechnique the same per 1,000 words
 * @param coveredShare       share of the text's characters inside at least one technique span, in [0, 1]
 */
public record PersuasionProfile(int words, int techniques, double perThousandWords, Map<Technique, Integer> byTechnique,
                                Map<Technique, Double> perThousandByTechnique, double coveredShare) {

    public PersuasionProfile {
        byTechnique = ordered(byTechnique);
        perThousandByTechnique = ordered(perThousandByTechnique);
    }

    // Enum order keeps the JSON stable and readable.
    private static <V> Map<Technique, V> ordered(Map<Technique, V> map) {
        EnumMap<Technique, V> copy = new EnumMap<>(Technique.class);
        copy.putAll(map);
        return java.util.Collections.unmodifiableMap(copy);
    }
}
