package org.newslens.analyzers.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Entity;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.SourcingProfile;
import org.newslens.core.model.SourcingProfile.CitedSource;
import org.newslens.core.pipeline.AnalysisInput;
import org.newslens.core.pipeline.Analyzer;
import org.newslens.core.pipeline.Layer;
import org.newslens.core.pipeline.Layers;

/**
 * Sums up how an article sources its claims: shares by source type, the outlets, people and
 * organisations it cites (intermediaries included), the words it uses for anonymous sources, and
 * its quotes by kind. Needs entities, quotes and claims; produces {@link Layers#SOURCING}.
 */
public final class SourcingAnalyzer implements Analyzer<SourcingProfile> {

    @Override
    public String name() {
        return "sourcing";
    }

    @Override
    public Layer<SourcingProfile> produces() {
        return Layers.SOURCING;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ENTITIES, Layers.QUOTES, Layers.CLAIMS);
    }

    @Override
    public SourcingProfile analyze(AnalysisInput input) {
        String text = input.article().text();
        List<Claim> claims = input.get(Layers.CLAIMS);
        List<Quote> quotes = input.get(Layers.QUOTES);
        Map<String, Entity> byName = new LinkedHashMap<>();
        input.get(Layers.ENTITIES).forEach(e -> byName.putIfAbsent(e.name(), e));

        Map<SourceType, Integer> counts = new EnumMap<>(SourceType.class);
        for (SourceType type : SourceType.values()) {
            counts.put(type, 0);
        }
        Tally outlets = new Tally();
        Tally people = new Tally();
        Tally organizations = new Tally();
        Tally anonymous = new Tally();
        for (Claim claim : claims) {
            counts.merge(claim.sourceType(), 1, Integer::sum);
            switch (claim.sourceType()) {
                case MEDIA_OUTLET -> outlets.claim(claim.source(), claim.sourceId());
                case NAMED_PERSON -> people.claim(claim.source(), claim.sourceId());
                case NAMED_ORGANIZATION -> organizations.claim(claim.source(), claim.sourceId());
                case ANONYMOUS -> anonymous.claim(claim.source() == null ? "unattributed quote"
                        : claim.source().toLowerCase(java.util.Locale.ROOT), null);
                case AUTHOR -> { }
            }
            for (String intermediary : claim.via()) {
                Entity e = byName.get(intermediary);
                Tally tally = e == null ? outlets : switch (e.type()) {
                    case PERSON -> people;
                    case MEDIA_OUTLET -> outlets;
                    default -> organizations;
                };
                tally.claim(intermediary, e == null ? null : e.id());
            }
        }
        Map<QuoteKind, Integer> kinds = new EnumMap<>(QuoteKind.class);
        for (QuoteKind kind : QuoteKind.values()) {
            kinds.put(kind, 0);
        }
        int unattributed = 0;
        List<String> scare = new ArrayList<>();
        for (Quote quote : quotes) {
            kinds.merge(quote.kind(), 1, Integer::sum);
            if (quote.kind() == QuoteKind.SCARE) {
                scare.add(quote.span().of(text).replaceAll("^[\"“”‘’'«»„]+|[\"“”‘’'«»„]+$", ""));
            }
            if ((quote.kind() == QuoteKind.DIRECT || quote.kind() == QuoteKind.PARTIAL) && quote.speakerName() == null) {
                unattributed++;
                continue;
            }
            if (quote.speakerName() != null) {
                Entity e = quote.speaker() == null ? null : input.get(Layers.ENTITIES).stream()
                        .filter(x -> x.id().equals(quote.speaker())).findFirst().orElse(null);
                SourceType type = e == null ? ClaimAttribution.typeOfWords(quote.speakerName())
                        : SourceResolver.typeOf(e.type());
                Tally tally = switch (type) {
                    case NAMED_PERSON -> people;
                    case MEDIA_OUTLET -> outlets;
                    case NAMED_ORGANIZATION -> organizations;
                    default -> anonymous;
                };
                tally.quote(type == SourceType.ANONYMOUS ? quote.speakerName().toLowerCase(java.util.Locale.ROOT)
                        : quote.speakerName(), quote.speaker());
            }
        }
        Map<SourceType, Double> shares = new EnumMap<>(SourceType.class);
        counts.forEach((type, n) -> shares.put(type, claims.isEmpty() ? 0 : round(n / (double) claims.size())));
        return new SourcingProfile(claims.size(), counts, shares, shares.get(SourceType.ANONYMOUS),
                shares.get(SourceType.AUTHOR), outlets.list(), people.list(), organizations.list(), anonymous.list(),
                kinds, unattributed, scare);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /** Counts claims and quotes per source name, keeping first-seen order among equals. */
    private static final class Tally {
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final Map<String, String> ids = new LinkedHashMap<>();

        void claim(String name, String id) {
            add(name, id, 0);
        }

        void quote(String name, String id) {
            add(name, id, 1);
        }

        private void add(String name, String id, int which) {
            if (name == null) {
                return;
            }
            counts.computeIfAbsent(name, n -> new int[2])[which]++;
            if (id != null) {
                ids.put(name, id);
            }
        }

        List<CitedSource> list() {
            List<CitedSource> list = new ArrayList<>();
            counts.forEach((name, n) -> list.add(new CitedSource(name, ids.get(name), n[0], n[1])));
            list.sort(Comparator.comparingInt((CitedSource c) -> -(c.claims() + c.quotes())));
            return list;
        }
    }
}
