package dev.parley.conversation.domain;

import java.time.Duration;

/**
 * Too many requests (429). {@link #retryAfter()} says how long the server asked to wait, when it said.
 */
public class RateLimitedException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**
     * With every field given.
     *
     * @param message    what went wrong, as a sentence
     * @param retryAfter how long the server asked to wait, or {@code null} when it did not say
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public RateLimitedException(String message, Duration retryAfter, ErrorDetails details, Throwable cause) {
        super(message, 429, details, retryAfter, cause);
    }
}
