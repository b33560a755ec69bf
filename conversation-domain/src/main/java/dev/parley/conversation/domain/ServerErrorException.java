package dev.parley.conversation.domain;

/**
 * The server failed (5xx). Safe operations may be retried later.
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
     * With status 500 and no details.
     *
     * @param message what failed
     */
    public ServerErrorException(String message) {
        this(message, 500, null, null);
    }
}
