package dev.parley.conversation.domain;

/**
 * The fields of UltraCart's {@code Error} object, as a server sent them. Every component is optional.
 *
 * @param developerMessage what went wrong, for the developer
 * @param userMessage      what went wrong, fit to show a user
 * @param objectId         the object concerned, e.g. the unknown conversation's id
 * @param errorCode        UltraCart's error code
 * @param moreInfo         a link or hint for more information
 */
public record ErrorDetails(
        String developerMessage,
        String userMessage,
        String objectId,
        String errorCode,
        String moreInfo) {

    /**
     * Details with just the two messages.
     *
     * @param developerMessage the message for the developer; optional
     * @param userMessage the message to show a user; optional
     * @return the details
     */
    public static ErrorDetails of(String developerMessage, String userMessage) {
        return new ErrorDetails(developerMessage, userMessage, null, null, null);
    }
}
