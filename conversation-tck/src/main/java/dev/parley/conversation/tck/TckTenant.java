package dev.parley.conversation.tck;

import dev.parley.conversation.domain.ConversationPort;
import java.util.Objects;

/**
 * One merchant's sandbox under test: the port acting as that merchant's agent, and the backstage
 * that drives the same merchant's customers and clock. {@link ConversationPortVerification#newTenant()}
 * makes one per test.
 *
 * @param port      the implementation under test, as this tenant's agent
 * @param backstage the driver for what the API cannot do, on the same tenant
 */
public record TckTenant(ConversationPort port, Backstage backstage) {
    /**
     * Creates the value, checking its components.
     *
     * @param port the implementation under test, as this tenant's agent
     * @param backstage the driver for what the API cannot do, on the same tenant
     * @throws NullPointerException when either is null
     */
    public TckTenant {
        Objects.requireNonNull(port, "port must not be null");
        Objects.requireNonNull(backstage, "backstage must not be null");
    }
}
