package dev.parley.conversation.domain;

import java.util.List;
import java.util.Optional;

/**
 * A whole conversation: its summary, its language and its messages ({@code Conversation}).
 *
 * <p>Messages are in chronological order (ascending {@link Message#sentAt()}). When the conversation
 * was read with a message limit they are only the most recent ones; {@link ConversationSummary#messageCount()}
 * still counts all of them.
 *
 * @param summary             the fields a listing shows
 * @param baseLanguageIsoCode the conversation's base language; optional
 * @param messages            messages, oldest first
 */
public record Conversation(ConversationSummary summary, String baseLanguageIsoCode, List<Message> messages) {

    /**
     * Creates the value, checking its components.
     *
     * @param summary the fields a listing shows
     * @param baseLanguageIsoCode the conversation's base language; optional
     * @param messages messages, oldest first
     * @throws IllegalArgumentException when {@code summary} is null or a message null
     */
    public Conversation {
        Checks.nonNull(summary, "conversation summary");
        messages = Checks.list(messages, "messages");
    }

    /**
     * Shorthand for {@code summary().id()}.
     *
     * @return the conversation's id
     */
    public ConversationId id() {
        return summary.id();
    }

    /**
     * Shorthand for {@code summary().medium()}.
     *
     * @return the conversation's medium
     */
    public Medium medium() {
        return summary.medium();
    }

    /**
     * Shorthand for {@code summary().participants()}.
     *
     * @return every participant, past and present
     */
    public List<Participant> participants() {
        return summary.participants();
    }

    /**
     * Shorthand for {@code summary().participant(arn)}.
     *
     * @param arn the agent's or customer's ARN
     * @return the participant entry, or empty if that ARN never joined
     */
    public Optional<Participant> participant(ParticipantArn arn) {
        return summary.participant(arn);
    }
}
