package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * An agent as a webchat queue sees it ({@code ConversationWebchatQueueStatusAgent}).
 *
 * @param arn             the agent's participant ARN
 * @param name            display name; optional
 * @param status          available, busy or unavailable; optional
 * @param lastChatAt      when the agent last took a chat; optional
 * @param nextRoundRobin  whether the agent is next in the queue's round robin
 * @param profileImageUrl avatar URL; optional
 */
public record QueueAgent(
        ParticipantArn arn,
        String name,
        AgentStatus status,
        Instant lastChatAt,
        boolean nextRoundRobin,
        String profileImageUrl) {
    /**
     * Creates the value, checking its components.
     *
     * @param arn the agent's participant ARN
     * @param name display name; optional
     * @param status available, busy or unavailable; optional
     * @param lastChatAt when the agent last took a chat; optional
     * @param nextRoundRobin whether the agent is next in the queue's round robin
     * @param profileImageUrl avatar URL; optional
     * @throws IllegalArgumentException when {@code arn} is null
     */
    public QueueAgent {
        Checks.nonNull(arn, "queue agent arn");
    }
}
