package dev.parley.conversation.domain;

/**
 * Receives a live session's events ({@link RealtimePort#connect(RealtimeListener)}), one at a time,
 * in order, on the session's own thread. An exception thrown here is logged and the session goes on.
 */
@FunctionalInterface
public interface RealtimeListener {

    /**
     * One event of the merchant: a {@code switch} over the sealed {@link ConversationEvent} is exhaustive.
     *
     * @param event what happened
     */
    void onEvent(ConversationEvent event);

    /**
     * The session's connection changed: {@link ConnectionState#DISCONNECTED} with the cause when it
     * dropped and will be reconnected, {@link ConnectionState#CONNECTED} when it is back (after a
     * reconnect, messages missed meanwhile are delivered as {@link ConversationEvent.NewMessage} events
     * by implementations that back-fill), {@link ConnectionState#CLOSED} when it ended for good (cause
     * null after {@link AgentSession#close()}). Does nothing by default.
     *
     * @param state the new state
     * @param cause why it dropped or ended; null when it did not fail
     */
    default void onConnectionChanged(ConnectionState state, Throwable cause) {
    }

    /** The states a live session passes through. */
    enum ConnectionState {
        /** Connected: events flow. */
        CONNECTED,
        /** Dropped; the session is reconnecting. */
        DISCONNECTED,
        /** Ended for good: closed by the caller, refused by the server, or out of reconnect attempts. */
        CLOSED
    }
}
