package dev.parley.conversation.mock.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** One tenant's most recent frames received on the realtime channel, oldest first; bounded like {@link Journal}. */
final class FrameJournal {
    private final int capacity;
    private final Deque<RecordedFrame> entries = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();

    FrameJournal(int capacity) {
        this.capacity = capacity;
    }

    void record(RecordedFrame frame) {
        lock.lock();
        try {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(frame);
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The newest {@code limit} entries (all when null), oldest first. */
    List<RecordedFrame> newest(Integer limit) {
        lock.lock();
        try {
            return Journal.newest(entries, limit);
        } finally {
            lock.unlock();
        }
    }

    /** The oldest kept frame matching, waiting up to {@code timeout} for one to arrive; null when none did. */
    RecordedFrame await(Predicate<RecordedFrame> matching, Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (RecordedFrame entry : entries) {
                    if (matching.test(entry)) {
                        return entry;
                    }
                }
                if (remaining <= 0) {
                    return null;
                }
                remaining = recorded.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            entries.clear();
        } finally {
            lock.unlock();
        }
    }
}
