package dev.parley.conversation.domain;

/**
 * Identifies a participant (agent or customer) across conversations: UltraCart's participant ARN.
 *
 * <p>On the wire: {@code conversation_participant_arn}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record ParticipantArn(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public ParticipantArn {
        Checks.nonBlank(value, "participant arn");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the ARN; never blank
     * @return the ARN
     */
    public static ParticipantArn of(String value) {
        return new ParticipantArn(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
