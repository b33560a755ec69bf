package dev.parley.conversation.domain;

import java.time.Duration;

/**
 * The server failed (5xx). Safe operations may be retried later: after {@link #retryAfter()} when the
 * server said (a 503 often does).
 */
public class ServerErrorException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (5xx)
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public ServerErrorException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        super(message, statusCode, details, cause);
    }

    /**
     * With every field given, the server's {@code Retry-After} included.
     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (5xx)
     * @param details    UltraCart's error fields, or {@code null}
     * @param retryAfter how long the server asked to wait (a 503's {@code Retry-After}), or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public ServerErrorException(String message, int statusCode, ErrorDetails details, Duration retryAfter,
            Throwable cause) {
        super(message, statusCode, details, retryAfter, cause);
    }

    /**
     * With status 500 and no details.
     *
     * @param message what failed
     */
    public ServerErrorException(String message) {
        this(message, 500, null, null);
    }
}
