package dev.parley.conversation.domain;

/**
 * The credentials were missing, blank or refused (401).
 */
public class UnauthorizedException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (401)
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public UnauthorizedException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        super(message, statusCode, details, cause);
    }

    /**
     * With status 401 and no details.
     *
     * @param message what was refused
     */
    public UnauthorizedException(String message) {
        this(message, 401, null, null);
    }
}
