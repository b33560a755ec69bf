package dev.parley.conversation.mock.server;

import io.javalin.http.Context;
import java.util.Locale;

/** UltraCart's two ways to authenticate: a simple API key header, or an OAuth bearer token. */
final class Credentials {
    static final String SIMPLE_KEY_HEADER = "x-ultracart-simple-key";
    static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String BEARER = "bearer ";

    private Credentials() {
    }

    /**
     * The request's credential: the simple key when sent, else the bearer token.
     *
     * @throws UltraCartError 401 when neither is present, the value is blank, or Authorization is not a bearer token
     */
    static String require(Context ctx) {
        String key = ctx.header(SIMPLE_KEY_HEADER);
        if (key != null) {
            if (key.isBlank()) {
                throw UltraCartError.unauthorized("The x-ultracart-simple-key header is blank.");
            }
            return key.strip();
        }
        String authorization = ctx.header(AUTHORIZATION_HEADER);
        if (authorization == null) {
            throw UltraCartError.unauthorized(
                    "No credentials: send the x-ultracart-simple-key header or Authorization: Bearer TOKEN.");
        }
        String scheme = authorization.strip().toLowerCase(Locale.ROOT);
        if (scheme.equals(BEARER.strip())) {
            throw UltraCartError.unauthorized("The Authorization header's bearer token is blank.");
        }
        if (!scheme.startsWith(BEARER)) {
            throw UltraCartError.unauthorized("The Authorization header must be a bearer token (Bearer TOKEN).");
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            throw UltraCartError.unauthorized("The Authorization header's bearer token is blank.");
        }
        return token;
    }

    /** The credential when the request carries a usable one, else null; never throws. */
    static String find(Context ctx) {
        try {
            return require(ctx);
        } catch (UltraCartError e) {
            return null;
        }
    }
}
