package dev.parley.conversation.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import okhttp3.Headers;

/** Reads the {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
final class RetryAfter {
    static final String HEADER = "Retry-After";

    private RetryAfter() {
    }

    /**
     * How long the server asked to wait, measured from {@code clock}'s now; zero for a date in the
     * past; {@code null} when the header is absent or unreadable (then the policy's backoff applies).
     */
    static Duration parse(Headers headers, Clock clock) {
        String value = headers.get(HEADER);
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
        Date at = headers.getDate(HEADER);
        if (at == null) {
            return null;
        }
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
