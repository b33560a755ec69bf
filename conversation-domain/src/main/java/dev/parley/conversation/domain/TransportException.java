package dev.parley.conversation.domain;

import java.time.Duration;

/**
 * No usable answer was had: the connection failed or dropped, the call timed out, the response
 * could not be read (malformed JSON, wrong types), or the server asked for the request to be sent
 * again (408 Request Timeout, 425 Too Early). {@link #statusCode()} is the status of such a response,
 * or 0 when there was no response. Retrying later may help.
 */
public class TransportException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the status of an unreadable response, or 0
     * @param cause      the underlying failure, or {@code null}
     */
    public TransportException(String message, int statusCode, Throwable cause) {
        super(message, statusCode, null, cause);
    }

    /**
     * With every field given, the server's {@code Retry-After} included.
     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the status of the response, or 0
     * @param details    UltraCart's error fields, or {@code null}
     * @param retryAfter how long the server asked to wait, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public TransportException(String message, int statusCode, ErrorDetails details, Duration retryAfter,
            Throwable cause) {
        super(message, statusCode, details, retryAfter, cause);
    }

    /**
     * With no response and this cause.
     *
     * @param message what was attempted and what went wrong
     * @param cause the underlying failure
     */
    public TransportException(String message, Throwable cause) {
        this(message, 0, cause);
    }
}
