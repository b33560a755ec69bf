package dev.parley.conversation.mock.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Recent requests, oldest first. Bounded: beyond its capacity the oldest entry goes, and bodies are
 * cut to {@value #MAX_BODY_CHARS} characters, so a fake under sustained load keeps a flat heap. Each
 * request recorded gets the next sequence number (from 1, never reused), so a reader can ask for what
 * arrived after what it has seen, and wait for it.
 */
final class Journal {
    /** The most of a body a journal entry keeps. */
    static final int MAX_BODY_CHARS = 16 * 1024;

    private final int capacity;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    /** How many requests were ever recorded: the sequence number of the newest. */
    private long recorded;

    Journal(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
        recorded++;
        notifyAll();
    }

    /** The newest {@code limit} entries (all when null), oldest first. */
    synchronized List<RecordedRequest> newest(Integer limit) {
        int skip = limit == null ? 0 : Math.max(0, entries.size() - limit);
        List<RecordedRequest> result = new ArrayList<>(entries.size() - skip);
        int index = 0;
        for (RecordedRequest entry : entries) {
            if (index++ >= skip) {
                result.add(entry);
            }
        }
        return result;
    }

    synchronized void clear() {
        entries.clear();
    }

    /**
     * The first request held that matches, waiting up to {@code timeout} for one to be recorded.
     *
     * @return the request, or null when none matched in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    synchronized RecordedRequest await(Predicate<RecordedRequest> matcher, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long checked = recorded - entries.size();
        while (true) {
            long sequence = recorded - entries.size();
            for (RecordedRequest entry : entries) {
                if (++sequence > checked && matcher.test(entry)) {
                    return entry;
                }
            }
            checked = recorded;
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * The requests held that were recorded after sequence number {@code after}, waiting up to
     * {@code timeout} for at least one when there is none yet.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    synchronized Slice after(long after, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (recorded <= after) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        List<RecordedRequest> result = new ArrayList<>();
        long sequence = recorded - entries.size();
        for (RecordedRequest entry : entries) {
            if (++sequence > after) {
                result.add(entry);
            }
        }
        return new Slice(result, recorded);
    }

    /**
     * Requests recorded after a sequence number.
     *
     * @param requests the requests, oldest first
     * @param last     the sequence number of the newest request recorded so far (0 when none ever was)
     */
    record Slice(List<RecordedRequest> requests, long last) {
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
