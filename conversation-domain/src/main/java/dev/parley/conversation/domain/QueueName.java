package dev.parley.conversation.domain;

/**
 * The name of a webchat queue, as used in the queue status path.
 *
 * <p>On the wire: {@code queue_name}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record QueueName(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public QueueName {
        Checks.nonBlank(value, "queue name");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the queue's name; never blank
     * @return the name
     */
    public static QueueName of(String value) {
        return new QueueName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
