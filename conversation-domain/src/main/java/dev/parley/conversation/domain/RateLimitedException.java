package dev.parley.conversation.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Too many requests (429). {@link #retryAfter()} says how long the server asked to wait, when it said.
 */
public class RateLimitedException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**
     * The wait the server asked for, or null.
     */
    private final Duration retryAfter;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param retryAfter how long the server asked to wait, or {@code null} when it did not say
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public RateLimitedException(String message, Duration retryAfter, ErrorDetails details, Throwable cause) {
        super(message, 429, details, cause);
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retry after must not be negative but was " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before retrying ({@code Retry-After}), when it said.
     *
     * @return the wait the server asked for, or empty
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
