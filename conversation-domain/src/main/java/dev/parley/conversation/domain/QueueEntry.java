package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * A customer waiting in a webchat queue ({@code ConversationWebchatQueueStatusQueueEntry}).
 *
 * @param customerArn the customer's participant ARN; optional
 * @param name        the customer's name; optional
 * @param queueId     the queue's id; optional
 * @param email       the customer's email; optional
 * @param joinedAt    when the customer started waiting; optional
 * @param question    what the customer asked on joining; optional
 */
public record QueueEntry(
        ParticipantArn customerArn,
        String name,
        QueueId queueId,
        String email,
        Instant joinedAt,
        String question) {
}
