package dev.parley.conversation.domain;

/**
 * Identifies the shopping cart a webchat customer is filling.
 *
 * <p>On the wire: {@code cart_id}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record CartId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public CartId {
        Checks.nonBlank(value, "cart id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the identifier; never blank
     * @return the id
     */
    public static CartId of(String value) {
        return new CartId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
