package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * One event of a merchant on a live session ({@link RealtimeListener#onEvent(ConversationEvent)}):
 * UltraCart's websocket frames ({@code ConversationWebsocketMessage}) in domain language. Sealed, so a
 * {@code switch} over it is exhaustive; a frame this version does not know is {@link Unrecognized},
 * never an error.
 *
 * <pre>{@code
 * switch (event) {
 *     case ConversationEvent.NewMessage m -> show(m.conversation(), m.message());
 *     case ConversationEvent.Typing t -> showTyping(t.conversation(), t.authorName());
 *     default -> { }
 * }
 * }</pre>
 * (Pattern matching in {@code switch} needs Java 21; on 17 use {@code instanceof}.)
 */
public sealed interface ConversationEvent {

    /**
     * The conversation the event concerns, or null when it concerns none (a queue's status, or an
     * unrecognized frame without one).
     *
     * @return the conversation's id, or null
     */
    ConversationId conversationId();

    /**
     * A conversation started (operation 12, or a customer): {@code event} {@code new conversation}.
     *
     * @param summary the new conversation
     */
    record NewConversation(ConversationSummary summary) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param summary the new conversation
         * @throws IllegalArgumentException when {@code summary} is null
         */
        public NewConversation {
            Checks.nonNull(summary, "summary");
        }

        @Override
        public ConversationId conversationId() {
            return summary.id();
        }
    }

    /**
     * A message was stored, whoever sent it (the agent's own included): a {@code message} frame.
     *
     * @param conversation where
     * @param message      the stored message, with its id, time and client message id
     */
    record NewMessage(ConversationId conversation, Message message) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param message the stored message, with its id, time and client message id
         * @throws IllegalArgumentException when an argument is null
         */
        public NewMessage {
            Checks.nonNull(conversation, "conversation");
            Checks.nonNull(message, "message");
        }

        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }

    /**
     * A conversation's summary after a new message: {@code event} {@code new message}, which follows
     * the {@link NewMessage} it summarizes.
     *
     * @param summary the updated summary
     */
    record NewMessageSummary(ConversationSummary summary) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param summary the updated summary
         * @throws IllegalArgumentException when {@code summary} is null
         */
        public NewMessageSummary {
            Checks.nonNull(summary, "summary");
        }

        @Override
        public ConversationId conversationId() {
            return summary.id();
        }
    }

    /**
     * A participant joined or left: {@code event} {@code participant update}.
     *
     * @param summary the updated summary, with its participants
     */
    record ParticipantUpdate(ConversationSummary summary) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param summary the updated summary, with its participants
         * @throws IllegalArgumentException when {@code summary} is null
         */
        public ParticipantUpdate {
            Checks.nonNull(summary, "summary");
        }

        @Override
        public ConversationId conversationId() {
            return summary.id();
        }
    }

    /**
     * An agent's status in a queue changed, or a customer entered or left it: {@code event}
     * {@code queue status update}.
     *
     * @param queue the queue as {@link ConversationPort#getQueueStatuses()} shows it now
     */
    record QueueStatusUpdate(QueueStatus queue) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param queue the queue as {@link ConversationPort#getQueueStatuses()} shows it now
         * @throws IllegalArgumentException when {@code queue} is null
         */
        public QueueStatusUpdate {
            Checks.nonNull(queue, "queue");
        }

        @Override
        public ConversationId conversationId() {
            return null;
        }
    }

    /**
     * A participant marked the conversation read: {@code event} {@code read message}.
     *
     * @param conversation where
     * @param newestRead   the newest message read; optional
     * @param newestReadAt that message's time; optional
     */
    record MessagesRead(ConversationId conversation, MessageId newestRead, Instant newestReadAt)
            implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param newestRead the newest message read; optional
         * @param newestReadAt that message's time; optional
         * @throws IllegalArgumentException when {@code conversation} is null
         */
        public MessagesRead {
            Checks.nonNull(conversation, "conversation");
        }

        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }

    /**
     * Another participant is typing: {@code event} {@code typing}.
     *
     * @param conversation where
     * @param author       who; optional
     * @param authorName   their display name; optional
     * @param value        what they sent as typing; optional
     */
    record Typing(ConversationId conversation, ParticipantArn author, String authorName, String value)
            implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param author who; optional
         * @param authorName their display name; optional
         * @param value what they sent as typing; optional
         * @throws IllegalArgumentException when {@code conversation} is null
         */
        public Typing {
            Checks.nonNull(conversation, "conversation");
        }

        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }

    /**
     * A conversation was closed: {@code event} {@code conversation closed}.
     *
     * @param summary its summary, closed
     */
    record ConversationClosed(ConversationSummary summary) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param summary its summary, closed
         * @throws IllegalArgumentException when {@code summary} is null
         */
        public ConversationClosed {
            Checks.nonNull(summary, "summary");
        }

        @Override
        public ConversationId conversationId() {
            return summary.id();
        }
    }

    /**
     * The webchat customer's context changed: {@code event} {@code webchat context}. Read the whole
     * context with {@link ConversationPort#getWebchatContext(ConversationId)}.
     *
     * @param conversation where
     * @param cartId       the customer's cart; optional
     * @param ucacid       UltraCart's analytics id of the customer; optional
     * @param url          the page the customer is on; optional
     */
    record WebchatContextChanged(ConversationId conversation, CartId cartId, String ucacid, String url)
            implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param cartId the customer's cart; optional
         * @param ucacid UltraCart's analytics id of the customer; optional
         * @param url the page the customer is on; optional
         * @throws IllegalArgumentException when {@code conversation} is null
         */
        public WebchatContextChanged {
            Checks.nonNull(conversation, "conversation");
        }

        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }

    /**
     * A message's delivery status changed: {@code event} {@code updated message}.
     *
     * @param conversation where
     * @param message      the message with its new {@link Message#transportStatuses()}
     */
    record MessageUpdated(ConversationId conversation, Message message) implements ConversationEvent {
        /**
         * Creates the value, checking its components.
         *
         * @param conversation where
         * @param message the message with its new {@link Message#transportStatuses()}
         * @throws IllegalArgumentException when an argument is null
         */
        public MessageUpdated {
            Checks.nonNull(conversation, "conversation");
            Checks.nonNull(message, "message");
        }

        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }

    /**
     * A frame this version does not model: an unknown {@code type} or {@code event_type}, or one of
     * UltraCart's customer-side events (queue position, rrweb, add coupon, add item, webchat start).
     *
     * @param type         the frame's {@code type} as sent
     * @param eventType    its {@code event_type} as sent; optional
     * @param conversation its {@code conversation_uuid}; optional
     */
    record Unrecognized(String type, String eventType, ConversationId conversation) implements ConversationEvent {
        @Override
        public ConversationId conversationId() {
            return conversation;
        }
    }
}
