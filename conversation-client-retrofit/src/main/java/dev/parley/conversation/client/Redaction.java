package dev.parley.conversation.client;

import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * Removes secrets from text the client logs or puts into exception messages: the request's own
 * credential, any compact JWT (UltraCart's agent token starts {@code eyJ}), the {@code jwt} field
 * of an agent authorization, the {@code jwt} query parameter of a websocket URL whatever it holds,
 * and the signed query of URLs in JSON (presigned upload URLs).
 */
final class Redaction {
    static final String MASK = "<redacted>";

    private static final Pattern JWT_FIELD = Pattern.compile("(\"jwt\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*");
    private static final Pattern JWT_PARAMETER = Pattern.compile("([?&]jwt=)[^&#\\s\"]*");
    private static final Pattern SIGNED_URL_QUERY = Pattern.compile("(\"https?://[^\"?\\s]*)\\?[^\"\\s]*(\")");

    private Redaction() {
    }

    /** {@code text} without JWTs and signed URL queries. */
    static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = JWT_FIELD.matcher(text).replaceAll("$1" + MASK + "$2");
        result = JWT.matcher(result).replaceAll(MASK);
        result = JWT_PARAMETER.matcher(result).replaceAll("$1" + MASK);
        return SIGNED_URL_QUERY.matcher(result).replaceAll("$1?" + MASK + "$2");
    }

    /**
     * {@code text} without JWTs, signed URL queries, nor the credential {@code request} carried (its key,
     * its bearer token, or the agent JWT in its URL's {@code jwt} query parameter).
     */
    static String scrub(String text, Request request) {
        String result = scrub(text);
        if (result == null || request == null) {
            return result;
        }
        result = without(result, request.header(Credential.SIMPLE_KEY_HEADER));
        result = without(result, request.url().queryParameter("jwt"));
        String authorization = request.header(Credential.AUTHORIZATION_HEADER);
        if (authorization != null) {
            result = without(result, authorization.replaceFirst("(?i)^bearer\\s+", ""));
        }
        return result;
    }

    private static String without(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        return text.replace(secret, MASK);
    }
}
