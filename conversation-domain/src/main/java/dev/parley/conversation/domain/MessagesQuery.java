package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * Which messages {@link ConversationPort#getMessages} returns: those sent strictly after
 * {@code since}, oldest first, at most {@code limit} of them.
 *
 * <p>To page forward, pass the last message's {@link Message#sentAt()} as the next {@code since}.
 * UltraCart compares at millisecond precision ({@code message_epoch}).
 *
 * @param id    the conversation
 * @param since only messages sent strictly after this instant ({@link Instant#EPOCH} for all)
 * @param limit only the first N of those; {@code null} for all
 */
public record MessagesQuery(ConversationId id, Instant since, Integer limit) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the conversation
     * @param since only messages sent strictly after this instant ({@link Instant#EPOCH} for all)
     * @param limit only the first N of those; {@code null} for all
     * @throws NullPointerException     when id or since is null
     * @throws IllegalArgumentException when since is before the epoch, or the limit below 1
     */
    public MessagesQuery {
        Checks.nonNull(id, "conversation id");
        Checks.nonNull(since, "since");
        if (since.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("since must not be before 1970-01-01T00:00:00Z but was " + since);
        }
        if (limit != null) {
            Checks.atLeast(limit, 1, "limit");
        }
    }

    /**
     * Every message of the conversation.
     *
     * @param id the conversation
     * @return the query
     */
    public static MessagesQuery all(ConversationId id) {
        return new MessagesQuery(id, Instant.EPOCH, null);
    }

    /**
     * Messages sent strictly after {@code since}.
     *
     * @param id the conversation
     * @param since the exclusive lower bound on a message's send time
     * @return the query
     */
    public static MessagesQuery since(ConversationId id, Instant since) {
        return new MessagesQuery(id, since, null);
    }

    /**
     * This query returning at most {@code n} messages.
     *
     * @param n the largest number of messages; positive
     * @return a copy of this query with that limit
     */
    public MessagesQuery withLimit(int n) {
        return new MessagesQuery(id, since, n);
    }

    /**
     * {@link #since()} as UltraCart's epoch milliseconds.
     *
     * @return the bound in milliseconds since the epoch
     */
    public long sinceEpochMillis() {
        return since.toEpochMilli();
    }
}
