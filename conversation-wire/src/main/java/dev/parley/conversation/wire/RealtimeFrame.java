package dev.parley.conversation.wire;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import java.util.Objects;

/**
 * One frame of the realtime channel (UltraCart's {@code ConversationWebsocketMessage}) in domain
 * language, shared by the client and the fake. Read and write frames with
 * {@link UltraCartJson#serverFrame()} (what a server sends: {@link Event}, {@link Ping}, {@link Refusal})
 * and {@link UltraCartJson#agentFrame()} (what an agent sends: {@link SendMessage}, {@link SendTyping},
 * {@link Ping}).
 *
 * <pre>{@code
 * RealtimeFrame frame = json.serverFrame().read(text);
 * if (frame instanceof RealtimeFrame.Event e) {
 *     listener.onEvent(e.event());
 * } else if (frame instanceof RealtimeFrame.Refusal r) {
 *     pending.remove(r.clientMessageId()).completeExceptionally(r.toException());
 * }
 * }</pre>
 */
public sealed interface RealtimeFrame {

    /** The one {@link Ping}. */
    Ping PING = new Ping();

    /**
     * An event of the merchant, server to agent: a {@code message} frame for
     * {@link ConversationEvent.NewMessage}, an {@code event} frame for the others.
     *
     * @param event the event
     */
    record Event(ConversationEvent event) implements RealtimeFrame {
        /**
         * Creates the value, checking its components.
         *
         * @param event the event
         * @throws NullPointerException when {@code event} is null
         */
        public Event {
            Objects.requireNonNull(event, "event must not be null");
        }
    }

    /** {@code {"type":"ping"}}, either way; a server answers an agent's ping with one. */
    record Ping() implements RealtimeFrame {
    }

