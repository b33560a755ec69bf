package dev.parley.conversation.domain;

/**
 * The key of an uploaded media file, cited in a message's upload keys.
 *
 * <p>On the wire: {@code key}. The value is opaque: compare it, never parse it.
 *
 * @param value the identifier as UltraCart spells it; never blank
 */
public record UploadKey(String value) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the identifier as UltraCart spells it; never blank
     * @throws IllegalArgumentException when {@code value} is null or blank
     */
    public UploadKey {
        Checks.nonBlank(value, "upload key");
    }

    /**
     * Same as the constructor, for call sites that read better with a factory.
     *
     * @param value the key; never blank
     * @return the key
     */
    public static UploadKey of(String value) {
        return new UploadKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
