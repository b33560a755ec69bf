package dev.parley.conversation.mock.remote;

import dev.parley.conversation.mock.server.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The control plane of a fake UltraCart running in another JVM or process (the standalone jar, a
 * container, a fake embedded in another test run), from Java: the HTTP twin of
 * {@link dev.parley.conversation.mock.server.FakeUltraCart#control(String)} over {@code /__admin}.
 *
 * <pre>{@code
 * RemoteFakeUltraCart fake = RemoteFakeUltraCart.at("http://127.0.0.1:8089");
 * RemoteTenant tenant = fake.control("test-key");
 * ConversationId id = tenant.customerStartsConversation(Medium.SMS, null,
 *         ParticipantArn.of("arn:customer:+15125550100"), "Ada", "Where is my order?");
 * // ... the application under test calls fake.baseUrl() with the key "test-key" ...
 * RecordedRequest join = tenant.awaitRequest(r -> r.path().endsWith("/join"), Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Uses {@code java.net.http} and nothing else. Safe for use from many threads.
 */
public final class RemoteFakeUltraCart {
    private static final String API_PATH = "/rest/v2";

    private final AdminHttp http;
    private final URI root;

    private RemoteFakeUltraCart(URI root, HttpClient client) {
        this.root = root;
        this.http = new AdminHttp(root, client);
    }

    /**
     * The fake at {@code url}: its root ({@code http://HOST:PORT}) or its base URL ({@code .../rest/v2}).
     *
     * @param url where the fake listens
     * @return a client of its control plane
     * @throws IllegalArgumentException when the URL is not http(s) with a host
     */
    public static RemoteFakeUltraCart at(String url) {
        return at(url, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    /**
     * The fake at {@code url}, reached with {@code client} (for a proxy, TLS settings or an executor of your own).
     *
     * @param url    where the fake listens: its root or its base URL
     * @param client the HTTP client to send with
     * @return a client of its control plane
     * @throws IllegalArgumentException when the URL is not http(s) with a host
     */
    public static RemoteFakeUltraCart at(String url, HttpClient client) {
        Objects.requireNonNull(client, "client must not be null");
        return new RemoteFakeUltraCart(root(url), client);
    }

    /**
     * The API's base URL, {@code http://HOST:PORT/rest/v2}: where a client would otherwise use
     * {@code https://secure.ultracart.com/rest/v2}.
     *
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        return root + API_PATH;
    }

    /**
     * The control plane of the tenant of {@code credential} (created on first use).
     *
     * @param credential the simple key or bearer token the tenant's API calls use
     * @return that tenant's control plane
     * @throws IllegalArgumentException when the credential is null or blank
     */
    public RemoteTenant control(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new IllegalArgumentException("credential must not be blank but was " + (credential == null ? "null" : "blank"));
        }
        return new RemoteTenant(http, credential.strip());
    }

    /**
     * The API requests the fake refused for their credential, oldest first, masked (see
     * {@link dev.parley.conversation.mock.server.FakeUltraCart#refusedRequests()}).
     *
     * @return the refused requests
     * @throws IllegalStateException when the fake cannot be reached or answers with an error
     */
    public List<RecordedRequest> refusedRequests() {
        return AdminHttp.requests(http.send(null, "GET", "/refused-requests", null));
    }

    /**
     * Empties the fake's journal of refused requests.
     *
     * @throws IllegalStateException when the fake cannot be reached or answers with an error
     */
    public void clearRefusedRequests() {
        http.send(null, "DELETE", "/refused-requests", null);
    }

    @Override
    public String toString() {
        return "RemoteFakeUltraCart[" + root + "]";
    }

    private static URI root(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url must not be null");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url must be http(s)://HOST:PORT but was \"" + url + "\"", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be http(s)://HOST:PORT but was \"" + url + "\"");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(API_PATH)) {
            path = path.substring(0, path.length() - API_PATH.length());
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }
}
