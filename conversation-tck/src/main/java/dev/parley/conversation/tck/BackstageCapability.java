package dev.parley.conversation.tck;

/**
 * What a {@link Backstage} can drive; the kit skips tests whose capability is declined. New versions of
 * the kit add values (with default methods that decline them), so name the capabilities a backstage
 * offers ({@code EnumSet.of(...)}) rather than offering {@code EnumSet.allOf(...)}.
 */
public enum BackstageCapability {
    /** {@link Backstage#customerStartsConversation}. */
    CUSTOMER_CONVERSATIONS,
    /** {@link Backstage#messageArrives}. */
    MESSAGES,
    /** {@link Backstage#recordWebchatContext}. */
    WEBCHAT_CONTEXT,
    /** {@link Backstage#createQueue} and {@link Backstage#customerWaits}. */
    QUEUES,
    /** {@link Backstage#advanceClock} and {@link Backstage#now}. */
    CLOCK,
    /** {@link Backstage#closeConversation}: the realtime rules on closed conversations. */
    CLOSE_CONVERSATIONS,
    /** {@link Backstage#customerTypes}: the realtime rule on a customer's typing. */
    CUSTOMER_TYPING,
    /** {@link Backstage#changeTransportStatus}: the realtime rule on delivery statuses. */
    TRANSPORT_STATUSES,
    /** {@link Backstage#dropSockets}: the realtime rule on delivery across a dropped connection. */
    DROP_SOCKETS
}
