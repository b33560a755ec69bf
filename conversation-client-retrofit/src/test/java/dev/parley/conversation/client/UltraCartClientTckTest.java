package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.tck.fake.FakeUltraCartVerification;

/**
 * The whole compatibility kit against this client talking to the embedded fake over real HTTP, wired
 * as a user wires it: the ready {@link FakeUltraCartVerification}, no backstage or adapter of our own.
 * Every tenant is a fresh key; the fake validates every request against openapi.json, so a request the
 * client shapes wrongly fails the kit; the bad-credential rule runs on a key the fake refuses.
 */
class UltraCartClientTckTest extends FakeUltraCartVerification {

    @Override
    protected ConversationPort newPort(String baseUrl, String credential) {
        return UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(credential)
                .okHttpClient(FakeOverHttp.HTTP).build();
    }

    @Override
    protected String whyRealtimeDeclined() {
        return "the fake's websocket has not landed on main yet";
    }
}
