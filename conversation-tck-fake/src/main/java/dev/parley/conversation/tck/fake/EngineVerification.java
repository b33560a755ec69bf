package dev.parley.conversation.tck.fake;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.util.UUID;

/**
 * The whole compatibility kit against the in-memory engine, in-process, with no adapter of your own:
 * for a decorator of the port (a cache, metrics, retries, an anti-corruption layer) that must keep the
 * contract. Every tenant is a fresh credential of this test's engine, its backstage the engine's own
 * control ({@link EngineBackstage}), its realtime port the engine's live sessions (so the realtime rules
 * run, but the one that drops sockets); the bad-credential rule runs on a credential the engine refuses.
 *
 * <pre>{@code
 * class CachingPortTckTest extends EngineVerification {
 *     @Override
 *     protected ConversationPort decorate(ConversationPort port) {
 *         return new CachingPort(port);
 *     }
 * }
 * }</pre>
 *
 * <p>Each test gets an engine of its own ({@link #newEngine()}), so nothing is shared between tests.
 */
public abstract class EngineVerification extends ConversationPortVerification {

    /** For subclasses: the kit against a fresh engine per test. */
    protected EngineVerification() {
    }
    private ConversationEngine engine;

    /**
     * The engine of this test, built on first use with {@link #newEngine()}.
     *
     * @return the engine the tenants live in
     */
    protected final ConversationEngine engine() {
        if (engine == null) {
            engine = newEngine();
        }
        return engine;
    }

    /**
     * Builds the engine the kit runs against. By default the engine's defaults (system clock, tenants
     * empty); override to set a clock or a public base URL.
     *
     * @return a new engine
     */
    protected ConversationEngine newEngine() {
        return ConversationEngine.builder().build();
    }

    /**
     * The port under test, made from the engine's port of one tenant. By default the engine's port itself.
     *
     * @param port the engine's port of a fresh tenant
     * @return the port the kit judges
     */
    protected ConversationPort decorate(ConversationPort port) {
        return port;
    }

    /**
     * The realtime port under test, made from the engine's realtime port of the same tenant. By default
     * the engine's own; return null to skip the realtime rules.
     *
     * @param realtime the engine's realtime port of the tenant {@link #decorate} was given the port of
     * @return the realtime port the kit judges, or null
     */
    protected RealtimePort decorateRealtime(RealtimePort realtime) {
        return realtime;
    }

    /** A fresh credential of the engine: the decorated ports and the engine's backstage. */
    @Override
    protected TckTenant newTenant() {
        String credential = "parley-tck-" + UUID.randomUUID();
        TckTenant tenant = new TckTenant(decorate(engine().port(credential)), EngineBackstage.of(engine(), credential));
        RealtimePort realtime = decorateRealtime(engine().realtime(credential));
        return realtime == null ? tenant : tenant.withRealtime(realtime);
    }

    @Override
    protected String whyRealtimeDeclined() {
        return getClass().getSimpleName() + ".decorateRealtime(...) returned null";
    }

    /** The decorated port of a credential the engine was told to refuse ({@code TenantControl.refuseCredential}). */
    @Override
    protected ConversationPort portWithBadCredential() {
        String credential = "parley-tck-refused-" + UUID.randomUUID();
        engine().control(credential).refuseCredential(true);
        return decorate(engine().port(credential));
    }
}
