package dev.parley.conversation.mock.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One tenant's most recent API requests, oldest first. Bounded: beyond its capacity the oldest entry
 * goes, and bodies are cut to {@value #MAX_BODY_CHARS} characters, so a fake under sustained load keeps
 * a flat heap.
 */
final class Journal {
    /** The most of a body a journal entry keeps. */
    static final int MAX_BODY_CHARS = 16 * 1024;

    private final int capacity;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    Journal(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    /** The newest {@code limit} entries (all when null), oldest first. */
    synchronized List<RecordedRequest> newest(Integer limit) {
        return newest(entries, limit);
    }

    /** The newest {@code limit} of {@code entries} (all when null), oldest first; the caller holds their lock. */
    static <T> List<T> newest(Deque<T> entries, Integer limit) {
        int skip = limit == null ? 0 : Math.max(0, entries.size() - limit);
        List<T> result = new ArrayList<>(entries.size() - skip);
        int index = 0;
        for (T entry : entries) {
            if (index++ >= skip) {
                result.add(entry);
            }
        }
        return result;
    }

    synchronized void clear() {
        entries.clear();
    }

    /** A body as the journal keeps it: null when empty, cut with a note when too long. */
    static String keptBody(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        if (body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "...(cut: " + body.length() + " characters in all)";
    }
}
