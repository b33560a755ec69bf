package dev.parley.conversation.domain;

/**
 * Identifies one message of a conversation.
 *
 * <p>On the wire: {@code conversation_message_uuid}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record MessageId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public MessageId {
        Checks.nonBlank(value, "message id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the message uuid; never blank
     * @return the id
     */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
