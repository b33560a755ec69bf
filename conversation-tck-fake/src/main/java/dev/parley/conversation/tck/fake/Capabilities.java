package dev.parley.conversation.tck.fake;

import dev.parley.conversation.tck.BackstageCapability;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The capabilities the ready backstages offer. */
final class Capabilities {
    /** What the REST rules need: customers, messages, contexts, queues and the clock. */
    static final Set<BackstageCapability> REST = Collections.unmodifiableSet(EnumSet.of(
            BackstageCapability.CUSTOMER_CONVERSATIONS, BackstageCapability.MESSAGES,
            BackstageCapability.WEBCHAT_CONTEXT, BackstageCapability.QUEUES, BackstageCapability.CLOCK));

    /** What the engine drives: the REST rules' and the realtime rules', but dropping sockets (it has none). */
    static final Set<BackstageCapability> ENGINE = Collections.unmodifiableSet(EnumSet.of(
            BackstageCapability.CUSTOMER_CONVERSATIONS, BackstageCapability.MESSAGES,
            BackstageCapability.WEBCHAT_CONTEXT, BackstageCapability.QUEUES, BackstageCapability.CLOCK,
            BackstageCapability.CLOSE_CONVERSATIONS, BackstageCapability.CUSTOMER_TYPING,
            BackstageCapability.TRANSPORT_STATUSES));

    private Capabilities() {
    }
}
