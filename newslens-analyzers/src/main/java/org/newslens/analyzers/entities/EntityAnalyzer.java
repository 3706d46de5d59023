package org.newslens.analyzers.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Set;
import org.newslens.analyzers.actors.ActorKnowledgeBase;
import org.newslens.analyzers.actors.AliasMatcher;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.analyzers.places.Gazetteer;
import org.newslens.analyzers.places.Geocoder;
import org.newslens.analyzers.text.TokenLabels;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Sentence;
import org.newslens.core.model.Token;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Finds PERSON, ORGANIZATION and LOCATION mentions with Stanford CoreNLP's English 3-class CRF
 * (distributional-similarity features), run directly on our tokens: no POS tagging, lemmas,
 * SUTime, numeric classifiers or fine-grained regex NER, which the default CoreNLP "ner" annotator
 * adds at several times the cost. Labels come from posterior decoding, so every mention carries
 * the model's own probability as its confidence. Names from the actor knowledge base are matched
 * as well and take precedence, giving canonical names and fine types (armed group, government,
 * media outlet...). Mentions are then grouped into entities.
 *
 * <p>Needs {@link Layers#SENTENCES}; produces {@link Layers#ENTITIES}. Thread-safe.
 */
public final class EntityAnalyzer implements Analyzer<List<Entity>> {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Confidence of a knowledge-base alias match: names are exact, but a few aliases are ambiguous. */
    private static final double KB_CONFIDENCE = 0.95;
    /** Longer sentences (usually run-together lists or tables) are cut into windows of this many tokens. */
    private static final int MAX_SENTENCE_TOKENS = 200;

    private final CRFClassifier<CoreLabel> classifier;
    private final Gazetteer gazetteer;
    private final AliasMatcher aliases;
    private final EntityGrouper grouper = new EntityGrouper();
    private final DescriptionLinker descriptions = new DescriptionLinker();
    private final Geocoder geocoder;

    @SuppressWarnings("unchecked")
    public EntityAnalyzer(ModelStore models, ActorKnowledgeBase kb) {
        this.aliases = new AliasMatcher(kb);
        this.gazetteer = models.get(Gazetteer.PLACES, Gazetteer.class, name(), path -> Gazetteer.bundled());
        this.geocoder = new Geocoder(gazetteer, kb);
        this.classifier = models.get(MODEL, CRFClassifier.class, name(), path -> {
            try {
                return CRFClassifier.getClassifier(path);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Layer<List<Entity>> produces() {
        return Layers.ENTITIES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public List<Entity> analyze(AnalysisInput input) {
        String text = input.article().text();
        List<EntityGrouper.RawMention> mentions = new ArrayList<>();
        for (Sentence sentence : input.get(Layers.SENTENCES)) {
            List<EntityGrouper.RawMention> recognised = new ArrayList<>();
            List<Token> tokens = sentence.tokens();
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                tag(text, tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)), recognised);
            }
            recognised = NameRepairs.repair(text, recognised);
            List<EntityGrouper.RawMention> known = new ArrayList<>();
            for (AliasMatcher.Match match : aliases.find(text, sentence)) {
                EntityGrouper.RawMention k = new EntityGrouper.RawMention(match.span(), match.actor().type(),
                        KB_CONFIDENCE, match.actor());
                // (a known event or treaty inside a longer name is that name's word: "the Brexit Steering Group")
                boolean insideName = k.type() == EntityType.MISC && recognised.stream().anyMatch(r -> r.type()
                        == EntityType.ORGANIZATION && r.span().contains(k.span()) && !r.span().equals(k.span()));
                if (!insideName && recognised.stream().noneMatch(r -> SharedSurnames.fullNameOfAnother(text, r, k))) {
                    known.add(k);
                }
            }
            mentions.addAll(known);
            // A knowledge-base name wins over what the recogniser found at the same place.
            recognised.stream().filter(r -> known.stream().noneMatch(k -> k.span().overlaps(r.span())))
                    .forEach(mentions::add);
        }
        mentions = SharedSurnames.unbind(text, mentions);
        mentions = GenericAliases.unboundWhereUnnamed(text, mentions);
        mentions = ArticlePlaceNames.apply(text, mentions, gazetteer::knows);
        mentions = MistypedPlaces.apply(text, mentions, name -> gazetteer.placesNamed(name).stream().filter(p -> !p.minor()).toList()); // "Albu Kamal": the gazetteer's Abu Kamal
        mentions = MistypedPlaces.untagged(text, input.get(Layers.SENTENCES), mentions, gazetteer::candidates,
                word -> classifier.getKnownLCWords().contains(word));
        mentions.addAll(SurnameMentions.find(text, input.get(Layers.SENTENCES), mentions,
                word -> classifier.getKnownLCWords().contains(word)));
        mentions.addAll(RepeatedPlaceNames.find(text, input.get(Layers.SENTENCES), mentions,
                word -> classifier.getKnownLCWords().contains(word), name -> !gazetteer.candidates(name).isEmpty()));
        Predicate<String> isCountry = name -> gazetteer.candidates(name).stream().anyMatch(p -> p.kind().equals("country"));
        mentions = DescribedCities.apply(text, mentions, isCountry);
        mentions.addAll(FacilityNames.find(text, mentions));
        mentions = CountryParts.widen(text, mentions, isCountry);
        mentions = WaterBodyNames.widen(text, mentions);
        mentions = StationNames.widen(text, mentions);
        mentions = withoutStateQualifiers(text, mentions);
        mentions.sort(java.util.Comparator.comparing(EntityGrouper.RawMention::span));
        List<Entity> grouped = grouper.group(text, mentions);
        List<Entity> described = descriptions.link(text, input.article().contentSpans(), grouped).entities();
        return SurnamesNotPlaces.join(geocoder.locate(text, described), gazetteer::knows);
    }

    /** "Alexandria, Va.": the state's abbreviation qualifies the town (the geocoder reads it), it is no place named. */
    private static List<EntityGrouper.RawMention> withoutStateQualifiers(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> kept = new ArrayList<>(mentions.size());
        for (EntityGrouper.RawMention m : mentions) {
            boolean qualifier = org.newslens.analyzers.places.StateAbbreviations.isAbbreviation(m.span().of(text).strip())
                    && mentions.stream().anyMatch(town -> town != m && town.type() == EntityType.LOCATION
                    && town.span().end() < m.span().start() && m.span().start() - town.span().end() <= 3
                    && text.substring(town.span().end(), m.span().start()).matches(",\\s*"));
            if (!qualifier) {
                kept.add(m);
            }
        }
        return kept;
    }

    private void tag(String text, List<Token> tokens, List<EntityGrouper.RawMention> out) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = TokenLabels.of(token.span().of(text), token.start(), token.end());
            label.set(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class, classifier.flags.backgroundSymbol);
            labels.add(label);
        }
        // The same preprocessing CoreNLP's classifySentence applies (word shapes, known words).
        new ObjectBankWrapper<CoreLabel>(classifier.flags, null, classifier.getKnownLCWords()).processDocument(labels);
        CRFCliqueTree<String> tree = classifier.getCliqueTree(labels);
        String background = classifier.flags.backgroundSymbol;
        String[] types = new String[tokens.size()];
        double[] probabilities = new double[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            double[] probs = tree.probsToDoubleArr(i);
            int best = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k] > probs[best]) {
                    best = k;
                }
            }
            types[i] = tree.classIndex().get(best);
            probabilities[i] = probs[best];
        }
        cutRunOns(text, tokens, types, background);
        int mentionStart = -1;
        String mentionType = null;
        double probabilitySum = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            String type = i < tokens.size() ? types[i] : background;
            double probability = i < tokens.size() ? probabilities[i] : 0;
            if (mentionType != null && !type.equals(mentionType)) {
                CharSpan span = new CharSpan(tokens.get(mentionStart).start(), tokens.get(i - 1).end());
                out.add(new EntityGrouper.RawMention(span, EntityType.valueOf(mentionType),
                        probabilitySum / (i - mentionStart), null));
                mentionType = null;
            }
            if (!type.equals(background) && mentionType == null && isKnownType(type)) {
                mentionStart = i;
                mentionType = type;
                probabilitySum = 0;
            }
            if (mentionType != null) {
                probabilitySum += probability;
            }
        }
    }

    /**
     * "Terrorists in Aleppo Near Collapse": in a capitalised headline the recogniser runs on past a
     * name; from a word that is never inside one, the rest of that run is no name.
     */
    private static void cutRunOns(String text, List<Token> tokens, String[] types, String background) {
        for (int i = 1; i < types.length; i++) {
            if (!types[i].equals(background) && types[i].equals(types[i - 1])
                    && NEVER_INSIDE_A_NAME.contains(tokens.get(i).span().of(text))) {
                String run = types[i];
                for (int j = i; j < types.length && types[j].equals(run); j++) {
                    types[j] = background;
                }
            }
        }
    }

    /** Capitalised words of headlines that end a name the recogniser would run on past ("Aleppo Near Collapse"). */
    private static final java.util.Set<String> NEVER_INSIDE_A_NAME = java.util.Set.of("Near", "Amid", "After", "Before",
            "Against", "Says", "Said", "Warns", "Is", "Are", "Was", "Were", "Will", "Could", "Would", "Should", "Must",
            "Has", "Have", "Had", "Vs", "Vs.", "Versus");

    private static boolean isKnownType(String label) {
        for (EntityType type : EntityType.values()) {
            if (type.name().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
