package org.newslens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds articles by id (file name without extension) under folders, for the evaluation commands. */
final class ArticleIndex {

    private ArticleIndex() {
    }

    static Map<String, Path> of(List<Path> dirs) throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(p -> {
                    String name = p.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    // An article beats a gold .json of the same name when gold and articles share a folder.
                    byId.merge(dot > 0 ? name.substring(0, dot) : name, p,
                            (kept, other) -> kept.toString().endsWith(".json") ? other : kept);
                });
            }
        }
        return byId;
    }
}
