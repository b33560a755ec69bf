package dev.parley.conversation.mock.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How the fake makes matching API requests of one tenant fail, the next {@code times} times: answer a
 * status in UltraCart's error shape, answer late, or drop the connection without an answer.
 *
 * <pre>{@code
 * fake.control("test-key").addFault(Fault.status(503).forPath("/rest/v2/conversation/conversations.*").times(2));
 * fake.control("test-key").addFault(Fault.status(429).withRetryAfter(Duration.ofSeconds(3)));
 * fake.control("test-key").addFault(Fault.disconnect().forMethod("PUT"));
 * fake.control("test-key").addFault(Fault.delay(Duration.ofMillis(1500)));
 * }</pre>
 *
 * <p>A fault matches API requests (under {@code /rest/v2}) made with the tenant's credential, never
 * the control plane. It is checked after authentication and before the request is validated, so a
 * request that would have been refused still fails the faulty way. A 429 without a retry-after is
 * answered with {@code Retry-After: 1}, as the contract wants every 429 to carry one.
 *
 * <p>A dropped connection is what a client sees when a server or proxy dies mid-request: an I/O error,
 * no status. Clients such as java.net.http and OkHttp silently send an idempotent request (a
 * {@code GET}) once more when its connection closes without an answer: to make such a request fail,
 * drop it at least twice ({@code times(2)}).
 *
 * @param method            the HTTP method to match (upper case), or null for any
 * @param pathRegex         a regular expression the whole request path (such as
 *                          {@code /rest/v2/conversation/conversations}) must match, or null for any
 * @param times             how many matching requests fail, at least 1
 * @param status            the status to answer (400 to 599), or null
 * @param retryAfterSeconds the {@code Retry-After} to send with a 429 or 503, or null
 * @param delay             how long to wait before answering or dropping, or null
 * @param dropConnection    whether to close the connection without any answer
 */
public record Fault(
        String method,
        String pathRegex,
        int times,
        Integer status,
        Long retryAfterSeconds,
        Duration delay,
        boolean dropConnection) {

    /** The longest delay a fault may ask for. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /**
     * Creates the value, checking its components.
     *
     * @param method the HTTP method to match (upper case), or null for any
     * @param pathRegex a regular expression the whole request path (such as {@code /rest/v2/conversation/conversations}) must match, or null for any
     * @param times how many matching requests fail, at least 1
     * @param status the status to answer (400 to 599), or null
     * @param retryAfterSeconds the {@code Retry-After} to send with a 429 or 503, or null
     * @param delay how long to wait before answering or dropping, or null
     * @param dropConnection whether to close the connection without any answer
     * @throws IllegalArgumentException naming the offending value when the fault is not one the fake can apply
     */
    public Fault {
        if (method != null) {
            method = method.toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("method must be one of " + String.join(", ", METHODS.stream().sorted().toList())
                        + " but was \"" + method + "\"");
            }
        }
        if (pathRegex != null) {
            try {
                Pattern.compile(pathRegex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("path must be a regular expression but \"" + pathRegex
                        + "\" is not: " + e.getDescription());
            }
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but was " + times);
        }
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be between 400 and 599 but was " + status);
        }
        if (retryAfterSeconds != null) {
            if (status == null || (status != 429 && status != 503)) {
                throw new IllegalArgumentException("retry after goes with status 429 or 503 but the status was " + status);
            }
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("retry after must not be negative but was " + retryAfterSeconds);
            }
        }
        if (delay != null && (delay.isNegative() || delay.isZero() || delay.compareTo(MAX_DELAY) > 0)) {
            throw new IllegalArgumentException("delay must be more than 0 and at most " + MAX_DELAY.toMillis()
                    + " ms but was " + delay.toMillis() + " ms");
        }
        if (dropConnection && status != null) {
            throw new IllegalArgumentException("a fault either answers a status or drops the connection, not both");
        }
        if (status == null && delay == null && !dropConnection) {
            throw new IllegalArgumentException("a fault needs a status, a delay or a dropped connection but had none");
        }
    }

    /**
     * Answer {@code status} (400 to 599) in UltraCart's error shape, once, to any API request.
     *
     * @param status the HTTP status to answer
     * @return the fault
     */
    public static Fault status(int status) {
        return new Fault(null, null, 1, status, null, null, false);
    }

    /**
     * Answer normally but only after {@code delay}, once, to any API request.
     *
     * @param delay how long to wait before answering
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(null, null, 1, null, null, delay, false);
    }

    /**
     * Close the connection without answering, once, for any API request.
     *
     * @return the fault
     */
    public static Fault disconnect() {
        return new Fault(null, null, 1, null, null, null, true);
    }

    /**
     * This fault for requests with this HTTP method only.
     *
     * @param httpMethod the method, such as {@code GET}
     * @return a copy of this fault for that method
     */
    public Fault forMethod(String httpMethod) {
        return new Fault(httpMethod, pathRegex, times, status, retryAfterSeconds, delay, dropConnection);
    }

    /**
     * This fault for requests whose whole path matches this regular expression only.
     *
     * @param regex the regular expression
     * @return a copy of this fault for those paths
     */
    public Fault forPath(String regex) {
        return new Fault(method, regex, times, status, retryAfterSeconds, delay, dropConnection);
    }

    /**
     * This fault for the next {@code n} matching requests.
     *
     * @param n how many requests fail; positive
     * @return a copy of this fault for that many requests
     */
    public Fault times(int n) {
        return new Fault(method, pathRegex, n, status, retryAfterSeconds, delay, dropConnection);
    }

    /**
     * This fault (a 429 or 503) with a {@code Retry-After} header, in whole seconds.
     *
     * @param retryAfter the wait to announce
     * @return a copy of this fault with that header
     */
    public Fault withRetryAfter(Duration retryAfter) {
        return new Fault(method, pathRegex, times, status, retryAfter.toSeconds(), delay, dropConnection);
    }

    /**
     * This fault, applied only after {@code wait}.
     *
     * @param wait how long to wait first
     * @return a copy of this fault with that wait
     */
    public Fault withDelay(Duration wait) {
        return new Fault(method, pathRegex, times, status, retryAfterSeconds, wait, dropConnection);
    }
}
