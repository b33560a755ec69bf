package dev.parley.conversation.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A response as the tests see it.
 *
 * @param status  the status code
 * @param headers the headers
 * @param bytes   the body
 */
record Reply(int status, HttpHeaders headers, byte[] bytes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
        try {
            return MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not JSON (status " + status + "): " + body(), e);
        }
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body();
    }
}
