package org.newslens.cli;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.SourcingProfile;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/** The report's "on whose word" sections: the sourcing profile, the quotes and the most check-worthy claims. */
final class SourcingReport {

    private static final int TOP_CLAIMS = 8;

    private SourcingReport() {
    }

    static void append(StringBuilder s, Analysis analysis, int width) {
        String text = analysis.article().text();
        SourcingProfile profile = analysis.find(Layers.SOURCING).orElse(null);
        if (profile != null && profile.claims() > 0) {
            s.append("\nSourcing (").append(profile.claims()).append(" claims)\n");
            String shares = profile.bySourceType().entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(e -> String.format("%s %d (%.0f%%)", label(e.getKey()), e.getValue(),
                            100 * profile.shares().get(e.getKey())))
                    .collect(Collectors.joining(", "));
            s.append("  by source   ").append(shares).append('\n');
            s.append(String.format("  anonymous   %.0f%% of claims; writer alone %.0f%%%n", 100 * profile.anonymousShare(),
                    100 * profile.authorShare()));
            cited(s, "outlets", profile.outlets());
            cited(s, "people", profile.people());
            cited(s, "bodies", profile.organizations());
            cited(s, "unnamed", profile.anonymousSources());
        }
        List<Quote> quotes = analysis.find(Layers.QUOTES).orElse(List.of());
        if (!quotes.isEmpty()) {
            s.append("\nQuotes\n");
            for (Quote quote : quotes) {
                if (quote.kind() == QuoteKind.SCARE) {
                    continue;
                }
                String words = flat(quote.span().of(text));
                String speaker = quote.speakerName() == null ? "speaker unknown" : quote.speakerName();
                s.append(String.format("  %-8s %-22s %s%n", quote.block() ? "BLOCK" : quote.kind(),
                        abbreviate(quote.kind() == QuoteKind.TITLE ? "(title)" : speaker, 22),
                        abbreviate(words, width - 35)));
            }
            String scare = quotes.stream().filter(q -> q.kind() == QuoteKind.SCARE)
                    .map(q -> flat(q.span().of(text))).collect(Collectors.joining(", "));
            if (!scare.isEmpty()) {
                s.append("  scare quotes: ").append(abbreviate(scare, width * 2)).append('\n');
            }
        }
        List<Claim> claims = analysis.find(Layers.CLAIMS).orElse(List.of());
        if (!claims.isEmpty()) {
            s.append("\nMost check-worthy claims\n");
            claims.stream().sorted(Comparator.comparingDouble(Claim::checkWorthiness).reversed()).limit(TOP_CLAIMS)
                    .forEach(c -> s.append(String.format("  %.2f %-32s %s%n", c.checkWorthiness(),
                            abbreviate(source(c), 32), abbreviate(flat(c.span().of(text)), width - 40))));
        }
    }

    private static String source(Claim claim) {
        String who = claim.sourceType() == SourceType.AUTHOR ? "writer"
                : label(claim.sourceType()) + (claim.source() == null ? "" : ": " + claim.source());
        return claim.via().isEmpty() ? who : who + " via " + String.join(", ", claim.via());
    }

    private static void cited(StringBuilder s, String name, List<SourcingProfile.CitedSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        s.append(String.format("  %-11s ", name)).append(sources.stream()
                .map(c -> c.name() + " (" + c.claims() + (c.quotes() > 0 ? "+" + c.quotes() + "q" : "") + ")")
                .collect(Collectors.joining(", "))).append('\n');
    }

    private static String label(SourceType type) {
        return switch (type) {
            case NAMED_PERSON -> "person";
            case NAMED_ORGANIZATION -> "organisation";
            case MEDIA_OUTLET -> "outlet";
            case ANONYMOUS -> "anonymous";
            case AUTHOR -> "writer";
        };
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
