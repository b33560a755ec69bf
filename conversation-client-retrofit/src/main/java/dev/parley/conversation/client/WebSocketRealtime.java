package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.wire.UltraCartJson;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * {@link RealtimePort} over OkHttp's websocket: each {@link #connect(RealtimeListener)} opens a
 * {@link WebSocketSession} of its own, authorized through the client's REST port. Closing the client
 * closes the sessions still open.
 */
final class WebSocketRealtime implements RealtimePort {
    private final ConversationPort rest;
    private final OkHttpClient http;
    private final UltraCartJson json;
    private final RealtimeSettings settings;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    WebSocketRealtime(ConversationPort rest, OkHttpClient http, UltraCartJson json, RealtimeSettings settings,
                      Clock clock, Duration connectTimeout) {
        this.rest = rest;
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public AgentSession connect(RealtimeListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        if (closed) {
            throw new IllegalStateException("The client is closed: its realtime channel opens no session");
        }
        WebSocketSession session = WebSocketSession.open(rest, http, json, settings, listener, clock, connectTimeout,
                open::remove);
        open.add(session);
        if (closed) {
            session.close();
        }
        return session;
    }

    /** Closes every session still open and refuses new ones: the client is closing. */
    void closeAll() {
        closed = true;
        for (WebSocketSession session : open) {
            session.close();
        }
    }

    @Override
    public String toString() {
        return "RealtimePort[" + rest + ", jwt as " + settings.jwtPresentation() + "]";
    }
}
