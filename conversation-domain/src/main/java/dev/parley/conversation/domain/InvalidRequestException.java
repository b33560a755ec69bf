package dev.parley.conversation.domain;

/**
 * The request was wrong: bad input (400), or another client error such as an unsupported method (405) or an oversized body (413). Fix the request; retrying it unchanged fails again.
 */
public class InvalidRequestException extends ConversationException {
    private static final long serialVersionUID = 1L;

    /**

     * With every field given.

     *
     * @param message    what went wrong, as a sentence
     * @param statusCode the HTTP status answered (400 or another 4xx)
     * @param details    UltraCart's error fields, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public InvalidRequestException(String message, int statusCode, ErrorDetails details, Throwable cause) {
        super(message, statusCode, details, cause);
    }

    /**
     * With status 400 and no details.
     *
     * @param message what was refused and why
     */
    public InvalidRequestException(String message) {
        this(message, 400, null, null);
    }
}
