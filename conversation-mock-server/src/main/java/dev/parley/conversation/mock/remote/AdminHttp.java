package dev.parley.conversation.mock.remote;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.mock.server.RecordedRequest;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fake's control plane over HTTP: JSON bodies as maps (the control plane's bodies are small and
 * flat), the API's own bodies through the wire module, errors as the embedded twin throws them.
 */
final class AdminHttp {
    static final UltraCartJson JSON = UltraCartJson.create();
    private static final String ADMIN = "/__admin";
    private static final JsonAdapter<Map<String, Object>> MAP = new Moshi.Builder().build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    /** How long a request may take besides any wait the fake was asked for. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI root;
    private final HttpClient client;

    AdminHttp(URI root, HttpClient client) {
        this.root = root;
        this.client = client;
    }

    /**
     * Sends a control-plane request and gives the answer's body (empty for 204).
     *
     * @param credential the tenant's credential, or null for the server's own endpoints
     * @param body       the JSON body, or null for none
     * @throws IllegalArgumentException 400: what was sent was refused (the fake's message)
     * @throws NotFoundException        404: no such conversation, queue or upload in the tenant
     * @throws IllegalStateException    any other error answer
     * @throws UncheckedIOException     when the fake cannot be reached
     */
    String send(String credential, String method, String path, String body) {
        return send(credential, method, path, body, Duration.ZERO);
    }

    /** As {@link #send(String, String, String, String)}, for a request the fake may hold up to {@code wait}. */
    String send(String credential, String method, String path, String body, Duration wait) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + ADMIN + path))
                .timeout(TIMEOUT.plus(wait))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credential != null) {
            request.header("x-ultracart-simple-key", credential);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the fake at " + root + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the fake at " + root, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String message = method + " " + ADMIN + path + " answered " + status + ": " + developerMessage(response);
        if (status == 400) {
            throw new IllegalArgumentException(message);
        }
        if (status == 404) {
            throw new NotFoundException(message, 404, null, null);
        }
        throw new IllegalStateException(message);
    }

    private static String developerMessage(HttpResponse<String> response) {
        try {
            ErrorDetails details = JSON.error().read(response.body());
            return details.developerMessage();
        } catch (TransportException e) {
            return response.headers().firstValue("UC-REST-ERROR").orElse("(no message)");
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }

    static Map<String, Object> object(String json) {
        try {
            Map<String, Object> value = MAP.fromJson(json);
            if (value == null) {
                throw new IllegalStateException("the fake answered null where an object was expected");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("the fake answered what is not a JSON object: " + e.getMessage(), e);
        }
    }

    static String json(Map<String, ?> fields) {
        Map<String, Object> present = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return MAP.toJson(present);
    }

    /** The requests of a {@code {"requests": [...]}} answer. */
    static List<RecordedRequest> requests(String json) {
        return requests(object(json));
    }

    @SuppressWarnings("unchecked")
    static List<RecordedRequest> requests(Map<String, Object> answer) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) answer.getOrDefault("requests", List.of());
        List<RecordedRequest> requests = new ArrayList<>(entries.size());
        for (Map<String, Object> entry : entries) {
            requests.add(new RecordedRequest(
                    (String) entry.get("method"),
                    (String) entry.get("path"),
                    (String) entry.get("query"),
                    (Map<String, String>) entry.getOrDefault("headers", Map.of()),
                    (String) entry.get("body"),
                    ((Number) entry.get("status")).intValue(),
                    UltraCartJson.parseDateTime((String) entry.get("received_dts")),
                    (List<String>) entry.getOrDefault("notes", List.of())));
        }
        return requests;
    }
}
