package dev.parley.conversation.domain;

/**
 * Identifies one conversation: UltraCart's conversation UUID, the key of every per-conversation operation.
 *
 * <p>On the wire: {@code conversation_uuid}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record ConversationId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public ConversationId {
        Checks.nonBlank(value, "conversation id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the uuid; never blank
     * @return the id
     */
    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
