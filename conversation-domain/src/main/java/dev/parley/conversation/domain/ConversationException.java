package dev.parley.conversation.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * The base of every failure a {@link ConversationPort} reports. Unchecked: catch the subclass you
 * can act on.
 *
 * <ul>
 *   <li>{@link InvalidRequestException}: the request was wrong (400 and other client errors)</li>
 *   <li>{@link UnauthorizedException}: bad or missing credentials (401)</li>
 *   <li>{@link NotFoundException}: no such conversation, queue or object (404)</li>
 *   <li>{@link ApplicationDisabledException}: the API application is disabled (410)</li>
 *   <li>{@link RateLimitedException}: too many requests, with when to retry (429)</li>
 *   <li>{@link ServerErrorException}: the server failed (5xx)</li>
 *   <li>{@link TransportException}: no usable answer: I/O failure, timeout, malformed response</li>
 * </ul>
 *
 * <p>{@link #retryAfter()} carries the server's {@code Retry-After} on any failure answered with one
 * (a 429 or a 503 above all). Messages never contain credentials.
 */
public class ConversationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The HTTP status, or 0 without an answer.
     */
    private final int statusCode;
    private final transient ErrorDetails details;
    /**
     * The wait the server asked for ({@code Retry-After}), or null.
     */
    private final Duration retryAfter;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status the server answered, or 0 when there was none
     * @param details    UltraCart's error fields, or {@code null} when the server sent none
     * @param cause      the underlying failure, or {@code null}
     */
    public ConversationException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        this(message, statusCode, details, null, cause);
    }

    /**
     * With every field given, the server's {@code Retry-After} included.
     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status the server answered, or 0 when there was none
     * @param details    UltraCart's error fields, or {@code null} when the server sent none
     * @param retryAfter how long the server asked to wait before retrying, or {@code null} when it did not say
     * @param cause      the underlying failure, or {@code null}
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public ConversationException(String message, int statusCode, ErrorDetails details, Duration retryAfter,
            Throwable cause) {
        super(message, cause);
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retry after must not be negative but was " + retryAfter);
        }
        this.statusCode = statusCode;
        this.details = details;
        this.retryAfter = retryAfter;
    }

    /**
     * The HTTP status the server answered, or 0 when no answer was had (transport failures).
     *
     * @return the status, or 0 without an answer
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * UltraCart's error fields, when the server sent them.
     *
     * @return UltraCart's error fields, or empty
     */
    public Optional<ErrorDetails> details() {
        return Optional.ofNullable(details);
    }

    /**
     * How long the server asked to wait before retrying ({@code Retry-After}), when it said: the
     * failures worth retrying later (429, 503) are the ones that carry it.
     *
     * @return the server's wait, or empty when it sent none
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
