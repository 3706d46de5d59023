package org.newslens.analyzers.techniques;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the contextual encoder's vectors of every text it was asked about, so that training and
 * cross-validation, which read the same articles many times, encode each sentence once. Holds about 1.5 KB per
 * token: for a training run, not for a service. Thread-safe map; each text's vectors are meant for one thread
 * at a time.
 */
public final class EncodedTexts {

    private final Map<String, TokenContext> byText = new ConcurrentHashMap<>();

    TokenContext of(TextTokens tokens) {
        return byText.computeIfAbsent(tokens.text, text -> new TokenContext(tokens, ContextualEncoder.shared()));
    }
}
