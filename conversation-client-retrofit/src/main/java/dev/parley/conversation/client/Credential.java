package dev.parley.conversation.client;

import java.util.function.Supplier;

/**
 * How the client authenticates: UltraCart's simple key, or an OAuth bearer token read afresh for
 * every request so that a token can rotate. Never shows its secret in {@link #toString()}.
 */
final class Credential {
    static final String SIMPLE_KEY_HEADER = "x-ultracart-simple-key";
    static final String AUTHORIZATION_HEADER = "Authorization";

    private final String simpleKey;
    private final Supplier<String> bearerToken;

    private Credential(String simpleKey, Supplier<String> bearerToken) {
        this.simpleKey = simpleKey;
        this.bearerToken = bearerToken;
    }

    static Credential simpleKey(String key) {
        return new Credential(key, null);
    }

    static Credential bearerToken(Supplier<String> supplier) {
        return new Credential(null, supplier);
    }

    /**
     * Why a value cannot be sent as a header, or {@code null} when it can. Describes the value by
     * its length and the offending position only: it is a secret.
     */
    static String headerProblem(String value, String name) {
        if (value == null) {
            return name + " must not be null";
        }
        if (value.isBlank()) {
            return name + " must not be blank but had " + value.length() + " blank characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return name + " must be visible ASCII without spaces but has character 0x"
                        + Integer.toHexString(c) + " at index " + i + " of " + value.length()
                        + " (a trailing newline from a file or environment variable?)";
            }
        }
        return null;
    }

    String headerName() {
        return simpleKey != null ? SIMPLE_KEY_HEADER : AUTHORIZATION_HEADER;
    }

    /**
     * The header value for the next request.
     *
     * @throws CredentialUnavailableException when the token supplier fails or gives an unusable token
     */
    String headerValue() throws CredentialUnavailableException {
        if (simpleKey != null) {
            return simpleKey;
        }
        String token;
        try {
            token = bearerToken.get();
        } catch (RuntimeException e) {
            throw new CredentialUnavailableException(
                    "The bearer token supplier failed with " + e.getClass().getName(), e);
        }
        String problem = headerProblem(token, "the bearer token from the supplier");
        if (problem != null) {
            throw new CredentialUnavailableException(problem, null);
        }
        return "Bearer " + token;
    }

    @Override
    public String toString() {
        return simpleKey != null ? "simple key" : "bearer token";
    }
}
