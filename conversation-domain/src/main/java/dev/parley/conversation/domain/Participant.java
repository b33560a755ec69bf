package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * One participant of a conversation: an agent or a customer ({@code ConversationParticipant}).
 *
 * @param id             this participant entry's id; optional
 * @param arn            who the participant is
 * @param name           display name; optional
 * @param joinedAt       when the participant joined; optional
 * @param leftAt         when the participant left; {@code null} while still in the conversation
 * @param lastMessageAt  when the participant last wrote; optional
 * @param profileImageUrl avatar URL; optional
 * @param status         UltraCart's free-text participant status; optional
 * @param timezone       the participant's time zone id; optional
 * @param unreadMessages messages this participant has not read; never negative
 */
public record Participant(
        ParticipantId id,
        ParticipantArn arn,
        String name,
        Instant joinedAt,
        Instant leftAt,
        Instant lastMessageAt,
        String profileImageUrl,
        String status,
        String timezone,
        int unreadMessages) {

    /**
     * Creates the value, checking its components.
     *
     * @param id this participant entry's id; optional
     * @param arn who the participant is
     * @param name display name; optional
     * @param joinedAt when the participant joined; optional
     * @param leftAt when the participant left; {@code null} while still in the conversation
     * @param lastMessageAt when the participant last wrote; optional
     * @param profileImageUrl avatar URL; optional
     * @param status UltraCart's free-text participant status; optional
     * @param timezone the participant's time zone id; optional
     * @param unreadMessages messages this participant has not read; never negative
     * @throws IllegalArgumentException when {@code arn} is null or {@code unreadMessages} negative
     */
    public Participant {
        Checks.nonNull(arn, "participant arn");
        Checks.atLeast(unreadMessages, 0, "unread messages");
    }

    /**
     * Whether this participant is in the conversation now: joined and not left.
     *
     * @return true when joined and not left
     */
    public boolean isActive() {
        return leftAt == null;
    }
}
