package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.TransportException;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One live session of a tenant's agent, in process. Events are offered to a bounded buffer by the
 * tenant (under its write lock, so in the order the changes happened, and never blocking) and handed
 * to the listener by a task on the engine's shared executor, one at a time; a task delivers at most
 * {@link #BATCH} events before giving its thread to other sessions.
 *
 * <p>When the buffer is full the session is closed: the listener's last call is
 * {@code onConnectionChanged(CLOSED, TransportException)} saying how far it fell behind.
 */
final class EngineSession implements AgentSession {
    private static final System.Logger LOG = System.getLogger(EngineSession.class.getName());
    static final int BATCH = 64;

    private final Tenant tenant;
    private final ConversationEngine engine;
    private final RealtimeListener listener;
    private final Executor executor;
    private final int capacity;
    /** Bounded, and growing with what it holds: an idle session costs no array of its capacity. */
    private final LinkedBlockingQueue<ConversationEvent> buffer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReentrantLock delivering = new ReentrantLock();
    /** Why the session ended: set once; null while open. The listener hears of it once. */
    private final AtomicReference<Ending> ending = new AtomicReference<>();
    private final AtomicBoolean endingSignalled = new AtomicBoolean();

    EngineSession(Tenant tenant, ConversationEngine engine, RealtimeListener listener, Executor executor, int capacity) {
        this.tenant = tenant;
        this.engine = engine;
        this.listener = listener;
        this.executor = executor;
        this.capacity = capacity;
        this.buffer = new LinkedBlockingQueue<>(capacity);
    }

    /** Called by the tenant under its write lock: never blocks. */
    void offer(ConversationEvent event) {
        if (ending.get() != null) {
            return;
        }
        if (!buffer.offer(event)) {
            end(new TransportException("The live session fell more than " + capacity
                    + " events behind (its listener did not keep up) and was closed; reconnect and read the"
                    + " conversations it follows from the last message epoch it saw", null));
            return;
        }
        schedule();
    }

    @Override
    public CompletableFuture<Message> sendMessage(OutgoingMessage message) {
        Objects.requireNonNull(message, "message must not be null");
        if (!isOpen()) {
            return CompletableFuture.failedFuture(notConnected());
        }
        try {
            return CompletableFuture.completedFuture(
                    tenant.send(message, engine.uploads()::mediaUrl, engine.maxMessageBytes()));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    @Override
    public void sendTyping(ConversationId conversation, String value) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (!isOpen()) {
            throw notConnected();
        }
        tenant.agentTyping(conversation, value, this);
    }

    @Override
    public boolean isOpen() {
        return ending.get() == null;
    }

    /**
     * Ends the session from the server's side (the fake's websocket went away, the engine closed):
     * no event after this, and the listener hears {@code CLOSED} with {@code cause}.
     */
    void end(Throwable cause) {
        if (ending.compareAndSet(null, new Ending(cause))) {
            tenant.sessions().remove(this);
            schedule();
        }
    }

    @Override
    public void close() {
        if (ending.compareAndSet(null, new Ending(null))) {
            tenant.sessions().remove(this);
        }
        // Wait for a listener call in progress (unless this is it), so no event follows close().
        if (delivering.isHeldByCurrentThread()) {
            signalEnding();
            return;
        }
        delivering.lock();
        try {
            signalEnding();
        } finally {
            delivering.unlock();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shutDown) {
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        delivering.lock();
        try {
            for (int i = 0; i < BATCH && ending.get() == null; i++) {
                ConversationEvent event = buffer.poll();
                if (event == null) {
                    break;
                }
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A live session's listener threw on "
                            + event.getClass().getSimpleName() + "; the session goes on", e);
                }
            }
            if (ending.get() != null) {
                signalEnding();
            }
        } finally {
            delivering.unlock();
            scheduled.set(false);
        }
        boolean more = ending.get() == null ? !buffer.isEmpty() : !endingSignalled.get();
        if (more) {
            schedule();
        }
    }

    /** Holding {@link #delivering}: drops what is left and tells the listener, once. */
    private void signalEnding() {
        buffer.clear();
        if (endingSignalled.compareAndSet(false, true)) {
            try {
                listener.onConnectionChanged(ConnectionState.CLOSED, ending.get().cause);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A live session's listener threw on CLOSED", e);
            }
        }
    }

    private static TransportException notConnected() {
        return new TransportException("The live session is closed", null);
    }

    @Override
    public String toString() {
        return "AgentSession[engine, merchant " + tenant.merchantId + (isOpen() ? ", open" : ", closed") + "]";
    }

    /** Why a session ended; {@code cause} null when its owner closed it. */
    private record Ending(Throwable cause) {
    }
}
