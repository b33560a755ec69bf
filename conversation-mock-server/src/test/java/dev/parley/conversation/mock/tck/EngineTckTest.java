package dev.parley.conversation.mock.tck;

import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.util.function.UnaryOperator;

/**
 * The compatibility kit against the in-memory engine: every tenant a fresh credential of one engine,
 * every backstage capability offered. The engine has no credential it refuses (the fake server's HTTP
 * layer answers 401), so the bad-credential rule is declined here and runs over HTTP.
 */
class EngineTckTest extends ConversationPortVerification {
    private static final ConversationEngine ENGINE = ConversationEngine.builder().build();

    @Override
    protected TckTenant newTenant() {
        return EngineBackstage.newTenant(ENGINE, UnaryOperator.identity());
    }
}
