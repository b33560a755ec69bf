package dev.parley.conversation.client;

import dev.parley.conversation.mock.server.FakeUltraCart;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * One fake UltraCart for the test classes that talk to it over real HTTP, started on first use with
 * strict validation (every request the client sends is checked against openapi.json) and stopped
 * with the JVM. Tenants keep the tests apart: each test takes a fresh random key.
 */
final class FakeOverHttp {
    static final FakeUltraCart FAKE = FakeUltraCart.builder().strictValidation(true).start();
    /** Shared by the clients and backstages of a run, as an application would share it. */
    static final OkHttpClient HTTP = new OkHttpClient();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FAKE::close, "fake-ultracart-stop"));
    }

    private FakeOverHttp() {
    }

    /** A credential no other test uses: a tenant of its own. */
    static String newKey() {
        return "client-test-" + UUID.randomUUID();
    }

    /** A client of this tenant, on the shared connection pool. */
    static UltraCartConversationClient.Builder client(String key) {
        return UltraCartConversationClient.builder().baseUrl(FAKE.baseUrl()).simpleKey(key).okHttpClient(HTTP);
    }

    static HttpBackstage backstage(String key) {
        return HttpBackstage.forBaseUrl(FAKE.baseUrl(), key, HTTP);
    }
}
