package dev.parley.conversation.client;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.wire.UltraCartJson;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * {@link RealtimePort} over OkHttp's websocket: each {@link #connect(RealtimeListener)} opens a
 * {@link WebSocketSession} of its own, authorized through the client's REST port.
 */
final class WebSocketRealtime implements RealtimePort {
    private final ConversationPort rest;
    private final OkHttpClient http;
    private final UltraCartJson json;
    private final RealtimeSettings settings;
    private final Clock clock;
    private final Duration connectTimeout;

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
        return WebSocketSession.open(rest, http, json, settings, listener, clock, connectTimeout);
    }

    @Override
    public String toString() {
        return "RealtimePort[" + rest + ", jwt as " + settings.jwtPresentation() + "]";
    }
}
