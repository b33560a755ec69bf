package dev.parley.conversation.mock.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values' JSON, kept until the value changes, so that the reads every console polls (a listing's
 * summaries, a conversation's messages) are mostly copies of bytes written before. Keyed by the value
 * itself, by reference, not by value: a record's {@code equals} and {@code hashCode} over a summary and
 * its participants cost more than writing it, and the engine hands out the same object for as long as
 * it is unchanged (a summary until its conversation changes, a message until its delivery status does)
 * and a new one after a change. Bounded: past its capacity it starts over. Safe for use from many threads.
 *
 * @param <T> the values written
 */
final class KeptJson<T> {
    private final Function<T, byte[]> writer;
    private final Function<T, Object> identity;
    private final int capacity;
    private final Map<Key, byte[]> entries = new ConcurrentHashMap<>();

    /** JSON kept by the value's own reference. */
    KeptJson(Function<T, byte[]> writer, int capacity) {
        this(writer, value -> value, capacity);
    }

    /**
     * JSON kept by the reference of what {@code identity} gives for a value: for a value made anew on
     * each read whose JSON follows from a part the engine keeps (a conversation's body without messages
     * from its summary).
     */
    KeptJson(Function<T, byte[]> writer, Function<T, Object> identity, int capacity) {
        this.writer = writer;
        this.identity = identity;
        this.capacity = capacity;
    }

    /** The value's JSON, written on first use. */
    byte[] json(T value) {
        Key key = new Key(identity.apply(value));
        byte[] kept = entries.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] written = writer.apply(value);
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, written);
        return written;
    }

    /** A value compared by reference. */
    private static final class Key {
        private final Object value;

        Key(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
