package dev.parley.conversation.mock.server;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One API request the fake received for a tenant, as its journal keeps it
 * ({@link FakeTenant#requests()}, {@code GET /__admin/requests}).
 *
 * @param method     the HTTP method
 * @param path       the request path, such as {@code /rest/v2/conversation/conversations}
 * @param query      the raw query string without {@code ?}; null when there was none
 * @param headers    the headers by lower-case name (repeated headers joined with {@code ", "}); the
 *                   credentials ({@code x-ultracart-simple-key}, {@code authorization}) read {@code ****}
 * @param body       the body as text (at most {@value Journal#MAX_BODY_CHARS} characters, then cut
 *                   with a note); null when there was none
 * @param status     the status answered, or 0 when the connection was dropped without an answer
 * @param receivedAt when the request arrived, on the server's clock
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, String> headers,
        String body,
        int status,
        Instant receivedAt) {

    /**
     * Creates the value, checking its components.
     *
     * @param method the HTTP method
     * @param path the request path, such as {@code /rest/v2/conversation/conversations}
     * @param query the raw query string without {@code ?}; null when there was none
     * @param headers the headers by lower-case name (repeated headers joined with {@code ", "}); the credentials ({@code x-ultracart-simple-key}, {@code authorization}) read {@code ****}
     * @param body the body as text (at most {@value Journal#MAX_BODY_CHARS} characters, then cut with a note); null when there was none
     * @param status the status answered, or 0 when the connection was dropped without an answer
     * @param receivedAt when the request arrived, on the server's clock
     * @throws NullPointerException when method, path, headers or receivedAt is null
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
        Objects.requireNonNull(receivedAt, "received at must not be null");
    }
}
