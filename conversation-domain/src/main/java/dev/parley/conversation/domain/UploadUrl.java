package dev.parley.conversation.domain;

import java.net.URI;

/**
 * A presigned URL that accepts one {@code PUT} of a media file ({@code ConversationMultimediaUploadUrl}).
 *
 * <p>After the upload, cite {@link #key()} in a message's upload keys. The URL carries a signature:
 * {@link #toString()} shows only its host and path.
 *
 * @param key the upload's unique key
 * @param url where to {@code PUT} the bytes, until it expires
 */
public record UploadUrl(UploadKey key, URI url) {
    /**
     * Creates the value, checking its components.
     *
     * @param key the upload's unique key
     * @param url where to {@code PUT} the bytes, until it expires
     * @throws IllegalArgumentException when key or url is null
     */
    public UploadUrl {
        Checks.nonNull(key, "upload key");
        Checks.nonNull(url, "upload url");
    }

    @Override
    public String toString() {
        return "UploadUrl[key=" + key + ", url=" + url.getScheme() + "://" + url.getAuthority() + url.getPath()
                + (url.getRawQuery() == null ? "" : "?<signed>") + "]";
    }
}
