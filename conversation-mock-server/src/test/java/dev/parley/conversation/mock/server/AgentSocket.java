package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * An agent's software on the realtime channel, as a test writes it: authorized by operation 2, connected
 * to its websocket_url with the JWT as query parameter ({@link WsClient}), reading the frames it receives
 * as JSON.
 */
final class AgentSocket implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WsClient client;

    private AgentSocket(WsClient client) {
        this.client = client;
    }

    static AgentSocket connect(Http http, String key) {
        Reply reply = http.api("PUT", "/conversation/agent/auth").key(key).send();
        assertThat(reply.status()).as("agent authorization").isEqualTo(200);
        JsonNode auth = reply.json().path("agent_auth");
        return new AgentSocket(WsClient.connect(auth.path("websocket_url").asText(), auth.path("jwt").asText()));
    }

    /** Sends one frame, as JSON text. */
    void send(String json) {
        client.send(json);
    }

    /**
     * The first frame received (from now on, or already queued) that matches, skipping the others; fails
     * when no frame arrives within {@link WsClient#TIMEOUT_SECONDS}.
     */
    JsonNode await(String what, Predicate<JsonNode> matching) {
        while (true) {
            String text = client.nextText();
            try {
                JsonNode frame = MAPPER.readTree(text);
                if (matching.test(frame)) {
                    return frame;
                }
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("waiting for " + what + ", a frame was not JSON: " + text, e);
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
