package dev.parley.conversation.mock.server;

import java.time.Instant;
import java.util.List;
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
 * @param notes      what the fake has to say about the request besides its answer: in lenient mode the
 *                   undocumented fields and query parameters it ignored (such as {@code `participant_arns`
 *                   was ignored: it is not a field of a start request; did you mean
 *                   `add_conversation_participant_arns`?}); for a refused credential, why; empty when none
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, String> headers,
        String body,
        int status,
        Instant receivedAt,
        List<String> notes) {

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
     * @param notes what the fake has to say about the request besides its answer; empty when nothing
     * @throws NullPointerException when method, path, headers, receivedAt or notes is null
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
        Objects.requireNonNull(receivedAt, "received at must not be null");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes must not be null"));
    }

    /**
     * A request without notes.
     *
     * @param method     the HTTP method
     * @param path       the request path
     * @param query      the raw query string without {@code ?}; null when there was none
     * @param headers    the headers by lower-case name, credentials masked
     * @param body       the body as text; null when there was none
     * @param status     the status answered, or 0 when the connection was dropped
     * @param receivedAt when the request arrived
     */
    public RecordedRequest(String method, String path, String query, Map<String, String> headers, String body, int status,
                           Instant receivedAt) {
        this(method, path, query, headers, body, status, receivedAt, List.of());
    }

    /**
     * The request in one line, as a failure message shows it: {@code GET /rest/v2/conversation/conversations?_limit=5 -> 200}.
     *
     * @return method, path, query and status
     */
    public String summary() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }

    /**
     * The value of a header, by any case of its name.
     *
     * @param name the header's name
     * @return its value, or null when it was not sent
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
