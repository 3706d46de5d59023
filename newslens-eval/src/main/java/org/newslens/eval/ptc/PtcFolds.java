package org.newslens.eval.ptc;

import java.util.ArrayList;
import java.util.List;

/**
 * The article folds Newslens trains and measures on, split by article, never by sentence. With the ids in
 * numeric order, every fifth article from the third on is the validation fold (reported, never trained or tuned
 * on), every tenth from the fifth on is the tuning fold (decoding thresholds are chosen there), the rest is
 * the training fold. The shipped model is trained on the training and tuning folds together.
 */
public record PtcFolds(List<String> train, List<String> tune, List<String> validation) {

    public static PtcFolds standard(List<String> sortedIds) {
        List<String> train = new ArrayList<>();
        List<String> tune = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        for (int i = 0; i < sortedIds.size(); i++) {
            if (i % 5 == 2) {
                validation.add(sortedIds.get(i));
            } else if (i % 10 == 4) {
                tune.add(sortedIds.get(i));
            } else {
                train.add(sortedIds.get(i));
            }
        }
        return new PtcFolds(List.copyOf(train), List.copyOf(tune), List.copyOf(validation));
    }
}
