package org.newslens.eval.ptc;

import java.util.ArrayList;
import java.util.List;

/**
 * The article folds Newslens trains and measures on, split by article, never by sentence: with the ids in
 * numeric order, every fifth article from the third on is the validation fold (reported, never trained or
 * tuned on); the rest is the training fold, within which decoding settings are chosen by cross-validation.
 */
public record PtcFolds(List<String> train, List<String> validation) {

    public static PtcFolds standard(List<String> sortedIds) {
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        for (int i = 0; i < sortedIds.size(); i++) {
            (i % 5 == 2 ? validation : train).add(sortedIds.get(i));
        }
        return new PtcFolds(List.copyOf(train), List.copyOf(validation));
    }
}
