package dev.parley.conversation.tck;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What UltraCart's API cannot do by itself, driven for the compatibility kit: customers arriving,
 * messages arriving, browsing context being recorded, time passing. Everything acts on one tenant
 * (the one whose port the kit tests alongside).
 *
 * <p>A backstage may decline capabilities ({@link #capabilities()}): UltraCart itself cannot be
 * driven this way. The kit skips every test that needs a declined capability and says why, quoting
 * {@link #whyDeclined(BackstageCapability)}; it never calls a method whose capability is declined.
 *
 * <pre>{@code
 * // against UltraCart itself: nothing can be driven
 * Backstage backstage = Backstage.none("UltraCart cannot be driven from a test");
 * }</pre>
 */
public interface Backstage {

    /**
     * What this backstage can do; a method whose capability is missing may throw {@link UnsupportedOperationException}.
     *
     * @return the capabilities it offers
     */
    Set<BackstageCapability> capabilities();

    /**
     * Why this backstage declines {@code capability}, as a phrase the kit puts in the reason of every
     * test it skips for it ({@code "backstage declines MESSAGES: <this>"}). Only asked for declined
     * capabilities.
     *
     * @param capability a declined capability
     * @return the reason, as a phrase
     */
    default String whyDeclined(BackstageCapability capability) {
        return "this backstage does not offer it";
    }

    /**
     * A backstage that declines every capability, for an implementation nothing can drive (UltraCart
     * itself): the kit then runs only the tests the port alone can set up.
     *
     * @param reason why, e.g. {@code "UltraCart cannot be driven from a test"}
     * @return a backstage with no capability
     * @throws NullPointerException when {@code reason} is null
     */
    static Backstage none(String reason) {
        Objects.requireNonNull(reason, "reason must not be null");
        return new DecliningBackstage(reason);
    }

    /**
     * A customer opens a conversation: over SMS, or over webchat in a named queue (created when
     * missing). The customer is a participant; when {@code firstMessage} is non-null it is the
     * conversation's first message, written by the customer. Needs {@link BackstageCapability#CUSTOMER_CONVERSATIONS}.
     *
     * @param conversation who opens it, over which medium, and with what first message
     * @return the new conversation's id
     */
    ConversationId customerStartsConversation(CustomerConversation conversation);

    /**
     * A message arrives in a conversation from {@code author} (a customer, or an agent on another
     * console). It counts as unread for every other participant. Needs {@link BackstageCapability#MESSAGES}.
     *
     * @param conversation the conversation
     * @param author who writes
     * @param authorName the author's display name; optional
     * @param body the text
     * @return the message as stored, with its id and time
     */
    Message messageArrives(ConversationId conversation, ParticipantArn author, String authorName, String body);

    /**
     * The webchat customer's browsing context is recorded, replacing the previous one. Needs
     * {@link BackstageCapability#WEBCHAT_CONTEXT}.
     *
     * @param conversation the webchat conversation
     * @param context the context to record
     */
    void recordWebchatContext(ConversationId conversation, WebchatContext context);

    /**
     * Makes sure the tenant has a webchat queue with this name, and returns its id. Needs
     * {@link BackstageCapability#QUEUES}.
     *
     * @param queue the queue's name
     * @return the queue's id
     */
    QueueId createQueue(QueueName queue);

    /**
     * A customer starts waiting in a queue (created when missing). Needs {@link BackstageCapability#QUEUES}.
     *
     * @param queue the queue's name
     * @param customer the customer's ARN
     * @param name the customer's name; optional
     * @param email the customer's email; optional
     * @param question what the customer asks; optional
     * @return the queue entry as stored
     */
    QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email, String question);

    /**
     * The tenant's clock moves forward. Needs {@link BackstageCapability#CLOCK}.
     *
     * @param by how far; not negative
     */
    void advanceClock(Duration by);

    /**
     * The tenant's current time. Needs {@link BackstageCapability#CLOCK}.
     *
     * @return the time
     */
    Instant now();

    /**
     * The conversation is closed, as when the customer ends it or the merchant archives it; a closed
     * conversation refuses new messages. Needs {@link BackstageCapability#CLOSE_CONVERSATIONS}; the
     * default declines.
     *
     * @param conversation the conversation to close
     */
    default void closeConversation(ConversationId conversation) {
        throw declined(this, BackstageCapability.CLOSE_CONVERSATIONS);
    }

    /**
     * The customer {@code customer} types in the conversation; the agent's sessions see it as a typing
     * event. Needs {@link BackstageCapability#CUSTOMER_TYPING}; the default declines.
     *
     * @param conversation where
     * @param customer     who types (a participant of it)
     * @param value        what the customer has typed so far
     */
    default void customerTypes(ConversationId conversation, ParticipantArn customer, String value) {
        throw declined(this, BackstageCapability.CUSTOMER_TYPING);
    }

    /**
     * The message's delivery moves on to {@code status} (as the SMS carrier reports it). Needs
     * {@link BackstageCapability#TRANSPORT_STATUSES}; the default declines.
     *
     * @param conversation where the message is
     * @param message      which message
     * @param status       its new delivery status
     */
    default void changeTransportStatus(ConversationId conversation, MessageId message, DeliveryStatus status) {
        throw declined(this, BackstageCapability.TRANSPORT_STATUSES);
    }

    /**
     * Every live connection of the tenant's merchant drops, as a network failure would drop it; the
     * sessions may reconnect. Needs {@link BackstageCapability#DROP_SOCKETS}; the default declines.
     */
    default void dropSockets() {
        throw declined(this, BackstageCapability.DROP_SOCKETS);
    }

    private static UnsupportedOperationException declined(Backstage backstage, BackstageCapability capability) {
        return new UnsupportedOperationException("backstage declines " + capability + ": "
                + backstage.whyDeclined(capability));
    }
}
