package dev.parley.conversation.tck;

import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import java.util.Objects;

/**
 * A conversation as a customer opens it, for {@link Backstage#customerStartsConversation}.
 *
 * @param medium       SMS or WEBSOCKET (webchat)
 * @param queue        for webchat, the queue the customer chats in; {@code null} for SMS
 * @param customerArn  the customer's participant ARN
 * @param customerName the customer's display name
 * @param firstMessage the customer's first message, or {@code null} for none
 */
public record CustomerConversation(
        Medium medium, QueueName queue, ParticipantArn customerArn, String customerName, String firstMessage) {

    /**
     * Creates the value, checking its components.
     *
     * @param medium SMS or WEBSOCKET (webchat)
     * @param queue for webchat, the queue the customer chats in; {@code null} for SMS
     * @param customerArn the customer's participant ARN
     * @param customerName the customer's display name
     * @param firstMessage the customer's first message, or {@code null} for none
     * @throws IllegalArgumentException when the medium is unknown or a webchat has no queue
     */
    public CustomerConversation {
        Objects.requireNonNull(medium, "medium must not be null");
        Objects.requireNonNull(customerArn, "customer arn must not be null");
        if (medium == Medium.UNKNOWN) {
            throw new IllegalArgumentException("medium must be SMS or WEBSOCKET but was UNKNOWN");
        }
        if (medium == Medium.WEBSOCKET && queue == null) {
            throw new IllegalArgumentException("a webchat conversation needs a queue but had none");
        }
    }

    /**
     * An SMS conversation opened by a customer texting {@code firstMessage}.
     *
     * @param customer the customer's ARN (a phone number)
     * @param name the customer's name; optional
     * @param firstMessage the first message; optional
     * @return the request
     */
    public static CustomerConversation sms(ParticipantArn customer, String name, String firstMessage) {
        return new CustomerConversation(Medium.SMS, null, customer, name, firstMessage);
    }

    /**
     * A webchat conversation opened in {@code queue} by a customer writing {@code firstMessage}.
     *
     * @param queue the webchat queue
     * @param customer the customer's ARN
     * @param name the customer's name; optional
     * @param firstMessage the first message; optional
     * @return the request
     */
    public static CustomerConversation webchat(QueueName queue, ParticipantArn customer, String name, String firstMessage) {
        return new CustomerConversation(Medium.WEBSOCKET, queue, customer, name, firstMessage);
    }
}
