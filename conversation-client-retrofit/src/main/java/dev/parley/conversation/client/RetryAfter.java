package dev.parley.conversation.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Reads the {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
final class RetryAfter {
    static final String HEADER = "Retry-After";
    /** Where a 503's {@code Retry-After} is kept out of OkHttp's sight (see {@link #HOLD_IMMEDIATE_RETRY}). */
    static final String HELD_HEADER = "Parley-Held-Retry-After";

    /**
     * A network interceptor that hides a 503's {@code Retry-After} from OkHttp, which resends a request
     * at once on its own when it reads 0 there, whatever {@code retryOnConnectionFailure} says. The
     * retry policy reads the value back and decides, so that every send counts as an attempt.
     */
    static final Interceptor HOLD_IMMEDIATE_RETRY = chain -> {
        Response response = chain.proceed(chain.request());
        String value = response.header(HEADER);
        if (response.code() != 503 || value == null) {
            return response;
        }
        return response.newBuilder().removeHeader(HEADER).header(HELD_HEADER, value).build();
    };

    private RetryAfter() {
    }

    /**
     * How long the server asked to wait, measured from {@code clock}'s now; zero for a date in the
     * past; {@code null} when the header is absent or unreadable (then the policy's backoff applies).
     */
    static Duration parse(Headers headers, Clock clock) {
        String name = headers.get(HEADER) != null ? HEADER : HELD_HEADER;
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        }
        // OkHttp reads every HTTP-date form: IMF-fixdate, RFC 850 and asctime.
        Date at = headers.getDate(name);
        if (at == null) {
            return null;
        }
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
