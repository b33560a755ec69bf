package dev.parley.conversation.domain;

/**
 * Which conversation {@link ConversationPort#getConversation} reads, and how many of its messages.
 *
 * @param id           the conversation
 * @param messageLimit only the most recent N messages (still oldest first); {@code null} for all
 */
public record ConversationQuery(ConversationId id, Integer messageLimit) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the conversation
     * @param messageLimit only the most recent N messages (still oldest first); {@code null} for all
     * @throws IllegalArgumentException when {@code id} is null or the limit below 1
     */
    public ConversationQuery {
        Checks.nonNull(id, "conversation id");
        if (messageLimit != null) {
            Checks.atLeast(messageLimit, 1, "message limit");
        }
    }

    /**
     * The whole conversation with all its messages.
     *
     * @param id the conversation
     * @return the query
     */
    public static ConversationQuery of(ConversationId id) {
        return new ConversationQuery(id, null);
    }

    /**
     * This query reading only the most recent {@code limit} messages.
     *
     * @param limit how many of the most recent messages to read; positive
     * @return a copy of this query with that limit
     */
    public ConversationQuery withMessageLimit(int limit) {
        return new ConversationQuery(id, limit);
    }
}
