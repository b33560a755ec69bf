package dev.parley.conversation.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * Removes secrets from text the client logs or puts into exception messages: the request's own
 * credential, any compact JWT (UltraCart's agent token starts {@code eyJ}), the {@code jwt} field
 * of an agent authorization, the {@code jwt} query parameter of a websocket URL whatever it holds,
 * the signed query of URLs in JSON (presigned upload URLs) and the {@code user:password@} of URLs.
 *
 * <p>The credential is masked where it stands as a whole token (between characters that cannot
 * continue it), never inside a longer word: with the key {@code k}, {@code /agent/keepalive} stays
 * as it is while {@code key k} becomes {@code key <redacted>}.
 */
final class Redaction {
    static final String MASK = "<redacted>";

    private static final Pattern JWT_FIELD = Pattern.compile("(\"jwt\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*");
    private static final Pattern JWT_PARAMETER = Pattern.compile("([?&]jwt=)[^&#\\s\"]*");
    private static final Pattern SIGNED_URL_QUERY = Pattern.compile("(\"https?://[^\"?\\s]*)\\?[^\"\\s]*(\")");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b((?:https?|wss?)://)[^/?#@\\s\"]+@");
    /** Characters that continue a token: a credential next to one of these is part of something longer. */
    private static final String TOKEN_CHARACTER = "[A-Za-z0-9_-]";
    private static final int MAX_CAUSES = 16;

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
        result = USER_INFO.matcher(result).replaceAll("$1" + MASK + "@");
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

    /**
     * A copy of {@code cause} and its causes for an exception the client throws: each keeps its class
     * name (in {@code toString()}), its stack trace and its message scrubbed as {@link #scrub(String, Request)}
     * does, so that a cause says what went wrong without repeating a secret it quoted.
     */
    static Throwable scrubbed(Throwable cause, Request request) {
        return scrubbed(cause, request, MAX_CAUSES);
    }

    private static Throwable scrubbed(Throwable cause, Request request, int depth) {
        if (cause == null || depth == 0) {
            return null;
        }
        ScrubbedCause copy = new ScrubbedCause(cause.getClass().getName(), scrub(cause.getMessage(), request),
                scrubbed(cause.getCause(), request, depth - 1));
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }

    private static String without(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        Pattern whole = Pattern.compile(
                "(?<!" + TOKEN_CHARACTER + ")" + Pattern.quote(secret) + "(?!" + TOKEN_CHARACTER + ")");
        return whole.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** A cause as {@link #scrubbed(Throwable, Request)} copies it: named after the original's class. */
    static final class ScrubbedCause extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String originalClass;

        ScrubbedCause(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        /** The class of the exception this copies. */
        String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
