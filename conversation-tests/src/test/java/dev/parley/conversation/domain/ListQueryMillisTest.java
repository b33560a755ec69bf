package dev.parley.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListQueryMillisTest {

    @Test
    void beforeInWholeMillisecondsIsRoundedUpSoItStaysExclusive() {
        assertThat(millis("1970-01-01T00:00:00.001Z")).isEqualTo(1L);
        assertThat(millis("1970-01-01T00:00:00.0015Z")).isEqualTo(2L);
        assertThat(millis("1970-01-01T00:00:00.001000001Z")).isEqualTo(2L);
        assertThat(millis("1969-12-31T23:59:59.9995Z")).isEqualTo(0L);
        assertThat(ConversationListQuery.all().beforeEpochMillis()).isNull();
    }

    @Test
    void beforeFarFromTheEpochSaturates() {
        assertThat(ConversationListQuery.all().withBefore(Instant.MAX).beforeEpochMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(ConversationListQuery.all().withBefore(Instant.MIN).beforeEpochMillis()).isEqualTo(Long.MIN_VALUE);
    }

    private static Long millis(String before) {
        return ConversationListQuery.all().withBefore(Instant.parse(before)).beforeEpochMillis();
    }
}
