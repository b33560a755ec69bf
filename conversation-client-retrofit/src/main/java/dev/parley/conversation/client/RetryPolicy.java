package dev.parley.conversation.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When {@link UltraCartConversationClient} repeats a request that failed, and how long it waits.
 *
 * <p>A request is retried when the server answers one of {@link #retryStatuses()} (by default 408,
 * 425, 429 and 503: the statuses that ask for the same request again), or, when {@link #retriesConnectionFailures()}, when the connection failed before a
 * response arrived. Timeouts are never retried: a slow server is not made faster by asking again.
 * Starting a conversation is never retried, whatever the policy: it is not idempotent.
 *
 * <p>The wait before retry {@code n} (1 for the first retry) is the server's {@code Retry-After}
 * when it sent one, else a random duration between zero and
 * {@code min(maxDelay, initialDelay × 2^(n-1))} (exponential backoff with full jitter). Retrying
 * stops after {@link #maxAttempts()} attempts, when the wait would end after
 * {@link #maxElapsed()} from the first attempt, or when the server's {@code Retry-After} is longer
 * than {@link #maxDelay()}: the caller then gets the last failure, a
 * {@link dev.parley.conversation.domain.RateLimitedException} or
 * {@link dev.parley.conversation.domain.ServerErrorException} carrying the server's retry-after.
 * Every request sent counts as an attempt: the client keeps OkHttp from repeating requests on its own.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(2)).build();
 * }</pre>
 *
 * <p>Immutable and safe to share.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = new Builder().build();
    private static final RetryPolicy NONE = new Builder().maxAttempts(1).retryStatuses().retryConnectionFailures(false).build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxElapsed;
    private final Set<Integer> retryStatuses;
    private final boolean retryConnectionFailures;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.maxElapsed = builder.maxElapsed;
        Set<Integer> statuses = new TreeSet<>();
        for (int status : builder.retryStatuses) {
            statuses.add(status);
        }
        this.retryStatuses = Collections.unmodifiableSet(statuses);
        this.retryConnectionFailures = builder.retryConnectionFailures;
    }

    /**
     * The default policy: 4 attempts in at most 60 seconds, backoff from 500 ms up to 20 seconds,
     * retrying 408, 425, 429 and 503 and connection failures.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Never retries: every failure reaches the caller at once.
     *
     * @return the policy that never retries
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy.
     *
     * @return a new builder with this policy's settings
     */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .initialDelay(initialDelay)
                .maxDelay(maxDelay)
                .maxElapsed(maxElapsed)
                .retryStatuses(retryStatuses.stream().mapToInt(Integer::intValue).toArray())
                .retryConnectionFailures(retryConnectionFailures);
    }

    /**
     * How many times a request is sent at most, the first time included (1 means never retried).
     *
     * @return the most attempts
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The backoff ceiling before the first retry; it doubles for every further retry.
     *
     * @return the first backoff ceiling
     */
    public Duration initialDelay() {
        return initialDelay;
    }

    /**
     * The longest wait before a retry; a longer {@code Retry-After} ends retrying.
     *
     * @return the longest wait
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * How long after the first attempt a retry may still start.
     *
     * @return the retry window
     */
    public Duration maxElapsed() {
        return maxElapsed;
    }

    /**
     * The HTTP statuses that are retried (by default 408, 425, 429 and 503), in ascending order.
     *
     * @return the retried statuses
     */
    public Set<Integer> retryStatuses() {
        return retryStatuses;
    }

    /**
     * Whether a connection that failed before a response arrived is retried (for operations safe to repeat).
     *
     * @return true when connection failures are retried
     */
    public boolean retriesConnectionFailures() {
        return retryConnectionFailures;
    }

    /**
     * The backoff before retry {@code retry} (1 for the first), for a {@code random} value in [0, 1):
     * full jitter over the exponentially growing ceiling.
     */
    Duration backoff(int retry, double random) {
        long ceiling = initialDelay.toMillis();
        for (int i = 1; i < retry && ceiling < maxDelay.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxDelay.toMillis());
        return Duration.ofMillis((long) (ceiling * random));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy that
                && maxAttempts == that.maxAttempts
                && initialDelay.equals(that.initialDelay)
                && maxDelay.equals(that.maxDelay)
                && maxElapsed.equals(that.maxElapsed)
                && retryStatuses.equals(that.retryStatuses)
                && retryConnectionFailures == that.retryConnectionFailures;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialDelay, maxDelay, maxElapsed, retryStatuses, retryConnectionFailures);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", maxElapsed=" + maxElapsed + ", retryStatuses=" + retryStatuses
                + ", retryConnectionFailures=" + retryConnectionFailures + "]";
    }

    /** Builds a {@link RetryPolicy}; {@link #build()} checks the values and names any that is wrong. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Duration maxElapsed = Duration.ofSeconds(60);
        private int[] retryStatuses = {408, 425, 429, 503};
        private boolean retryConnectionFailures = true;

        private Builder() {
        }

        /**
         * How many times a request is sent at most, the first time included; at least 1.
         *
         * @param maxAttempts the most attempts
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The backoff ceiling before the first retry; positive.
         *
         * @param initialDelay the first backoff ceiling
         * @return this builder
         */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
            return this;
        }

        /**
         * The longest wait before a retry; at least the initial delay.
         *
         * @param maxDelay the longest wait
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /**
         * How long after the first attempt a retry may still start; positive.
         *
         * @param maxElapsed the retry window
         * @return this builder
         */
        public Builder maxElapsed(Duration maxElapsed) {
            this.maxElapsed = maxElapsed;
            return this;
        }

        /**
         * The HTTP statuses to retry, each 408, 425, 429 or 500 to 599; none to retry no status.
         *
         * @param statuses the statuses to retry
         * @return this builder
         */
        public Builder retryStatuses(int... statuses) {
            this.retryStatuses = statuses == null ? null : statuses.clone();
            return this;
        }

        /**
         * Whether to retry a connection that failed before a response arrived.
         *
         * @param retry true to retry them
         * @return this builder
         */
        public Builder retryConnectionFailures(boolean retry) {
            this.retryConnectionFailures = retry;
            return this;
        }

        /**
         * The policy.
         *
         * @return the policy
         * @throws IllegalStateException naming the first value that is missing or out of range
         */
        public RetryPolicy build() {
            if (maxAttempts < 1) {
                throw new IllegalStateException("max attempts must be at least 1 but was " + maxAttempts);
            }
            requirePositive(initialDelay, "initial delay");
            requirePositive(maxDelay, "max delay");
            requirePositive(maxElapsed, "max elapsed");
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalStateException(
                        "max delay must be at least the initial delay " + initialDelay + " but was " + maxDelay);
            }
            if (retryStatuses == null) {
                throw new IllegalStateException("retry statuses must not be null; pass none to retry no status");
            }
            for (int status : retryStatuses) {
                if (!retriable(status)) {
                    throw new IllegalStateException("retry statuses must each be 408, 425, 429 or 500 to 599 but "
                            + Arrays.toString(retryStatuses) + " has " + status);
                }
            }
            return new RetryPolicy(this);
        }

        // Other statuses say the request itself is wrong: sending it again cannot help.
        private static boolean retriable(int status) {
            return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599);
        }

        private static void requirePositive(Duration value, String name) {
            if (value == null) {
                throw new IllegalStateException(name + " must not be null");
            }
            if (value.isNegative() || value.isZero()) {
                throw new IllegalStateException(name + " must be positive but was " + value);
            }
        }
    }
}
