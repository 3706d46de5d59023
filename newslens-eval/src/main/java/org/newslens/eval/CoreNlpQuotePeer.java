package org.newslens.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/**
 * The peer a Java user would reach for: Stanford CoreNLP's quote annotator with quote attribution
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote), its quotes turned into our
 * {@link Quote} records so the same scorer measures both. CoreNLP does not classify quotes or
 * attribute claims; those scores are not meaningful for it.
 */
public final class CoreNlpQuotePeer implements Function<Article, Analysis> {

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuotePeer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Analysis apply(Article article) {
        Annotation document = new Annotation(article.text());
        pipeline.annotate(document);
        List<Quote> quotes = new ArrayList<>();
        List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap quote : found == null ? List.<CoreMap>of() : found) {
            int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String speaker = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            if (speaker != null && (speaker.isBlank() || speaker.equalsIgnoreCase("unknown"))) {
                speaker = null;
            }
            quotes.add(new Quote(new CharSpan(start, end), QuoteKind.DIRECT, false, null, speaker, null, 1.0,
                    "CoreNLP quote annotator"));
        }
        return new Analysis(article, Map.of(Layers.QUOTES, quotes, Layers.CLAIMS, List.of(), Layers.ENTITIES, List.of()),
                List.of());
    }
}
