package dev.parley.conversation.domain;

/**
 * No usable answer was had: the connection failed or dropped, the call timed out, or the response
 * could not be read (malformed JSON, wrong types). {@link #statusCode()} is the status of a response
 * that could not be read, or 0 when there was no response.
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
     * With no response and this cause.
     *
     * @param message what was attempted and what went wrong
     * @param cause the underlying failure
     */
    public TransportException(String message, Throwable cause) {
        this(message, 0, cause);
    }
}
