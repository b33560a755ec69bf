package dev.parley.conversation.tck;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import java.util.Objects;

/**
 * One merchant's sandbox under test: the port acting as that merchant's agent, the backstage that
 * drives the same merchant's customers and clock, and (optionally) the realtime port of the same agent.
 * {@link ConversationPortVerification#newTenant()} makes one per test.
 *
 * <pre>{@code
 * new TckTenant(client, backstage).withRealtime(realtimeClient)
 * }</pre>
 *
 * @param port      the implementation under test, as this tenant's agent
 * @param backstage the driver for what the API cannot do, on the same tenant
 * @param realtime  the live channel of the same agent, or null to decline the realtime rules (they are
 *                  then skipped, saying {@link ConversationPortVerification#whyRealtimeDeclined()})
 */
public record TckTenant(ConversationPort port, Backstage backstage, RealtimePort realtime) {
    /**
     * Creates the value, checking its components.
     *
     * @param port      the implementation under test, as this tenant's agent
     * @param backstage the driver for what the API cannot do, on the same tenant
     * @param realtime  the live channel of the same agent, or null to decline the realtime rules
     * @throws NullPointerException when the port or the backstage is null
     */
    public TckTenant {
        Objects.requireNonNull(port, "port must not be null");
        Objects.requireNonNull(backstage, "backstage must not be null");
    }

    /**
     * A tenant without a realtime port: the realtime rules are skipped.
     *
     * @param port      the implementation under test, as this tenant's agent
     * @param backstage the driver for what the API cannot do, on the same tenant
     * @throws NullPointerException when either is null
     */
    public TckTenant(ConversationPort port, Backstage backstage) {
        this(port, backstage, null);
    }

    /**
     * This tenant with the realtime port of the same agent, so the realtime rules run.
     *
     * @param realtime the live channel acting as the same agent of the same merchant as {@link #port()}
     * @return a new tenant with it
     * @throws NullPointerException when {@code realtime} is null
     */
    public TckTenant withRealtime(RealtimePort realtime) {
        return new TckTenant(port, backstage, Objects.requireNonNull(realtime, "realtime port must not be null"));
    }
}
