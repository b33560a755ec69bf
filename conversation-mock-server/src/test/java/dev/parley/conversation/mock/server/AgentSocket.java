package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An agent's software on the realtime channel, as a test writes it: authorized by operation 2, connected
 * to its websocket_url with the JWT as query parameter, recording the frames it receives.
 */
final class AgentSocket implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private AgentSocket() {
    }

    static AgentSocket connect(Http http, String key) {
        Reply reply = http.api("PUT", "/conversation/agent/auth").key(key).send();
        assertThat(reply.status()).as("agent authorization").isEqualTo(200);
        JsonNode auth = reply.json().path("agent_auth");
        String url = auth.path("websocket_url").asText();
        URI uri = URI.create(url + (url.contains("?") ? "&" : "?") + "jwt="
                + URLEncoder.encode(auth.path("jwt").asText(), StandardCharsets.UTF_8));
        AgentSocket agent = new AgentSocket();
        agent.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, agent).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return agent;
    }

    /** Sends one frame, as JSON text. */
    void send(String json) {
        socket.sendText(json, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Waits for the first frame received (from now on or already queued) that matches; fails after the wait. */
    JsonNode await(String what, Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                JsonNode frame = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no frame with " + what + " within " + WAIT.toSeconds() + " s");
                }
                if (matching.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(MAPPER.readTree(partial.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "test over");
    }
}
