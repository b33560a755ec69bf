package dev.parley.conversation.mock.engine;

import java.time.Instant;
import java.util.Arrays;

/**
 * A media file uploaded through a presigned URL, as {@link ConversationEngine#upload} returns it.
 * Immutable: {@link #bytes()} returns a copy.
 */
public final class StoredUpload {
    private final String key;
    private final String mediaType;
    private final byte[] bytes;
    private final Instant storedAt;

    StoredUpload(String key, String mediaType, byte[] bytes, Instant storedAt) {
        this.key = key;
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
        this.storedAt = storedAt;
    }

    /**
     * The upload key, as cited in a message's upload keys.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The media type implied by the key's extension, e.g. {@code image/png}.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * A copy of the stored bytes.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * How many bytes were stored.
     *
     * @return the size in bytes
     */
    public int size() {
        return bytes.length;
    }

    /**
     * When the bytes were stored, on the tenant's clock.
     *
     * @return the storage time
     */
    public Instant storedAt() {
        return storedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredUpload that && key.equals(that.key) && mediaType.equals(that.mediaType)
                && Arrays.equals(bytes, that.bytes) && storedAt.equals(that.storedAt);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StoredUpload[key=" + key + ", mediaType=" + mediaType + ", size=" + bytes.length
                + ", storedAt=" + storedAt + "]";
    }
}
