package org.newslens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newslens.core.model.Article;
import org.newslens.core.model.Boilerplate;
import org.newslens.core.model.Entity;
import org.newslens.core.model.DateMention;
import org.newslens.core.model.EntityType;
import org.newslens.core.model.Geo;
import org.newslens.core.model.Publication;
import org.newslens.core.model.Sentence;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;

/** Prints one analysis as a report a person reads in a terminal. */
final class ReportPrinter {

    private static final int WIDTH = 100;
    private static final String RULE = "═".repeat(WIDTH);

    private final PrintStream out;
    private final boolean sentences;

    ReportPrinter(PrintStream out, boolean sentences) {
        this.out = out;
        this.sentences = sentences;
    }

    void print(Analysis analysis) {
        Article article = analysis.article();
        List<Sentence> sentenceList = analysis.find(Layers.SENTENCES).orElse(List.of());
        List<Entity> entities = analysis.find(Layers.ENTITIES).orElse(List.of());
        StringBuilder s = new StringBuilder();
        s.append(RULE).append('\n');
        s.append(article.title() == null ? "(untitled: " + article.id() + ")" : article.title()).append('\n');
        field(s, "source", article.source());
        field(s, "author", article.author());
        field(s, "outlet", article.outlet());
        field(s, "published", article.published() != null ? article.published().toString()
                : analysis.find(Layers.PUBLICATION).filter(p -> p.date() != null || p.period() != null)
                        .map(p -> (p.date() != null ? p.date().toString() : p.period() + " or later")
                                + " (estimated: " + p.basis() + ")").orElse(null));
        int words = sentenceList.stream().mapToInt(x -> x.tokens().size()).sum();
        int boilerplateChars = article.boilerplate().stream().mapToInt(b -> b.span().length()).sum();
        field(s, "size", sentenceList.size() + " sentences, " + words + " tokens analysed; "
                + article.boilerplate().size() + " boilerplate spans (" + boilerplateChars + " chars) set aside");
        s.append("\nEntities\n");
        if (entities.isEmpty()) {
            s.append("  (none found)\n");
        }
        for (EntityType type : EntityType.values()) {
            String names = entities.stream().filter(e -> e.type() == type)
                    .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
                    .map(e -> e.name() + (e.mentions().size() > 1 ? " ×" + e.mentions().size() : "")
                            + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")"))
                    .collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                s.append(String.format("  %-20s ", type)).append(wrap(names, 23)).append('\n');
            }
        }
        List<Entity> places = entities.stream().filter(e -> e.type() == EntityType.LOCATION
                || e.type() == EntityType.FACILITY).toList();
        if (!places.isEmpty()) {
            s.append("\nPlaces\n");
            for (Entity place : places) {
                Geo geo = place.geo();
                String where = geo == null ? "not in the gazetteer"
                        : String.format("%8.4f, %9.4f  %s %s%s%s", geo.lat(), geo.lon(), geo.country(), geo.kind(),
                        geo.precision().equals("part") ? " (part of " + geo.place() + ")" : "",
                        geo.alternatives().isEmpty() ? "" : "  or " + geo.alternatives().stream()
                                .map(a -> a.place() + " " + a.country()).collect(Collectors.joining(", ")));
                s.append(String.format("  %-24s %s%n", abbreviate(place.name(), 24), where));
            }
        }
        List<DateMention> dates = analysis.find(Layers.DATES).orElse(List.of());
        Publication publication = analysis.find(Layers.PUBLICATION).orElse(null);
        if (!dates.isEmpty()) {
            s.append("\nDates");
            if (publication != null && publication.date() != null) {
                s.append(" (resolved against ").append(publication.date())
                        .append(publication.estimated() ? ", estimated: " + publication.basis() : "").append(')');
            }
            s.append('\n');
            for (DateMention date : dates) {
                String range = date.from() == null ? "" : date.from().equals(date.to()) ? "  " + date.from()
                        : "  " + date.from() + " … " + date.to();
                s.append(String.format("  %-24s %-14s%s%n", "\"" + abbreviate(date.text(), 22) + "\"", date.value(), range));
            }
        }
        SourcingReport.append(s, analysis, WIDTH);
        EventsReport.append(s, analysis);
        PersuasionReport.append(s, analysis, WIDTH);
        if (sentences && !sentenceList.isEmpty()) {
            s.append("\nSentences\n");
            int n = 1;
            for (Sentence sentence : sentenceList) {
                String text = sentence.span().of(article.text()).replaceAll("\\s+", " ");
                s.append(String.format("  %3d  ", n++)).append(wrap(text, 7)).append('\n');
            }
        }
        if (!article.boilerplate().isEmpty()) {
            s.append("\nBoilerplate set aside\n");
            for (Map.Entry<String, List<Boilerplate>> kind : byKind(article.boilerplate()).entrySet()) {
                Boilerplate first = kind.getValue().get(0);
                String sample = first.span().of(article.text()).replaceAll("\\s+", " ").strip();
                s.append(String.format("  %-12s %2d× e.g. \"%s\"%n", kind.getKey(), kind.getValue().size(),
                        abbreviate(sample, WIDTH - 30)));
            }
        }
        if (!analysis.diagnostics().isEmpty()) {
            s.append("\nNotes\n");
            analysis.diagnostics().forEach(d -> s.append("  ").append(d.analyzer()).append(": ")
                    .append(d.message()).append('\n'));
        }
        out.print(s.append('\n'));
    }

    private static Map<String, List<Boilerplate>> byKind(List<Boilerplate> boilerplate) {
        Map<String, List<Boilerplate>> byKind = new LinkedHashMap<>();
        boilerplate.forEach(b -> byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b));
        return byKind;
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(String.format("  %-10s %s%n", name + ":", value == null ? "—" : value));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Wraps at word boundaries to the report width, indenting continuation lines. */
    private static String wrap(String text, int indent) {
        StringBuilder wrapped = new StringBuilder();
        int column = indent;
        for (String word : text.split(" ")) {
            if (column + word.length() + 1 > WIDTH && column > indent) {
                wrapped.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > indent) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
        return wrapped.toString();
    }
}
