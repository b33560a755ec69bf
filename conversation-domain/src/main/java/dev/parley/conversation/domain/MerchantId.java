package dev.parley.conversation.domain;

/**
 * UltraCart's merchant identifier (the tenant that owns conversations, queues and uploads).
 *
 * <p>On the wire: {@code merchant_id}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record MerchantId(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public MerchantId {
        Checks.nonBlank(value, "merchant id");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the merchant id; never blank
     * @return the id
     */
    public static MerchantId of(String value) {
        return new MerchantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
