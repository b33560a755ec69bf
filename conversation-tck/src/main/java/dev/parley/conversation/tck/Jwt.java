package dev.parley.conversation.tck;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a compact JWT (RFC 7519) for the kit to check its shape and claims, without a JSON
 * library and without verifying the signature (the kit does not know the key). Never prints the token.
 */
final class Jwt {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CLAIM_NAME = Pattern.compile("\"([^\"]+)\"\\s*:");
    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)(?:\\.\\d+)?\\s*[,}]");

    private final String header;
    private final String payload;

    private Jwt(String header, String payload) {
        this.header = header;
        this.payload = payload;
    }

    /**
     * Decodes a compact JWT: three base64url parts (no padding) separated by dots, the first two JSON objects.
     *
     * @throws IllegalArgumentException saying what is wrong with the shape (never quoting the token)
     */
    static Jwt parse(String token) {
        if (token == null) {
            throw new IllegalArgumentException("the JWT is missing");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a compact JWT has 3 dot-separated parts but this one has " + parts.length);
        }
        String[] names = {"header", "payload", "signature"};
        for (int i = 0; i < 3; i++) {
            if (!BASE64URL.matcher(parts[i]).matches()) {
                throw new IllegalArgumentException("the JWT's " + names[i]
                        + " is not unpadded base64url (letters, digits, '-' and '_', not empty)");
            }
        }
        return new Jwt(json(parts[0], "header"), json(parts[1], "payload"));
    }

    private static String json(String part, String name) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWT's " + name + " does not decode as base64url", e);
        }
        String trimmed = decoded.strip();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            throw new IllegalArgumentException("the JWT's " + name + " does not decode to a JSON object");
        }
        return trimmed;
    }

    /** The decoded header, a JSON object. */
    String header() {
        return header;
    }

    /** The decoded payload (claims), a JSON object. */
    String payload() {
        return payload;
    }

    /** The {@code exp} claim (NumericDate, seconds since the epoch), when present. */
    Optional<Instant> expiry() {
        Matcher matcher = EXP.matcher(payload);
        return matcher.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    /** The payload's claim names, in order (the values may be secret: failure messages show only these). */
    List<String> claimNames() {
        return CLAIM_NAME.matcher(payload).results().map(m -> m.group(1)).toList();
    }

    /** Whether some claim of the payload holds exactly {@code value} as a JSON string. */
    boolean hasClaimValue(String value) {
        // JSON writers may escape '/' as "\/"; ARNs and URLs contain slashes.
        String unescapedSlashes = payload.replace("\\/", "/");
        return unescapedSlashes.contains("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
}
