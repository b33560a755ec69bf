package dev.parley.conversation.domain;

/**
 * No such object (404): an unknown conversation, queue or path. {@link #details()} names the object when the server did.
 */
public class NotFoundException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (404)
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public NotFoundException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        super(message, statusCode, details, cause);
    }

    /**
     * With status 404 and no details.
     *
     * @param message what was not found
     */
    public NotFoundException(String message) {
        this(message, 404, null, null);
    }
}
