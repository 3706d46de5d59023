package org.newslens.eval.ptc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.analyzers.techniques.ScoredTechnique;
import org.newslens.analyzers.techniques.TechniqueDetector;
import org.newslens.core.model.CharSpan;
import org.newslens.core.model.Technique;

/** Runs a {@link TechniqueDetector} over PTC article files and answers in the corpus's code-point spans. */
public final class PtcPredictor {

    private final TechniqueDetector detector;

    public PtcPredictor(TechniqueDetector detector) {
        this.detector = detector;
    }

    /** Technique spans for every article (the SI and span+technique tasks); fails on the first unreadable file. */
    public Map<String, List<PtcSpan>> detect(Map<String, Path> articles) throws IOException {
        return detect(articles, (file, e) -> {
            throw new java.io.UncheckedIOException(e);
        });
    }

    /**
     * Technique spans for every readable article; an unreadable one goes to {@code failed} with its file and
     * the rest of the batch goes on.
     */
    public Map<String, List<PtcSpan>> detect(Map<String, Path> articles,
                                             java.util.function.BiConsumer<Path, IOException> failed) throws IOException {
        Map<String, List<PtcSpan>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : articles.entrySet()) {
            PtcArticle article;
            try {
                article = PtcArticle.read(entry.getValue());
            } catch (IOException e) {
                failed.accept(entry.getValue(), e);
                continue;
            }
            result.put(article.id(), detector.detect(article.text()).stream()
                    .map(found -> article.toPtc(found.span(), found.technique())).toList());
        }
        return result;
    }

    /**
     * One technique for every given span, in the given order (the TC task). A span listed more than once gets
     * its next most likely technique each further time, as the corpus marks one fragment with several.
     */
    public List<PtcSpan> classify(Map<String, Path> articles, List<PtcSpan> spans) throws IOException {
        Map<String, List<Integer>> linesByArticle = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            linesByArticle.computeIfAbsent(spans.get(i).articleId(), k -> new ArrayList<>()).add(i);
        }
        PtcSpan[] labelled = new PtcSpan[spans.size()];
        for (Map.Entry<String, List<Integer>> entry : linesByArticle.entrySet()) {
            Path file = articles.get(entry.getKey());
            if (file == null) {
                throw new IOException("Span file names article " + entry.getKey() + ", which is not in the article folder");
            }
            PtcArticle article = PtcArticle.read(file);
            List<CharSpan> utf16 = entry.getValue().stream()
                    .map(i -> article.toUtf16(spans.get(i).start(), spans.get(i).end())).toList();
            List<List<ScoredTechnique>> ranked = detector.classify(article.text(), utf16);
            Map<String, Set<Technique>> given = new HashMap<>();
            for (int k = 0; k < utf16.size(); k++) {
                PtcSpan span = spans.get(entry.getValue().get(k));
                Set<Technique> used = given.computeIfAbsent(span.start() + ":" + span.end(), x -> java.util.EnumSet.noneOf(Technique.class));
                Technique choice = ranked.get(k).stream().map(ScoredTechnique::technique)
                        .filter(t -> !used.contains(t)).findFirst().orElse(ranked.get(k).get(0).technique());
                used.add(choice);
                labelled[entry.getValue().get(k)] = new PtcSpan(span.articleId(), choice, span.start(), span.end());
            }
        }
        return List.of(labelled);
    }

    /** The line-per-sentence baseline: every non-empty line is one span, called Loaded_Language. */
    public static Map<String, List<PtcSpan>> lineBaseline(Map<String, Path> articles) throws IOException {
        Map<String, List<PtcSpan>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : articles.entrySet()) {
            PtcArticle article = PtcArticle.read(entry.getValue());
            List<PtcSpan> spans = new ArrayList<>();
            String text = article.text();
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                String line = text.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    int s = lineStart + (line.length() - line.stripLeading().length());
                    int e = lineStart + line.stripTrailing().length();
                    spans.add(article.toPtc(new CharSpan(s, e), Technique.LOADED_LANGUAGE));
                }
                lineStart = lineEnd + 1;
            }
            result.put(article.id(), spans);
        }
        return result;
    }
}
