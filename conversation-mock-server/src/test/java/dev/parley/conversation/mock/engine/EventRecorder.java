package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.RealtimeListener;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records a live session's events and connection changes; tests take them in order, waiting with a timeout. */
class EventRecorder implements RealtimeListener {
    static final long TIMEOUT_SECONDS = 10;

    final BlockingQueue<ConversationEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<Closing> closings = new LinkedBlockingQueue<>();
    final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(ConversationEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    @Override
    public void onConnectionChanged(ConnectionState state, Throwable cause) {
        closings.add(new Closing(state, cause));
    }

    /** The next event, which must be a {@code type}. */
    <T extends ConversationEvent> T next(Class<T> type) {
        ConversationEvent event = poll(events, "an event " + type.getSimpleName());
        assertThat(event).as("the next event").isInstanceOf(type);
        return type.cast(event);
    }

    /** The next connection change. */
    Closing nextClosing() {
        return poll(closings, "a connection change");
    }

    private static <T> T poll(BlockingQueue<T> queue, String what) {
        try {
            T taken = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(taken).as("waited %d s for %s", TIMEOUT_SECONDS, what).isNotNull();
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** A connection change. */
    record Closing(ConnectionState state, Throwable cause) {
    }
}
