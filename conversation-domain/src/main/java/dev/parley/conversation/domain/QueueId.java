package dev.parley.conversation.domain;

/**
 * Identifies a webchat queue, as used when starting a conversation in a queue.
 *
 * <p>On the wire: {@code conversation_webchat_queue_uuid}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record QueueId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public QueueId {
        Checks.nonBlank(value, "queue id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the queue's uuid; never blank
     * @return the id
     */
    public static QueueId of(String value) {
        return new QueueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
