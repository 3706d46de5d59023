package org.newslens.analyzers.techniques;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.ActorFraming;
import org.newslens.core.model.ActorFraming.Label;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Mention;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.Stance;
import org.newslens.core.model.Technique;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Ties loaded labels (name-calling and loaded-language spans) and scare quotes to the canonical actors they
 * are applied to, with a stance: the basis for comparing how outlets cast the same actor. A label belongs to
 * an actor whose mention it overlaps, else to the nearest actor mention in the same sentence within a few
 * words. Needs techniques, entities and quotes; produces {@link Layers#FRAMING}. Thread-safe.
 */
public final class FramingAnalyzer implements Analyzer<List<ActorFraming>> {

    /**
     * How far (in characters) a label may stand from the mention it describes: a name-calling label reaches
     * over a few words ("the brutal regime of Assad"), loaded language only touches its actor ("brutal Assad").
     */
    private static final int NAME_CALLING_REACH = 16;
    private static final int LOADED_LANGUAGE_REACH = 2;
    private static final int SCARE_QUOTE_REACH = 2;
    private static final int MAX_LABEL = 80;
    private static final Set<EntityType> ACTORS = Set.of(EntityType.PERSON, EntityType.STATE_OR_GOVERNMENT,
            EntityType.ARMED_GROUP, EntityType.ORGANIZATION, EntityType.MEDIA_OUTLET);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");

    private final WordStance stance;

    public FramingAnalyzer(ModelStore models) {
        this.stance = models.get(WordStance.LEXICON, WordStance.class, "framing", path -> WordStance.load());
    }

    @Override
    public String name() {
        return "framing";
    }

    @Override
    public Layer<List<ActorFraming>> produces() {
        return Layers.FRAMING;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TECHNIQUES, Layers.ENTITIES, Layers.QUOTES);
    }

    private record Labelled(Entity actor, Label label) {
    }

    @Override
    public List<ActorFraming> analyze(AnalysisInput input) {
        String text = input.article().text();
        List<Entity> named = input.get(Layers.ENTITIES).stream().filter(e -> ACTORS.contains(e.type())).toList();
        List<Entity> sides = UnnamedSides.find(text, input.article().contentSpans(), named);
        List<Entity> actors = new ArrayList<>(named);
        actors.addAll(sides);
        List<Labelled> found = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Entity side : sides) {
            // What the writer calls fighters it does not name is itself the label: "terrorists", "rebels".
            for (Mention m : side.mentions()) {
                found.add(new Labelled(side, new Label(m.span(), abbreviate(m.text()), "naming",
                        stanceOf(text, m.span(), null, Stance.NEUTRAL), "the writer's name for fighters the text"
                        + " does not name")));
            }
        }
        for (TechniqueSpan span : input.get(Layers.TECHNIQUES)) {
            if (span.technique() != Technique.NAME_CALLING_LABELING && span.technique() != Technique.LOADED_LANGUAGE) {
                continue;
            }
            int reach = span.technique() == Technique.NAME_CALLING_LABELING ? NAME_CALLING_REACH : LOADED_LANGUAGE_REACH;
            tie(text, span.span(), actors, reach).ifPresent(tie -> {
                if (saysSomething(text, span.span(), tie.mention) && seen.add(tie.actor.id() + span.span())) {
                    Stance s = stanceOf(text, span.span(), tie.mention,
                            span.technique() == Technique.NAME_CALLING_LABELING ? Stance.NEGATIVE : Stance.NEUTRAL);
                    found.add(new Labelled(tie.actor, new Label(span.span(), abbreviate(span.span().of(text)),
                            span.technique().label(), s, tie.reason)));
                }
            });
        }
        found.addAll(listedWordsBeside(text, actors, found));
        for (Quote quote : input.get(Layers.QUOTES)) {
            if (quote.kind() == QuoteKind.SCARE) {
                tie(text, quote.span(), actors, SCARE_QUOTE_REACH).ifPresent(tie -> found.add(new Labelled(tie.actor,
                        new Label(quote.span(), abbreviate(quote.span().of(text)), "scare quote", Stance.NEGATIVE,
                                "scare quotes keep the writer's distance; " + tie.reason))));
            }
        }
        return group(found);
    }

    private record Tie(Entity actor, Mention mention, String reason) {
    }

    /** How many words back from a mention a label may stand. */
    private static final int WORD_WINDOW = 3;
    private static final String CLAUSE_BREAKS = ",.;:!?()[]\n\u201c\u201d\"";

    private static boolean isClauseBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    /**
     * Labels from our word list ("terrorists", "regime", "liberated", "heroic") standing within a few words of an
     * actor's mention in the same clause, where the technique model marked nothing: the framing of an actor
     * should not depend on the model catching every loaded word.
     */
    private List<Labelled> listedWordsBeside(String text, List<Entity> actors, List<Labelled> already) {
        List<Labelled> out = new ArrayList<>();
        Set<Integer> taken = new java.util.HashSet<>();
        for (Labelled l : already) {
            for (int i = l.label.span().start(); i < l.label.span().end(); i++) {
                taken.add(i);
            }
        }
        for (Entity actor : actors) {
            for (Mention m : actor.mentions()) {
                for (int[] word : wordsAround(text, m.span())) {
                    String w = text.substring(word[0], word[1]);
                    if (taken.contains(word[0])) {
                        continue;
                    }
                    stance.listed(w).ifPresent(s -> {
                        taken.add(word[0]);
                        String side = word[0] >= m.span().end() ? "after" : "before";
                        out.add(new Labelled(actor, new Label(new CharSpan(word[0], word[1]), w, "loaded word", s,
                                "a " + s.name().toLowerCase(java.util.Locale.ROOT) + " label " + side
                                        + " the mention \u201c" + m.text() + "\u201d")));
                    });
                }
            }
        }
        return out;
    }

    /**
     * Words that can describe a mention: the word right after it ("Nusra terrorists", "the army liberated"),
     * and words before it joined to it only by "of", "the", "a" or nothing ("the terrorists of Jabhat al-Nusra",
     * "brutal Assad"), up to {@value #WORD_WINDOW} words back, within its clause.
     */
    private static List<int[]> wordsAround(String text, CharSpan span) {
        List<int[]> words = new ArrayList<>();
        List<int[]> before = new ArrayList<>();
        int from = span.start();
        for (int i = span.start() - 1; i >= 0 && span.start() - i < 60; i--) {
            if (isClauseBreak(text.charAt(i))) {
                break;
            }
            from = i;
        }
        Matcher m = WORD.matcher(text).region(from, span.start());
        while (m.find()) {
            before.add(new int[] {m.start(), m.end()});
        }
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - WORD_WINDOW); k--) {
            int[] word = before.get(k);
            words.add(word);
            if (!CONNECTORS.contains(text.substring(word[0], word[1]).toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
        }
        m = WORD.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 40));
        if (m.find() && text.substring(span.end(), m.start()).chars().noneMatch(c -> isClauseBreak((char) c))) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private static final Set<String> CONNECTORS = Set.of("of", "the", "a", "an");

    private static java.util.Optional<Tie> tie(String text, CharSpan label, List<Entity> actors, int reach) {
        Tie best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity actor : actors) {
            for (Mention m : actor.mentions()) {
                if (m.span().overlaps(label)) {
                    return java.util.Optional.of(new Tie(actor, m, "overlaps the mention \u201c" + m.text() + "\u201d"));
                }
                int distance = m.span().start() >= label.end() ? m.span().start() - label.end()
                        : m.span().end() <= label.start() ? label.start() - m.span().end() : 0;
                if (distance <= reach && distance < bestDistance && sameSentence(text, label, m.span())) {
                    bestDistance = distance;
                    String side = m.span().start() >= label.end() ? "before" : "after";
                    best = new Tie(actor, m, "just " + side + " the mention \u201c" + m.text() + "\u201d");
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static boolean sameSentence(String text, CharSpan a, CharSpan b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /**
     * False when the span holds nothing but the actor's name and function words ("of American troops"): the
     * technique model marked it, but it says nothing about the actor.
     */
    private static boolean saysSomething(String text, CharSpan label, Mention mention) {
        Matcher m = WORD.matcher(text).region(label.start(), Math.min(text.length(), label.end()));
        while (m.find()) {
            boolean inName = mention != null && mention.span().contains(m.start());
            if (!inName && !Words.isFunctionWord(m.group().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The balance of the label's own words (the actor's name left out), else the technique's usual stance. */
    private Stance stanceOf(String text, CharSpan label, Mention mention, Stance fallback) {
        int positive = 0;
        int negative = 0;
        Matcher m = WORD.matcher(text).region(label.start(), Math.min(text.length(), label.end()));
        while (m.find()) {
            if (mention != null && mention.span().contains(m.start())) {
                continue;
            }
            switch (stance.of(m.group())) {
                case POSITIVE -> positive++;
                case NEGATIVE -> negative++;
                case NEUTRAL -> { }
            }
        }
        return negative > positive ? Stance.NEGATIVE : positive > negative ? Stance.POSITIVE : fallback;
    }

    private static List<ActorFraming> group(List<Labelled> found) {
        Map<String, List<Labelled>> byActor = new LinkedHashMap<>();
        found.stream().sorted(java.util.Comparator.comparing(l -> l.label.span()))
                .forEach(l -> byActor.computeIfAbsent(l.actor.id(), k -> new ArrayList<>()).add(l));
        List<ActorFraming> result = new ArrayList<>();
        for (List<Labelled> labels : byActor.values()) {
            long negative = labels.stream().filter(l -> l.label.stance() == Stance.NEGATIVE).count();
            long positive = labels.stream().filter(l -> l.label.stance() == Stance.POSITIVE).count();
            Stance overall = negative > positive ? Stance.NEGATIVE : positive > negative ? Stance.POSITIVE : Stance.NEUTRAL;
            Entity actor = labels.get(0).actor;
            result.add(new ActorFraming(actor.id(), actor.name(), overall, labels.stream().map(Labelled::label).toList()));
        }
        result.sort(java.util.Comparator.comparingInt((ActorFraming f) -> -f.labels().size()));
        return result;
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_LABEL ? flat.substring(0, MAX_LABEL) + "…" : flat;
    }
}
