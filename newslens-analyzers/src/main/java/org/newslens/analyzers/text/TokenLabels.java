package org.newslens.analyzers.text;

import edu.stanford.nlp.ling.CoreLabel;

/** Makes the CoreNLP token object our analyzers hand to CoreNLP components, from a token of the article text. */
public final class TokenLabels {

    private TokenLabels() {
    }

    /** A token with the given surface and character offsets into the article text. */
    public static CoreLabel of(String word, int begin, int end) {
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setBeginPosition(begin);
        label.setEndPosition(end);
        return label;
    }
}
