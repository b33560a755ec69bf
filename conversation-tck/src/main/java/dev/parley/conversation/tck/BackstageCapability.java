package dev.parley.conversation.tck;

/** What a {@link Backstage} can drive; the kit skips tests whose capability is declined. */
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
    CLOCK
}
