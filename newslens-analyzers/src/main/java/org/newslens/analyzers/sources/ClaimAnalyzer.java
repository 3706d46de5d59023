package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.Article;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Claim;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.SourceType;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Makes every sentence that asserts something checkable a claim, with the source it rests on
 * (named person, named organisation, media outlet, anonymous, or the writer), the chain of
 * intermediaries, the attributing words and a check-worthiness score.
 *
 * <p>Needs sentences, entities, dates and quotes; produces {@link Layers#CLAIMS}. Thread-safe.
 */
public final class ClaimAnalyzer implements Analyzer<List<Claim>> {

    /** Bounded work on hostile input; a long real article has a few hundred sentences. */
    static final int MAX_SENTENCES = 5000;

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Layer<List<Claim>> produces() {
        return Layers.CLAIMS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.DATES, Layers.QUOTES);
    }

    @Override
    public List<Claim> analyze(AnalysisInput input) {
        Article article = input.article();
        String text = article.text();
        List<Entity> entities = input.get(Layers.ENTITIES);
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        MentionIndex mentions = new MentionIndex(entities);
        SourceResolver resolver = new SourceResolver(text, mentions, article.author());
        ClaimAttribution attribution = new ClaimAttribution(text, resolver, mentions, input.get(Layers.QUOTES), byId,
                article.author());
        List<DateMention> dates = input.get(Layers.DATES);
        List<Claim> claims = new ArrayList<>();
        Source previous = null;
        List<CharSpan> units = new TextUnits(text, input.get(Layers.SENTENCES)).all();
        if (units.size() > MAX_SENTENCES) {
            input.report("claim analysis stopped after " + MAX_SENTENCES + " of " + units.size() + " sentences");
            units = units.subList(0, MAX_SENTENCES);
        }
        for (CharSpan unit : units) {
            if (ClaimFilter.whyNot(text, unit, article) != null) {
                continue;
            }
            Source source = attribution.find(unit, previous);
            previous = source.type() == SourceType.AUTHOR ? null : source;
            List<EntityType> named = mentions.within(unit.start(), unit.end()).stream()
                    .map(r -> r.entity().type()).toList();
            boolean dated = dates.stream().anyMatch(d -> unit.contains(d.span()));
            CheckWorthiness.Score worth = CheckWorthiness.score(unit.of(text), named, dated,
                    source.type() != SourceType.AUTHOR);
            claims.add(new Claim(unit, source.type(), source.name(), source.entityId(), source.via(), source.cue(),
                    worth.value(), source.confidence(), source.reason() + "; check-worthy: " + worth.features()));
        }
        return List.copyOf(claims);
    }
}
