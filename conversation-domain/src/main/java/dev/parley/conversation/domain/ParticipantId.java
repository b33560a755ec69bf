package dev.parley.conversation.domain;

/**
 * Identifies one participant entry inside one conversation.
 *
 * <p>On the wire: {@code conversation_participant_uuid}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record ParticipantId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public ParticipantId {
        Checks.nonBlank(value, "participant id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the participant's id; never blank
     * @return the id
     */
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
