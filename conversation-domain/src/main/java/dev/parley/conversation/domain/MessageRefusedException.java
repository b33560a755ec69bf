package dev.parley.conversation.domain;

/**
 * The server refused a message sent on a live session ({@link AgentSession#sendMessage(OutgoingMessage)}):
 * nothing was stored, and sending it again unchanged fails again. An unknown conversation is a
 * {@link NotFoundException} instead.
 */
public class MessageRefusedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Why the message was refused.
     */
    private final Reason reason;
    /**
     * The refused message's client message id, or null.
     */
    private final String clientMessageId;

    /**

     * With every field given.

     *
     * @param message         what went wrong, as a sentence
     * @param reason          why, as something a caller can act on
     * @param clientMessageId the refused message's client message id, or null when the server did not name it
     * @param statusCode      the status the server gave (400, 409 or 413), or 400 when it gave none
     */
    public MessageRefusedException(String message, Reason reason, String clientMessageId, int statusCode) {
        super(message, statusCode, null, null);
        this.reason = Checks.nonNull(reason, "reason");
        this.clientMessageId = clientMessageId;
    }

    /**
     * Why the message was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The refused message's client message id, or null when the server did not name it.
     *
     * @return the client message id, or null
     */
    public String clientMessageId() {
        return clientMessageId;
    }

    /** Why a message was refused. */
    public enum Reason {
        /** The agent is not a current participant (never joined, or left). */
        NOT_A_PARTICIPANT,
        /** The conversation is closed. */
        CONVERSATION_CLOSED,
        /** An upload key names no upload this merchant completed. */
        UNKNOWN_UPLOAD_KEY,
        /** Neither a non-blank body nor an upload key. */
        EMPTY_MESSAGE,
        /** The body is over the size limit. */
        TOO_LARGE,
        /** A reason this version does not know. */
        UNKNOWN
    }
}
