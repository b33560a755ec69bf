package dev.parley.conversation.domain;

import java.time.Instant;

/**
 * Which conversations {@link ConversationPort#listConversations} returns, and which page of them.
 *
 * <pre>{@code
 * var firstSmsPage = ConversationListQuery.all().withMedium(Medium.SMS).withLimit(50);
 * }</pre>
 *
 * @param medium only conversations over this medium; {@code null} for all
 * @param before only conversations whose last message is strictly earlier; {@code null} for all. Times
 *               are compared in whole milliseconds, as UltraCart stamps them: see {@link #beforeEpochMillis()}
 * @param limit  page size, 1 to {@value #MAX_LIMIT} (UltraCart's {@code _limit}, default {@value #DEFAULT_LIMIT})
 * @param offset zero-based position of the page's first conversation (UltraCart's {@code _offset})
 */
public record ConversationListQuery(Medium medium, Instant before, int limit, int offset) {

    /** UltraCart's default page size. */
    public static final int DEFAULT_LIMIT = 100;
    /** UltraCart's largest page size. */
    public static final int MAX_LIMIT = 200;

    /**
     * Creates the value, checking its components.
     *
     * @param medium only conversations over this medium; {@code null} for all
     * @param before only conversations whose last message is strictly earlier; {@code null} for all
     * @param limit page size, 1 to {@value #MAX_LIMIT} (UltraCart's {@code _limit}, default {@value #DEFAULT_LIMIT})
     * @param offset zero-based position of the page's first conversation (UltraCart's {@code _offset})
     * @throws IllegalArgumentException for a limit outside 1..200, a negative offset or an UNKNOWN medium
     */
    public ConversationListQuery {
        Checks.between(limit, 1, MAX_LIMIT, "limit");
        Checks.atLeast(offset, 0, "offset");
        if (medium == Medium.UNKNOWN) {
            throw new IllegalArgumentException("medium must be SMS, WEBSOCKET or null (all) but was UNKNOWN");
        }
    }

    /**
     * Every conversation, first page of {@value #DEFAULT_LIMIT}.
     *
     * @return the query
     */
    public static ConversationListQuery all() {
        return new ConversationListQuery(null, null, DEFAULT_LIMIT, 0);
    }

    /**
     * This query over one medium only ({@code null} for all).
     *
     * @param medium the medium, or null for every medium
     * @return a copy of this query with that medium
     */
    public ConversationListQuery withMedium(Medium medium) {
        return new ConversationListQuery(medium, before, limit, offset);
    }

    /**
     * This query over conversations whose last message is strictly before {@code instant} ({@code null} for all).
     *
     * @param instant the exclusive upper bound on the last message's time, or null for none
     * @return a copy of this query with that bound
     */
    public ConversationListQuery withBefore(Instant instant) {
        return new ConversationListQuery(medium, instant, limit, offset);
    }

    /**
     * {@link #before()} in whole epoch milliseconds, the precision UltraCart stamps and compares
     * times with: a finer {@code before} is rounded up, which keeps it exclusive. With
     * {@code before} = 1.5 ms a conversation whose last message is at 1 ms is listed (it is strictly
     * earlier) and one at 2 ms is not; truncating to 1 ms would drop the first. Implementations
     * compare with this value, and the client sends it.
     *
     * @return the smallest epoch millisecond at or after {@code before} (saturating at
     *         {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} far from the epoch), or {@code null}
     *         when {@code before} is null
     */
    public Long beforeEpochMillis() {
        if (before == null) {
            return null;
        }
        long seconds = before.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / 1000 - 1) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / 1000 + 1) {
            return Long.MIN_VALUE;
        }
        long millis = before.toEpochMilli();
        return before.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    /**
     * This query with another page size.
     *
     * @param newLimit the page size, 1 to 200
     * @return a copy of this query with that page size
     */
    public ConversationListQuery withLimit(int newLimit) {
        return new ConversationListQuery(medium, before, newLimit, offset);
    }

    /**
     * This query starting at another offset.
     *
     * @param newOffset the offset, 0 or more
     * @return a copy of this query with that offset
     */
    public ConversationListQuery withOffset(int newOffset) {
        return new ConversationListQuery(medium, before, limit, newOffset);
    }
}
