package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.wire.RealtimeFrame;
import dev.parley.conversation.wire.UltraCartJson;
import io.javalin.websocket.WsContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * One open websocket of the realtime channel: the listener of its engine session, turning events into
 * frames. Sending never blocks: frames are handed to Jetty asynchronously, and a socket with more than
 * {@code maxPending} frames not yet written (its client does not read) is closed with code 1013.
 */
final class Socket implements RealtimeListener {
    /** A close frame's reason is at most 123 bytes of UTF-8. */
    private static final int MAX_REASON_BYTES = 123;
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final String id = "socket-" + NEXT_ID.incrementAndGet();
    /** Frames made before the socket opened, sent in order when it does. Guarded by {@code this}. */
    private final List<String> beforeOpen = new ArrayList<>();
    /** Null until the upgrade completed. Guarded by {@code this}. */
    private WsContext ctx;
    private final Channel channel;
    /** Whether the engine of this socket's session still serves (the fake was neither reset nor closed). */
    private final BooleanSupplier serving;
    private final UltraCartJson json;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    /** Frames still to write before the socket is dropped; 0 when no drop is scripted. */
    private final AtomicInteger framesUntilDrop = new AtomicInteger();
    private final AtomicBoolean ending = new AtomicBoolean();
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    /** Dropped while being upgraded: the connection is cut as soon as it opens. Guarded by {@code this}. */
    private boolean dropOnOpen;
    private volatile long lastClientFrameNanos = System.nanoTime();
    private volatile AgentSession session;
    private volatile ScheduledFuture<?> idleCheck;

    /**
     * A socket being upgraded: its engine session is connected before the upgrade is answered, so that no
     * change made after the client saw the upgrade is missed; frames wait for {@link #open}.
     */
    Socket(Channel channel, UltraCartJson json, int maxPending, BooleanSupplier serving) {
        this.channel = channel;
        this.serving = serving;
        this.json = json;
        this.maxPending = maxPending;
    }

    String id() {
        return id;
    }

    Channel channel() {
        return channel;
    }

    void attach(AgentSession agentSession) {
        this.session = agentSession;
        if (ending.get()) {
            agentSession.close();
        }
    }

    /** The upgrade completed: sends what waited, in order. */
    synchronized void open(WsContext opened) {
        this.ctx = opened;
        if (dropOnOpen) {
            ctx.session.disconnect();
            return;
        }
        if (ending.get()) {
            ctx.closeSession(1001, "The fake was reset or is shutting down; authorize again");
            return;
        }
        for (String text : beforeOpen) {
            ctx.session.sendText(text, Callback.from(this::written, failure -> pending.decrementAndGet()));
        }
        beforeOpen.clear();
    }

    /** Whether the upgrade completed. */
    synchronized boolean isOpen() {
        return ctx != null;
    }

    AgentSession session() {
        return session;
    }

    /** The next idle check, replacing (and cancelling) the one before. */
    void idleCheck(ScheduledFuture<?> check) {
        ScheduledFuture<?> previous = idleCheck;
        idleCheck = check;
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** The client sent a frame. */
    void touch() {
        lastClientFrameNanos = System.nanoTime();
    }

    long nanosSinceClientFrame() {
        return System.nanoTime() - lastClientFrameNanos;
    }

    @Override
    public void onEvent(ConversationEvent event) {
        send(channel.frameOf(event, written -> json.serverFrame().write(new RealtimeFrame.Event(written))));
    }

    /**
     * The engine ended the session: its listener fell behind (1013), or the fake was reset or is closing
     * (1001).
     */
    @Override
    public void onConnectionChanged(ConnectionState state, Throwable cause) {
        if (state == ConnectionState.CLOSED && cause != null) {
            if (serving.getAsBoolean()) {
                close(1013, cause.getMessage());
            } else {
                close(1001, "The fake was reset or is shutting down; authorize again");
            }
        }
    }

    /** Sends a frame without waiting for it to be written. */
    void send(RealtimeFrame frame) {
        send(json.serverFrame().write(frame));
    }

    private void send(String text) {
        if (ending.get()) {
            return;
        }
        if (pending.incrementAndGet() > maxPending) {
            close(1013, "The socket fell more than " + maxPending + " frames behind (its client does not read)");
            return;
        }
        // Frames come from the engine's delivery thread and from Jetty's (ping answers, refusals): one at a time.
        synchronized (this) {
            if (ctx == null) {
                beforeOpen.add(text);
            } else {
                ctx.session.sendText(text, Callback.from(this::written, failure -> pending.decrementAndGet()));
            }
        }
    }

    private void written() {
        pending.decrementAndGet();
        if (framesUntilDrop.get() > 0 && framesUntilDrop.decrementAndGet() == 0) {
            // Not from inside Jetty's write callback, which cannot cut its own connection.
            CompletableFuture.runAsync(this::drop);
        }
    }

    /** Drops the socket after {@code frames} more frames were written to it. */
    void dropAfter(int frames) {
        framesUntilDrop.set(frames);
    }

    /** Drops the connection without a close handshake, as a network failure would. */
    synchronized void drop() {
        if (ending.compareAndSet(false, true)) {
            if (ctx == null) {
                dropOnOpen = true;
            } else {
                ctx.session.disconnect();
            }
            closed();
        }
    }

    /**
     * Closes the socket with {@code code} and {@code reason} (cut to fit a close frame).
     *
     * @return done when the close handshake ended
     */
    synchronized CompletableFuture<Void> close(int code, String reason) {
        if (ctx == null) {
            // Not upgraded yet: the session ends now, and the socket is closed as soon as it opens.
            closed();
            return gone;
        }
        if (ending.compareAndSet(false, true)) {
            ctx.closeSession(code, closeReason(reason));
            closed();
        }
        return gone;
    }

    /** Jetty says the connection ended. */
    void gone() {
        gone.complete(null);
    }

    /** The socket is closing or closed: end its session and forget it. Idempotent. */
    void closed() {
        ending.set(true);
        ScheduledFuture<?> check = idleCheck;
        if (check != null) {
            check.cancel(false);
        }
        AgentSession agentSession = session;
        if (agentSession != null) {
            agentSession.close();
        }
        channel.remove(this);
    }

    static String closeReason(String reason) {
        String text = reason == null ? "" : reason;
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_REASON_BYTES - 3) {
                break;
            }
            cut.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return cut.append("...").toString();
    }

    @Override
    public String toString() {
        return "Socket[" + id + "]";
    }
}
