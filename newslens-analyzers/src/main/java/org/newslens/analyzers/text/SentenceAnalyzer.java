package org.newslens.analyzers.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.Token;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Splits the article's non-boilerplate text into sentences and tokens with Stanford CoreNLP's
 * rule-based English tokenizer and sentence splitter (no model needed).
 *
 * <p>A blank line always ends a sentence (headlines and list items have no full stop); so does a
 * single line break, unless the text is hard-wrapped (the line runs on in lower case). Needs
 * nothing; produces {@link Layers#SENTENCES}. Thread-safe.
 */
public final class SentenceAnalyzer implements Analyzer<List<Sentence>> {

    static final int MAX_SENTENCE_TOKENS = 250;
    static final int MAX_RUN = 100;
    private static final java.util.regex.Pattern LONG_RUN = java.util.regex.Pattern.compile("\\S{" + (MAX_RUN + 1) + ",}");
    private static final String TOKENIZER_OPTIONS = "invertible=false,untokenizable=noneKeep,ptb3Escaping=false";

    private final TokenizerFactory<CoreLabel> tokenizers =
            PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
    private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Layer<List<Sentence>> produces() {
        return Layers.SENTENCES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public List<Sentence> analyze(AnalysisInput input) {
        String text = input.article().text();
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan content : input.article().contentSpans()) {
            for (CharSpan segment : TextSegments.split(text, content)) {
                sentences.addAll(sentencesIn(text, segment));
            }
        }
        return sentences;
    }

    /**
     * CoreNLP's tokenizer slows down quadratically on very long runs without spaces (100,000 quote
     * marks in a row); such runs are cut into tokens of {@link #MAX_RUN} characters without it.
     */
    private List<CoreLabel> tokenize(String piece) {
        java.util.regex.Matcher longRun = LONG_RUN.matcher(piece);
        if (!longRun.find()) {
            return tokenizers.getTokenizer(new StringReader(piece)).tokenize();
        }
        List<CoreLabel> tokens = new ArrayList<>();
        int cursor = 0;
        do {
            tokens.addAll(shifted(tokenizers.getTokenizer(new StringReader(piece.substring(cursor, longRun.start())))
                    .tokenize(), cursor));
            for (int at = longRun.start(); at < longRun.end(); at += MAX_RUN) {
                int end = Math.min(longRun.end(), at + MAX_RUN);
                tokens.add(TokenLabels.of(piece.substring(at, end), at, end));
            }
            cursor = longRun.end();
        } while (longRun.find());
        tokens.addAll(shifted(tokenizers.getTokenizer(new StringReader(piece.substring(cursor))).tokenize(), cursor));
        return tokens;
    }

    private static List<CoreLabel> shifted(List<CoreLabel> tokens, int offset) {
        for (CoreLabel token : tokens) {
            token.setBeginPosition(token.beginPosition() + offset);
            token.setEndPosition(token.endPosition() + offset);
        }
        return tokens;
    }

    private List<Sentence> sentencesIn(String text, CharSpan segment) {
        String piece = segment.of(text);
        List<CoreLabel> tokens = tokenize(piece);
        List<Sentence> sentences = new ArrayList<>();
        List<List<CoreLabel>> split = new ArrayList<>();
        for (List<CoreLabel> sentenceTokens : splitter.process(tokens)) {
            // Text without full stops (lists, tables, hostile input) is cut every MAX_SENTENCE_TOKENS tokens,
            // so no later analyzer meets a "sentence" of 100,000 tokens.
            for (int from = 0; from < sentenceTokens.size(); from += MAX_SENTENCE_TOKENS) {
                split.add(sentenceTokens.subList(from, Math.min(sentenceTokens.size(), from + MAX_SENTENCE_TOKENS)));
            }
        }
        for (List<CoreLabel> sentenceTokens : split) {
            if (sentenceTokens.isEmpty()) {
                continue;
            }
            List<Token> spans = new ArrayList<>(sentenceTokens.size());
            for (CoreLabel token : sentenceTokens) {
                int start = segment.start() + token.beginPosition();
                int end = segment.start() + token.endPosition();
                if (end > start) {
                    spans.add(new Token(new CharSpan(start, end)));
                }
            }
            if (!spans.isEmpty()) {
                CharSpan span = new CharSpan(spans.get(0).start(), spans.get(spans.size() - 1).end());
                sentences.add(new Sentence(span, spans));
            }
        }
        return sentences;
    }
}
