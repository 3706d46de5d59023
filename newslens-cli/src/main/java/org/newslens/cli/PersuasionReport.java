package org.newslens.cli;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.newslens.core.model.ActorFraming;
import org.newslens.core.model.PersuasionProfile;
import org.newslens.core.model.TechniqueSpan;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/** The report's "how it persuades" sections: technique rates, the most confident spans and actor framing. */
final class PersuasionReport {

    private static final int TOP_SPANS = 10;

    private PersuasionReport() {
    }

    static void append(StringBuilder s, Analysis analysis, int width) {
        String text = analysis.article().text();
        PersuasionProfile profile = analysis.find(Layers.PERSUASION).orElse(null);
        List<TechniqueSpan> spans = analysis.find(Layers.TECHNIQUES).orElse(List.of());
        if (profile != null && profile.techniques() > 0) {
            s.append(String.format("%nPersuasion (%d technique spans, %.1f per 1,000 words, %.0f%% of the text)%n",
                    profile.techniques(), profile.perThousandWords(), 100 * profile.coveredShare()));
            String rates = profile.byTechnique().entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Comparator.comparingInt(e -> -e.getValue()))
                    .map(e -> String.format("%s %d", e.getKey().displayName(), e.getValue()))
                    .collect(Collectors.joining(", "));
            s.append("  ").append(SourcingReport.abbreviate(rates, width * 3)).append('\n');
            spans.stream().sorted(Comparator.comparingDouble(TechniqueSpan::confidence).reversed()).limit(TOP_SPANS)
                    .sorted(Comparator.comparing(TechniqueSpan::span))
                    .forEach(t -> s.append(String.format("  %-24s %.2f  %s%n      %s%n",
                            SourcingReport.abbreviate(t.technique().displayName(), 24), t.confidence(),
                            SourcingReport.abbreviate(SourcingReport.flat(t.span().of(text)), width - 34),
                            SourcingReport.abbreviate(t.reason(), width - 6))));
        }
        List<ActorFraming> framing = analysis.find(Layers.FRAMING).orElse(List.of());
        if (!framing.isEmpty()) {
            s.append("\nFraming of actors\n");
            for (ActorFraming actor : framing) {
                String labels = actor.labels().stream()
                        .map(l -> l.text() + (l.kind().equals("scare quote") ? " (scare quote)" : ""))
                        .distinct().collect(Collectors.joining("; "));
                s.append(String.format("  %-24s %-8s %s%n", SourcingReport.abbreviate(actor.name(), 24),
                        actor.stance().name().toLowerCase(java.util.Locale.ROOT),
                        SourcingReport.abbreviate(labels, width - 36)));
            }
        }
    }
}
