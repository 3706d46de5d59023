package org.newslens.core.pipeline;

import org.newslens.core.model.Article;
import org.newslens.core.model.Claim;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventReport;

import java.util.ArrayList;
import java.util.List;

/** The event reports of one analysed article: each event with its sentence, source and article. */
public final class EventReports {

    private EventReports() {
    }

    public static List<EventReport> of(Analysis analysis, String articleKey) {
        Article article = analysis.article();
        String text = article.text();
        List<Claim> claims = analysis.find(Layers.CLAIMS).orElse(List.of());
        List<EventReport> reports = new ArrayList<>();
        for (EventMention event : analysis.find(Layers.EVENTS).orElse(List.of())) {
            Claim claim = claims.stream().filter(c -> c.span().overlaps(event.sentence())).findFirst().orElse(null);
            reports.add(new EventReport(articleKey, article.id(), article.title(), article.outlet(),
                    article.published() == null ? null : article.published().toString(), event,
                    event.sentence().of(text).strip(), claim == null ? null : claim.source(),
                    claim == null ? null : claim.sourceType(), claim == null ? List.of() : claim.via()));
        }
        return reports;
    }
}