    /**
     * An agent's message, agent to server: {@code {"type":"message","conversation_uuid":U,"message":
     * {"body":...,"client_message_id":...,"upload_keys":[...]}}}.
     *
     * @param message the message to store
     */
    record SendMessage(OutgoingMessage message) implements RealtimeFrame {
        /**
         * Creates the value, checking its components.
         *
         * @param message the message to store
         * @throws NullPointerException when {@code message} is null
         */
        public SendMessage {
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /**
     * An agent typing, agent to server: {@code {"type":"event","event_type":"typing","conversation_uuid":U,
     * "event_typing":{"value":V}}}. The server relays it as a {@link ConversationEvent.Typing} with the
     * author filled in from the agent's authorization.
     *
     * @param conversation where
     * @param value        what the agent sent as typing; optional
     */
    record SendTyping(ConversationId conversation, String value) implements RealtimeFrame {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param value what the agent sent as typing; optional
         * @throws NullPointerException when {@code conversation} is null
         */
        public SendTyping {
            Objects.requireNonNull(conversation, "conversation must not be null");
        }
    }

    /**
     * The server refused a well-formed {@link SendMessage} or {@link SendTyping}: nothing was stored.
     *
     * <p>UltraCart does not document how it answers a refused frame, and the closed schema has no error
     * field, so this is the fake's protocol: an {@code updated message} event whose message is a notice
     * without {@code conversation_message_uuid} and {@code message_epoch} (which is how it differs from a
     * real delivery-status update), carrying the refused message's {@code client_message_id} (none for
     * typing) and the body {@code refused STATUS TOKEN: SENTENCE}:
     * <pre>{@code
     * {"type":"event","event_type":"updated message","conversation_uuid":"U",
     *  "event_updated_message":{"client_message_id":"X","type":"notice",
     *                           "body":"refused 409 not_a_participant: The agent has not joined conversation U"}}
     * }</pre>
     * The tokens and their statuses: {@code not_found} 404, {@code not_a_participant} 409,
     * {@code conversation_closed} 409, {@code unknown_upload_key} 400, {@code empty_message} 400,
     * {@code too_large} 413 ({@code refused} for a reason this version does not know).
     *
     * @param conversation    the conversation the refused frame named
     * @param clientMessageId the refused message's client message id; null for typing
     * @param status          an HTTP-like status: 404, 409, 400 or 413
     * @param reason          why; null when the conversation was not found (status 404)
     * @param sentence        what was wrong, as a sentence
     */
    record Refusal(
            ConversationId conversation,
            String clientMessageId,
            int status,
            MessageRefusedException.Reason reason,
            String sentence) implements RealtimeFrame {

        /**
         * Creates the value, checking its components.
         *
         * @param conversation the conversation the refused frame named
         * @param clientMessageId the refused message's client message id; null for typing
         * @param status an HTTP-like status: 404, 409, 400 or 413
         * @param reason why; null when the conversation was not found (status 404)
         * @param sentence what was wrong, as a sentence
         * @throws NullPointerException     when {@code conversation} or {@code sentence} is null
         * @throws IllegalArgumentException when {@code status} is not a 4xx
         */
        public Refusal {
            Objects.requireNonNull(conversation, "conversation must not be null");
            Objects.requireNonNull(sentence, "sentence must not be null");
            if (!isClientError(status)) {
                throw new IllegalArgumentException("refusal status must be between 400 and 499 but was " + status);
            }
        }

        /**
         * A refusal for {@code reason}, with the status that reason is answered with.
         *
         * @param conversation    the conversation the refused frame named
         * @param clientMessageId the refused message's client message id; null for typing
         * @param reason          why, or null when the conversation was not found
         * @param sentence        what was wrong
         * @return the refusal
         */
        public static Refusal of(
                ConversationId conversation, String clientMessageId, MessageRefusedException.Reason reason, String sentence) {
            return new Refusal(conversation, clientMessageId, RefusalBodies.statusOf(reason), reason, sentence);
        }

        /**
         * The refusal that tells an agent about {@code refused}, what a {@link dev.parley.conversation.domain.RealtimePort}
         * implementation threw: a {@link NotFoundException} is a {@code not_found}, a
         * {@link MessageRefusedException} its reason, any other exception a refusal with its own status
         * (400 when it has none) and no known reason.
         *
         * @param conversation    the conversation the refused frame named
         * @param clientMessageId the refused message's client message id; null for typing
         * @param refused         why the engine refused it
         * @return the refusal
         */
        public static Refusal of(ConversationId conversation, String clientMessageId, ConversationException refused) {
            String sentence = String.valueOf(refused.getMessage());
            if (refused instanceof NotFoundException) {
                return of(conversation, clientMessageId, null, sentence);
            }
            if (refused instanceof MessageRefusedException message) {
                int status = isClientError(message.statusCode()) ? message.statusCode() : RefusalBodies.statusOf(message.reason());
                return new Refusal(conversation, clientMessageId, status, message.reason(), sentence);
            }
            int status = isClientError(refused.statusCode()) ? refused.statusCode() : 400;
            return new Refusal(conversation, clientMessageId, status, MessageRefusedException.Reason.UNKNOWN, sentence);
        }

        private static boolean isClientError(int status) {
            return status >= 400 && status <= 499;
        }

        /**
         * Whether the conversation was not found (the only refusal without a {@link #reason()}).
         *
         * @return true when the conversation was not found
         */
        public boolean notFound() {
            return reason == null;
        }

        /**
         * The token written for this refusal: {@code not_found}, {@code not_a_participant}, ...
         *
         * @return the token
         */
        public String token() {
            return RefusalBodies.tokenOf(reason);
        }

        /**
         * The exception a {@link dev.parley.conversation.domain.AgentSession} completes the refused send
         * with: {@link NotFoundException} when not found, else {@link MessageRefusedException}.
         *
         * @return the exception, not thrown
         */
        public ConversationException toException() {
            if (reason == null) {
                return new NotFoundException(sentence, status, null, null);
            }
            return new MessageRefusedException(sentence, reason, clientMessageId, status);
        }
    }
}
