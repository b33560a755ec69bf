package dev.parley.conversation.mock.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed base clock and engine shared by the engine's tests. */
final class EngineFixture {
    static final Instant T0 = Instant.parse("2026-11-24T05:32:16.123Z");

    private EngineFixture() {
    }

    static ConversationEngine frozenEngine() {
        return ConversationEngine.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    }
}
