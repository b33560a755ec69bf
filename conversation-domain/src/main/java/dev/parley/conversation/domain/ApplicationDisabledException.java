package dev.parley.conversation.domain;

/**
 * UltraCart has disabled the API application behind the credentials (410).
 */
public class ApplicationDisabledException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (410)
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public ApplicationDisabledException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        super(message, statusCode, details, cause);
    }

    /**
     * With status 410 and no details.
     *
     * @param message what was refused and why
     */
    public ApplicationDisabledException(String message) {
        this(message, 410, null, null);
    }
}
