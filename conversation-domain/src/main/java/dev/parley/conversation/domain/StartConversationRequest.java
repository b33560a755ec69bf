package dev.parley.conversation.domain;

import java.util.List;

/**
 * What {@link ConversationPort#startConversation} needs ({@code ConversationStartRequest}).
 *
 * <p>A conversation needs someone to talk to: participant ARNs (an SMS conversation) or a webchat
 * queue (a webchat conversation), or both.
 *
 * <pre>{@code
 * var request = StartConversationRequest.withParticipants(ParticipantArn.of("arn:...:+15551234567"));
 * }</pre>
 *
 * @param participantArns participants to add besides the agent
 * @param conversationArn an ARN to give the conversation; optional
 * @param queueId         the webchat queue to start it in; optional (then the medium is SMS)
 */
public record StartConversationRequest(
        List<ParticipantArn> participantArns,
        ConversationArn conversationArn,
        QueueId queueId) {

    /**
     * Creates the value, checking its components.
     *
     * @param participantArns participants to add besides the agent
     * @param conversationArn an ARN to give the conversation; optional
     * @param queueId the webchat queue to start it in; optional (then the medium is SMS)
     * @throws IllegalArgumentException when there are neither participants nor a queue
     */
    public StartConversationRequest {
        participantArns = Checks.list(participantArns, "participant arns");
        if (participantArns.isEmpty() && queueId == null) {
            throw new IllegalArgumentException(
                    "a conversation needs participant arns or a queue id but had neither");
        }
    }

    /**
     * An SMS conversation with these participants.
     *
     * @param participants the customers' ARNs (phone numbers for SMS)
     * @return the request
     */
    public static StartConversationRequest withParticipants(ParticipantArn... participants) {
        return new StartConversationRequest(List.of(participants), null, null);
    }

    /**
     * A webchat conversation in this queue.
     *
     * @param queue the webchat queue
     * @return the request
     */
    public static StartConversationRequest inQueue(QueueId queue) {
        return new StartConversationRequest(List.of(), null, Checks.nonNull(queue, "queue id"));
    }
}
