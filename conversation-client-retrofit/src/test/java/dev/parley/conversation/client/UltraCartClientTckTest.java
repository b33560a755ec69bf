package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.tck.fake.FakeUltraCartVerification;
import java.time.Duration;

/**
 * The whole compatibility kit, REST and realtime, against this client talking to the embedded fake over
 * real HTTP and its websocket, wired as a user wires it: the ready {@link FakeUltraCartVerification}, no
 * backstage or adapter of our own. Every tenant is a fresh key; the fake validates every request against
 * openapi.json, so a request the client shapes wrongly fails the kit; the bad-credential rule runs on a
 * key the fake refuses; the rule on dropped sockets drops them with the fake's control plane.
 */
class UltraCartClientTckTest extends FakeUltraCartVerification {

    @Override
    protected ConversationPort newPort(String baseUrl, String credential) {
        return client(baseUrl, credential);
    }

    @Override
    protected RealtimePort newRealtimePort(String baseUrl, String credential) {
        return client(baseUrl, credential).realtime();
    }

    /** A client of the tenant, on the shared connection pool, reconnecting quickly after a drop. */
    static UltraCartConversationClient client(String baseUrl, String credential) {
        return UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(credential)
                .okHttpClient(FakeOverHttp.HTTP)
                .realtimeReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(500))
                .build();
    }
}
