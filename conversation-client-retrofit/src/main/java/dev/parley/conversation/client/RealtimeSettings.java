package dev.parley.conversation.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How the client's live sessions behave, as {@link UltraCartConversationClient.Builder} configured them.
 *
 * @param jwtPresentation       where the agent JWT goes on the upgrade request
 * @param pingInterval          OkHttp's websocket ping interval: a socket that misses a pong is dropped
 * @param keepAliveInterval     how often the agent keepalive (operation 1) is called while a session lives
 * @param reconnectInitialDelay the cap of the first reconnect wait (full jitter: a random wait up to it)
 * @param reconnectMaxDelay     the largest cap, reached by doubling
 * @param maxReconnectAttempts  failed attempts in a row after which a session ends
 * @param sendTimeout           how long a sent message waits for the server's answer
 * @param closeTimeout          how long {@code close()} waits for the server to acknowledge the close
 * @param rememberedMessages    message ids remembered to deliver each message once
 * @param followedConversations conversations remembered for back-fill after a reconnect
 * @param jitter                a random number in [0, 1) for each wait
 */
record RealtimeSettings(
        UltraCartConversationClient.JwtPresentation jwtPresentation,
        Duration pingInterval,
        Duration keepAliveInterval,
        Duration reconnectInitialDelay,
        Duration reconnectMaxDelay,
        int maxReconnectAttempts,
        Duration sendTimeout,
        Duration closeTimeout,
        int rememberedMessages,
        int followedConversations,
        DoubleSupplier jitter) {

    /** The wait before reconnect attempt {@code attempt} (1 for the first): full jitter over a doubling cap. */
    Duration reconnectDelay(int attempt) {
        long initial = reconnectInitialDelay.toMillis();
        long max = reconnectMaxDelay.toMillis();
        long cap = attempt >= 31 ? max : Math.min(max, initial << Math.max(0, attempt - 1));
        if (cap < initial) {
            cap = max;
        }
        return Duration.ofMillis((long) (cap * jitter.getAsDouble()));
    }
}
