package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The policy's defaults, its validation, and the backoff it computes. */
class RetryPolicyTest {

    @Test
    void defaultsRetry408And425And429And503AndConnectionFailuresFourTimesInAMinute() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(4);
        assertThat(defaults.retryStatuses()).containsExactly(408, 425, 429, 503);
        assertThat(defaults.retriesConnectionFailures()).isTrue();
        assertThat(defaults.initialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.maxElapsed()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void noneMakesOneAttemptAndRetriesNothing() {
        RetryPolicy none = RetryPolicy.none();

        assertThat(none.maxAttempts()).isEqualTo(1);
        assertThat(none.retryStatuses()).isEmpty();
        assertThat(none.retriesConnectionFailures()).isFalse();
    }

    @Test
    void backoffIsFullJitterUnderACeilingThatDoublesUpToTheMaxDelay() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(700)).build();

        assertThat(policy.backoff(1, 0.999)).isEqualTo(Duration.ofMillis(99));
        assertThat(policy.backoff(2, 0.999)).isEqualTo(Duration.ofMillis(199));
        assertThat(policy.backoff(3, 0.999)).isEqualTo(Duration.ofMillis(399));
        assertThat(policy.backoff(4, 0.999)).isEqualTo(Duration.ofMillis(699));
        assertThat(policy.backoff(40, 0.999)).isEqualTo(Duration.ofMillis(699));
        assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ZERO);
    }

    @Test
    void toBuilderKeepsEveryValue() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(7).initialDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(9)).maxElapsed(Duration.ofMinutes(3)).retryStatuses(500, 503)
                .retryConnectionFailures(false).build();

        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
        assertThat(policy.toBuilder().maxAttempts(2).build()).isNotEqualTo(policy);
    }

    @Test
    void maxAttemptsMustBeAtLeastOne() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("max attempts must be at least 1 but was 0");
    }

    @Test
    void delaysMustBePositive() {
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ZERO).build())
                .hasMessage("initial delay must be positive but was PT0S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(null).build())
                .hasMessage("max elapsed must not be null");
    }

    @Test
    void maxDelayMustNotBeBelowTheInitialDelay() {
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(1)).build())
                .hasMessage("max delay must be at least the initial delay PT5S but was PT1S");
    }

    @Test
    void statusesThatSayTheRequestIsWrongCannotBeRetried() {
        assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(503, 404).build())
                .hasMessage("retry statuses must each be 408, 425, 429 or 500 to 599 but [503, 404] has 404");
    }
}
