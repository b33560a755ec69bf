package dev.parley.conversation.mock.engine;

/**
 * What the engine makes of a presigned upload request ({@link ConversationEngine#verifyUpload},
 * {@link ConversationEngine#storeUpload}). An HTTP front end would typically answer {@code VALID}
 * with 200, {@code UNKNOWN} with 404, {@code TAMPERED} and {@code EXPIRED} with 403,
 * {@code ALREADY_UPLOADED} with 409 and {@code TOO_LARGE} with 413.
 */
public enum UploadVerdict {
    /** The URL is genuine, unexpired and unused (for a store: the bytes are now stored). */
    VALID,
    /** The signature is genuine but no tenant holds the key (e.g. the tenant was reset since). */
    UNKNOWN,
    /** The signature does not match the key and expiry: the URL was altered or forged. */
    TAMPERED,
    /** The URL's expiry has passed on its tenant's clock. */
    EXPIRED,
    /** Bytes were already stored under this key: a presigned URL accepts one upload. */
    ALREADY_UPLOADED,
    /** The bytes exceed the engine's upload size limit. */
    TOO_LARGE
}
