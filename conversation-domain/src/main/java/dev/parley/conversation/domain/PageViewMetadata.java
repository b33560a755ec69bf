package dev.parley.conversation.domain;

/**
 * A key and value recorded with a page view ({@code HitPageViewMetaData}); both optional.
 *
 * @param key   the key
 * @param value the value
 */
public record PageViewMetadata(String key, String value) {
}
