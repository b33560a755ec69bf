package dev.parley.conversation.domain;

/**
 * An agent's live session with UltraCart's conversation channel (the websocket that operation 2,
 * {@link ConversationPort#authorizeAgent()}, authorizes): every event of the merchant as it happens,
 * and the only way to send a message into a conversation, since UltraCart's REST API has none.
 *
 * <p>One instance acts as one agent of one merchant, like the {@link ConversationPort} of the same
 * credential. Implementations: the Retrofit client's websocket session (against UltraCart or the
 * fake) and the in-memory engine of the fake server; the compatibility kit's realtime rules pin both.
 *
 * <pre>{@code
 * try (AgentSession session = realtime.connect(event -> {
 *     if (event instanceof ConversationEvent.NewMessage m && !m.message().author().equals(me)) {
 *         session.sendMessage(OutgoingMessage.text(m.conversation(), "Thanks, we're on it!"));
 *     }
 * })) { ... }
 * }</pre>
 *
 * <p>Implementations are safe for use from many threads.
 */
public interface RealtimePort {

    /**
     * Opens a live session and returns once it is connected. Events reach {@code listener} in the
     * order the changes happened, one at a time, on a thread of the session's own (never the caller's);
     * a listener that throws is logged and the session goes on.
     *
     * @param listener receives the merchant's events, one at a time
     * @return the connected session; close it to disconnect
     * @throws UnauthorizedException when the credential (or the agent authorization it yields) is refused
     * @throws TransportException when the channel cannot be reached
     * @throws NullPointerException when {@code listener} is null
     */
    AgentSession connect(RealtimeListener listener);
}
