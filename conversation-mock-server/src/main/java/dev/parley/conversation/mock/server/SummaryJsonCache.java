package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.wire.UltraCartJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each conversation summary's listing JSON, kept until the summary changes, so that a listing, the
 * request every console polls, is mostly copies of bytes written before. Keyed by the summary object
 * itself (by reference, not by value: a record's {@code equals} and {@code hashCode} over a summary and
 * its participants cost more than writing it): the engine hands out the same summary for as long as its
 * conversation is unchanged, and a new one after any change. Bounded: past {@value #MAX_ENTRIES}
 * summaries it starts over. Safe for use from many threads.
 */
final class SummaryJsonCache {
    static final int MAX_ENTRIES = 4_096;

    private final UltraCartJson json;
    private final Map<Key, byte[]> entries = new ConcurrentHashMap<>();

    SummaryJsonCache(UltraCartJson json) {
        this.json = json;
    }

    /** The summary's JSON as a listing holds it, written on first use. */
    byte[] json(ConversationSummary summary) {
        Key key = new Key(summary);
        byte[] kept = entries.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] written = json.summaryJson(summary);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, written);
        return written;
    }

    /** A summary compared by reference. */
    private static final class Key {
        private final ConversationSummary summary;

        Key(ConversationSummary summary) {
            this.summary = summary;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.summary == summary;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(summary);
        }
    }
}
