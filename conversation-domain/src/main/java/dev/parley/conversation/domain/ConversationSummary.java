package dev.parley.conversation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A conversation as listed: everything but its messages ({@code ConversationSummary}).
 *
 * <p>UltraCart lists summaries newest to oldest by {@link #lastMessageAt()}; each carries the most
 * recent message's text and author and whether this agent has read it.
 *
 * @param id                       the conversation's id
 * @param arn                      the conversation's ARN; optional
 * @param merchantId               the owning merchant; optional
 * @param medium                   SMS or webchat; optional
 * @param closed                   whether the conversation is closed (absent on the wire reads as false)
 * @param visible                  whether it shows in agent consoles (absent on the wire reads as true)
 * @param unreadMessages           whether this agent has unread messages in it (absent reads as false)
 * @param startedAt                when it started; optional
 * @param lastMessageAt            when its most recent message arrived; optional
 * @param lastInteractiveMessageAt when its most recent non-notice message arrived; optional
 * @param lastMessageBody          the most recent message's text; optional
 * @param lastParticipantArn       who wrote the most recent message; optional
 * @param lastParticipantName      that author's display name; optional
 * @param messageCount             how many messages it holds in all; never negative
 * @param participants             agents and customers, in the order they joined
 */
public record ConversationSummary(
        ConversationId id,
        ConversationArn arn,
        MerchantId merchantId,
        Medium medium,
        boolean closed,
        boolean visible,
        boolean unreadMessages,
        Instant startedAt,
        Instant lastMessageAt,
        Instant lastInteractiveMessageAt,
        String lastMessageBody,
        ParticipantArn lastParticipantArn,
        String lastParticipantName,
        int messageCount,
        List<Participant> participants) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the conversation's id
     * @param arn the conversation's ARN; optional
     * @param merchantId the owning merchant; optional
     * @param medium SMS or webchat; optional
     * @param closed whether the conversation is closed (absent on the wire reads as false)
     * @param visible whether it shows in agent consoles (absent on the wire reads as true)
     * @param unreadMessages whether this agent has unread messages in it (absent reads as false)
     * @param startedAt when it started; optional
     * @param lastMessageAt when its most recent message arrived; optional
     * @param lastInteractiveMessageAt when its most recent non-notice message arrived; optional
     * @param lastMessageBody the most recent message's text; optional
     * @param lastParticipantArn who wrote the most recent message; optional
     * @param lastParticipantName that author's display name; optional
     * @param messageCount how many messages it holds in all; never negative
     * @param participants agents and customers, in the order they joined
     * @throws IllegalArgumentException when {@code id} is null, the count negative or a participant null
     */
    public ConversationSummary {
        Checks.nonNull(id, "conversation id");
        Checks.atLeast(messageCount, 0, "message count");
        participants = Checks.list(participants, "participants");
    }

    /**
     * The participant entry for {@code arn}, if that agent or customer ever joined.
     *
     * @param arn the agent's or customer's ARN
     * @return the participant entry, or empty if that ARN never joined
     */
    public Optional<Participant> participant(ParticipantArn arn) {
        return participants.stream().filter(p -> p.arn().equals(arn)).findFirst();
    }
}
