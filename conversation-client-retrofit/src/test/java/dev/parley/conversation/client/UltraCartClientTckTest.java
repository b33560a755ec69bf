package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;

/**
 * The whole compatibility kit against this client talking to the fake over real HTTP: every tenant a
 * fresh key, its backstage the fake's {@code /__admin} control plane over HTTP. The fake validates
 * every request against openapi.json, so a request the client shapes wrongly fails the kit.
 */
class UltraCartClientTckTest extends ConversationPortVerification {

    @Override
    protected TckTenant newTenant() {
        String key = FakeOverHttp.newKey();
        return new TckTenant(FakeOverHttp.client(key).build(), FakeOverHttp.backstage(key));
    }

    /**
     * The fake gives every non-blank key a tenant of its own, so what it refuses is a request without
     * one; the client never sends such a request itself (its builder refuses a blank key), so this port
     * loses its key on the way out.
     */
    @Override
    protected ConversationPort portWithBadCredential() {
        return FakeOverHttp.client(FakeOverHttp.newKey())
                .okHttpClient(FakeOverHttp.HTTP.newBuilder()
                        .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                                .removeHeader(Credential.SIMPLE_KEY_HEADER).build()))
                        .build())
                .build();
    }
}
