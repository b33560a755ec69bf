package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.wire.UltraCartJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each conversation summary's listing JSON, kept until the summary changes, so that a listing, the
 * request every console polls, is mostly copies of bytes written before. Keyed by the summary's value:
 * a conversation that changes has a different summary, an unchanged one an equal summary and the same
 * JSON. Bounded: past {@value #MAX_ENTRIES} summaries it starts over. Safe for use from many threads.
 */
final class SummaryJsonCache {
    static final int MAX_ENTRIES = 4_096;

    private final UltraCartJson json;
    private final Map<ConversationSummary, byte[]> entries = new ConcurrentHashMap<>();

    SummaryJsonCache(UltraCartJson json) {
        this.json = json;
    }

    /** The summary's JSON as a listing holds it, written on first use. */
    byte[] json(ConversationSummary summary) {
        byte[] kept = entries.get(summary);
        if (kept != null) {
            return kept;
        }
        byte[] written = json.summaryJson(summary);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(summary, written);
        return written;
    }
}
