package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Presigned upload URLs: issuing them, checking them and storing what is sent to them.
 *
 * <p>A URL is {@code {publicBase}/__uploads/{key}?expires={epochSeconds}&signature={sig}} where the
 * signature is HMAC-SHA256 (base64url, unpadded) over the key and expiry with a secret only this
 * engine knows. Checking compares in constant time and the expiry runs on the key's tenant clock.
 * A key is random (a UUID and the extension), so it cannot be guessed; each tenant holds its own
 * keys and an engine-wide map finds a key's tenant in O(1).
 */
final class Uploads {

    static final String PATH = "/__uploads/";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret = new byte[32];
    private final Supplier<URI> publicBaseUrl;
    private final Duration ttl;
    private final long maxBytes;
    private final Map<String, Tenant> tenantsByKey = new ConcurrentHashMap<>();

    Uploads(SecureRandom random, Supplier<URI> publicBaseUrl, Duration ttl, long maxBytes) {
        random.nextBytes(secret);
        this.publicBaseUrl = publicBaseUrl;
        this.ttl = ttl;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Issues a fresh presigned URL in {@code tenant}. O(1). */
    UploadUrl create(Tenant tenant, String extension) {
        if (!MediaTypes.isWellFormed(extension)) {
            throw new IllegalArgumentException(
                    "extension must be letters and digits only, like jpg or pdf, but was \"" + extension + "\"");
        }
        String mediaType = MediaTypes.of(extension).orElseThrow(() -> Errors.invalid(
                "extension " + extension + " is not a media type a conversation carries (images, video, audio, pdf)",
                "Files of type ." + extension + " cannot be sent in a conversation.",
                extension));
        String key = Tenant.randomId() + "." + extension.toLowerCase(Locale.ROOT);
        long expires = tenant.write(() -> {
            long expiresAt = tenant.now().plus(ttl).getEpochSecond();
            tenant.addUpload(new UploadSlot(key, extension, mediaType, expiresAt));
            return expiresAt;
        });
        tenantsByKey.put(key, tenant);
        URI url = URI.create(base() + PATH + key + "?expires=" + expires + "&signature=" + sign(key, expires));
        return new UploadUrl(UploadKey.of(key), url);
    }

    /** Where a stored upload can be read back: the upload path without a signature. */
    String mediaUrl(String key) {
        return base() + PATH + key;
    }

    private String base() {
        String base = publicBaseUrl.get().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    UploadVerdict verify(String key, long expiresEpochSeconds, String signature) {
        return check(key, expiresEpochSeconds, signature, null);
    }

    UploadVerdict store(String key, long expiresEpochSeconds, String signature, byte[] bytes) {
        Errors.required(bytes, "upload bytes");
        return check(key, expiresEpochSeconds, signature, bytes);
    }

    /** Checks a request against its URL and, with {@code bytes}, stores them atomically when valid. */
    private UploadVerdict check(String key, long expiresEpochSeconds, String signature, byte[] bytes) {
        // The signature is checked first so that a forged request learns nothing about which keys exist.
        if (key == null || signature == null || !MessageDigest.isEqual(
                sign(key, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return UploadVerdict.TAMPERED;
        }
        Tenant tenant = tenantsByKey.get(key);
        if (tenant == null) {
            return UploadVerdict.UNKNOWN;
        }
        Supplier<UploadVerdict> decide = () -> {
            UploadSlot slot = tenant.upload(key);
            if (slot == null) {
                return UploadVerdict.UNKNOWN;
            }
            Instant now = tenant.now();
            if (slot.expiredAt(now)) {
                return UploadVerdict.EXPIRED;
            }
            if (slot.bytes != null) {
                return UploadVerdict.ALREADY_UPLOADED;
            }
            if (bytes != null) {
                if (bytes.length > maxBytes) {
                    return UploadVerdict.TOO_LARGE;
                }
                slot.bytes = bytes.clone();
                slot.storedAt = now;
            }
            return UploadVerdict.VALID;
        };
        return bytes == null ? tenant.read(decide) : tenant.write(decide);
    }

    /** The bytes stored under {@code key}, if any. O(size) for the copy. */
    Optional<StoredUpload> stored(String key) {
        Tenant tenant = key == null ? null : tenantsByKey.get(key);
        if (tenant == null) {
            return Optional.empty();
        }
        return tenant.read(() -> {
            UploadSlot slot = tenant.upload(key);
            return slot == null || slot.bytes == null
                    ? Optional.empty()
                    : Optional.of(new StoredUpload(slot.key, slot.mediaType, slot.bytes, slot.storedAt));
        });
    }

    /** Forgets keys a tenant dropped (on reset). */
    void forget(Set<String> keys) {
        tenantsByKey.keySet().removeAll(keys);
    }

    /** The signature of a URL: an HMAC of its key and expiry under this engine's random secret. */
    String sign(String key, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((key + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }
}
