package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * The compatibility kit against the in-memory engine: every tenant a fresh credential of the test's own
 * engine (one per test, so that mutation testing also reaches what an engine does when built), every
 * backstage capability offered. The engine's base clock is frozen, so time moves only when the kit
 * advances a tenant's clock (and by the engine's own millisecond steps between events), and it
 * publishes on an https address, so its URLs are the secure ones UltraCart gives. The bad-credential
 * rule runs on a tenant whose credential the control plane refuses.
 */
class EngineTckTest extends ConversationPortVerification {
    private final ConversationEngine engine = ConversationEngine.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-24T05:32:16.123Z"), ZoneOffset.UTC))
            .publicBaseUrl(() -> URI.create("https://conversations.parley.example"))
            .build();

    @Override
    protected TckTenant newTenant() {
        return EngineBackstage.newTenant(engine, UnaryOperator.identity());
    }

    @Override
    protected ConversationPort portWithBadCredential() {
        return EngineBackstage.refusedPort(engine);
    }
}
