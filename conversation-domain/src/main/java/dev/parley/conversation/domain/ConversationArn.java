package dev.parley.conversation.domain;

/**
 * The Amazon resource name UltraCart gives a conversation.
 *
 * <p>On the wire: {@code conversation_arn}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record ConversationArn(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public ConversationArn {
        Checks.nonBlank(value, "conversation arn");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the ARN; never blank
     * @return the ARN
     */
    public static ConversationArn of(String value) {
        return new ConversationArn(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
