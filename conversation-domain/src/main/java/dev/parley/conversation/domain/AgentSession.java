package dev.parley.conversation.domain;

import java.util.concurrent.CompletableFuture;

/**
 * One connected live session of an agent, opened by {@link RealtimePort#connect(RealtimeListener)}.
 * Closing it stops every event, thread and socket it holds.
 */
public interface AgentSession extends AutoCloseable {

    /**
     * Sends a message as the session's agent. The future completes with the message as the server
     * stored it (its id, time and the {@link OutgoingMessage#clientMessageId()} it was sent with), or
     * exceptionally with what refused it:
     * <ul>
     *   <li>{@link NotFoundException}: the merchant has no such conversation;</li>
     *   <li>{@link MessageRefusedException}: the agent is not a participant, the conversation is closed,
     *       an upload key is unknown, the message is empty or too large ({@link MessageRefusedException#reason()});</li>
     *   <li>{@link TransportException}: the session is not connected, or no answer came in time (the
     *       message may then still have been stored: read the conversation to know).</li>
     * </ul>
     * The listener also sees the stored message as a {@link ConversationEvent.NewMessage}, like every
     * other session of the merchant.
     *
     * @param message the message to send, with the client message id that identifies it
     * @return the stored message, or a future failed with why it was refused
     * @throws NullPointerException when {@code message} is null
     */
    CompletableFuture<Message> sendMessage(OutgoingMessage message);

    /**
     * Tells the conversation's other participants that the agent is typing ({@code value} is what the
     * agent has typed so far, or a marker the console chooses). Fire and forget: nothing is stored.
     *
     * @param conversation the conversation the agent is typing in
     * @param value what the agent has typed so far, or the console's marker
     * @throws TransportException when the session is not connected
     * @throws NullPointerException when an argument is null
     */
    void sendTyping(ConversationId conversation, String value);

    /**
     * Whether the session is connected now (a session that is reconnecting is not).
     *
     * @return true while connected
     */
    boolean isOpen();

    /** Ends the session for good: no event after this returns, and no thread or socket is left. Idempotent. */
    @Override
    void close();
}
