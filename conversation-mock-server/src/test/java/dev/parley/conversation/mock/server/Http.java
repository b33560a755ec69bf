package dev.parley.conversation.mock.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client (java.net.http, HTTP/1.1) for the fake's tests: no Parley code between test and server. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String root;

    Http(FakeUltraCart fake) {
        this(fake.baseUrl().substring(0, fake.baseUrl().length() - FakeUltraCart.API_PATH.length()));
    }

    /** A client of the server at {@code root}, {@code http://HOST:PORT}. */
    Http(String root) {
        this.root = root;
    }

    /** The server's root, {@code http://127.0.0.1:PORT}. */
    String root() {
        return root;
    }

    /** A request to a path under {@code /rest/v2}. */
    Call api(String method, String path) {
        return new Call(method, root + FakeUltraCart.API_PATH + path);
    }

    /** A request to a path under {@code /__admin}. */
    Call admin(String method, String path) {
        return new Call(method, root + "/__admin" + path);
    }

    /** A request to any URL. */
    Call to(String method, String url) {
        return new Call(method, url);
    }

    /** One request being built. */
    static final class Call {
        private final String method;
        private final String url;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private Duration timeout;

        private Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call key(String key) {
            return header("x-ultracart-simple-key", key);
        }

        Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Call json(String json) {
            header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        Call bytes(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        Call timeout(Duration wait) {
            this.timeout = wait;
            return this;
        }

        HttpRequest request() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).method(method, body);
            for (int i = 0; i < headers.size(); i += 2) {
                builder.header(headers.get(i), headers.get(i + 1));
            }
            if (timeout != null) {
                builder.timeout(timeout);
            }
            return builder.build();
        }

        /** Sends the request; an I/O failure is unexpected here. */
        Reply send() {
            try {
                return sendOrFail();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends the request, letting an I/O failure through (for dropped connections). */
        Reply sendOrFail() throws IOException {
            try {
                HttpResponse<byte[]> response = CLIENT.send(request(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(response.statusCode(), response.headers(), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        CompletableFuture<Reply> sendAsync() {
            return CLIENT.sendAsync(request(), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> new Reply(response.statusCode(), response.headers(), response.body()));
        }
    }
}
