package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.RealtimeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records what a live session tells its listener, in order, for a test to take with a timeout: events,
 * and connection changes as {@link StateChange}. Also records which threads the calls came on.
 */
final class RecordingListener implements RealtimeListener {
    record StateChange(ConnectionState state, Throwable cause) {
    }

    final BlockingQueue<Object> calls = new LinkedBlockingQueue<>();
    final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ConversationEvent event) {
        threads.add(Thread.currentThread());
        calls.add(event);
    }

    @Override
    public void onConnectionChanged(ConnectionState state, Throwable cause) {
        threads.add(Thread.currentThread());
        calls.add(new StateChange(state, cause));
    }

    /** The next call, which must come within 10 seconds. */
    Object next() throws InterruptedException {
        Object call = calls.poll(10, TimeUnit.SECONDS);
        assertThat(call).as("the listener was called within 10 s").isNotNull();
        return call;
    }

    /** The next call, skipping events of other kinds, which must be of this type. */
    <T> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Object call = calls.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(call).as("a " + type.getSimpleName() + " reached the listener within 10 s").isNotNull();
            if (type.isInstance(call)) {
                return type.cast(call);
            }
        }
    }

    /** The next connection change, skipping events. */
    StateChange nextState() throws InterruptedException {
        return next(StateChange.class);
    }

    /** The next {@code n} new messages, skipping other calls. */
    List<Message> nextMessages(int n) throws InterruptedException {
        List<Message> messages = new ArrayList<>();
        while (messages.size() < n) {
            messages.add(next(ConversationEvent.NewMessage.class).message());
        }
        return messages;
    }

    /** Nothing more arrives within {@code millis}: how a test shows a duplicate did not come. */
    void assertQuietFor(long millis) throws InterruptedException {
        Object call = calls.poll(millis, TimeUnit.MILLISECONDS);
        assertThat(call).as("nothing more reached the listener").isNull();
    }
}
