package dev.parley.conversation.mock.engine;

import java.time.Instant;

/** One issued upload URL and, once it was used, the bytes stored. Guarded by the tenant's lock. */
final class UploadSlot {
    final String key;
    final String extension;
    final String mediaType;
    final long expiresEpochSeconds;
    byte[] bytes;
    Instant storedAt;

    UploadSlot(String key, String extension, String mediaType, long expiresEpochSeconds) {
        this.key = key;
        this.extension = extension;
        this.mediaType = mediaType;
        this.expiresEpochSeconds = expiresEpochSeconds;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(Instant.ofEpochSecond(expiresEpochSeconds));
    }
}
