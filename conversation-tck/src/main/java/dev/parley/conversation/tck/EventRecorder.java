package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.RealtimeListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A live session's listener that records what it receives in a blocking queue, for the realtime rules
 * to await with a timeout (in the manner of OkHttp's {@code WebSocketRecorder}): nothing sleeps, a rule
 * waits exactly as long as the event takes to come, and at most the timeout. Every entry taken is kept,
 * so a failure lists what the session did receive, in order.
 */
final class EventRecorder implements RealtimeListener {

    /** A change of the session's connection, recorded in line with the events. */
    record ConnectionChange(ConnectionState state, Throwable cause) {
        @Override
        public String toString() {
            return "connection " + state + (cause == null ? "" : " (" + cause + ")");
        }
    }

    private final String name;
    private final Duration timeout;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final List<Object> taken = new ArrayList<>();
    private volatile RuntimeException throwOnEvent;

    /**
     * @param name    how failures name the session ({@code "the agent's session"})
     * @param timeout how long {@link #await} waits for one event
     */
    EventRecorder(String name, Duration timeout) {
        this.name = name;
        this.timeout = timeout;
    }

    @Override
    public void onEvent(ConversationEvent event) {
        queue.add(event);
        RuntimeException toThrow = throwOnEvent;
        if (toThrow != null) {
            throw toThrow;
        }
    }

    @Override
    public void onConnectionChanged(ConnectionState state, Throwable cause) {
        queue.add(new ConnectionChange(state, cause));
    }

    /** From now on the listener throws {@code exception} after recording each event (a faulty application). */
    void throwOnEveryEvent(RuntimeException exception) {
        this.throwOnEvent = exception;
    }

    /**
     * Takes entries until one is a {@code type} event that {@code matching} accepts, and returns it;
     * entries of other kinds are taken and kept for the failure message. Fails with the rule when none
     * comes within the timeout.
     */
    <T extends ConversationEvent> T await(Class<T> type, Predicate<? super T> matching, String ruleId,
                                          String expectation) {
        return type.cast(awaitEntry(e -> type.isInstance(e) && matching.test(type.cast(e)), ruleId, expectation));
    }

    /** Takes entries until the connection reaches {@code state}; fails with the rule when it does not in time. */
    ConnectionChange awaitConnection(ConnectionState state, String ruleId, String expectation) {
        return (ConnectionChange) awaitEntry(e -> e instanceof ConnectionChange c && c.state() == state, ruleId,
                expectation);
    }

    /** Everything received and not taken yet, without waiting; taken from now on. */
    List<Object> drain() {
        List<Object> rest = new ArrayList<>();
        queue.drainTo(rest);
        taken.addAll(rest);
        return rest;
    }

    /** Every event received so far (taken or not), in order. */
    List<ConversationEvent> events() {
        drain();
        return taken.stream().filter(ConversationEvent.class::isInstance).map(ConversationEvent.class::cast)
                .collect(Collectors.toList());
    }

    /** What the session received so far, for a failure message. */
    String history() {
        drain();
        if (taken.isEmpty()) {
            return name + " received nothing";
        }
        return name + " received, in order: " + taken.stream().map(EventRecorder::describe)
                .collect(Collectors.joining(", "));
    }

    private Object awaitEntry(Predicate<Object> matching, String ruleId, String expectation) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Object next;
            try {
                next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(rule(ruleId, "expected " + expectation + " but the wait was interrupted; " + history()));
            }
            if (next == null) {
                return fail(rule(ruleId, "expected " + expectation + " within " + timeout.toMillis() + " ms but "
                        + history()));
            }
            taken.add(next);
            if (matching.test(next)) {
                return next;
            }
        }
    }

    /** One entry, short: its kind and the conversation or message it concerns. */
    static String describe(Object entry) {
        if (entry instanceof ConversationEvent.NewMessage m) {
            return "NewMessage[" + m.conversation() + ", " + m.message().id() + ", body=" + m.message().body()
                    + ", client_message_id=" + m.message().clientMessageId() + "]";
        }
        if (entry instanceof ConversationEvent.QueueStatusUpdate q) {
            return "QueueStatusUpdate[" + q.queue().name() + "]";
        }
        if (entry instanceof ConversationEvent.Unrecognized u) {
            return u.toString();
        }
        if (entry instanceof ConversationEvent e) {
            return e.getClass().getSimpleName() + "[" + e.conversationId() + "]";
        }
        return String.valueOf(entry);
    }
}
