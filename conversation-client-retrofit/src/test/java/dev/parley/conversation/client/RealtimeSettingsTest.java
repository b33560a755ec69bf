package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realtime settings' checks, the reconnect backoff, and the bounded memory behind exactly-once delivery. */
class RealtimeSettingsTest {
    private static final ConversationId C1 = ConversationId.of("c-1");

    @Test
    void reconnectWaitsAreFullJitterUnderACapThatDoublesUpToTheMax() {
        RealtimeSettings highest = settingsWithJitter(0.999_999);
        RealtimeSettings lowest = settingsWithJitter(0);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 40).stream().map(n -> highest.reconnectDelay(n).toMillis()).toList())
                .containsExactly(99L, 199L, 399L, 799L, 999L, 999L, 999L);
        assertThat(lowest.reconnectDelay(3)).isZero();
    }

    @Test
    void invalidRealtimeSettingsAreNamedByBuild() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().simpleKey("k")
                .realtimeReconnectDelays(Duration.ofSeconds(5), Duration.ofSeconds(1))
                .realtimePingInterval(Duration.ZERO)
                .realtimeMaxReconnectAttempts(-1)
                .realtimeJwt(null)
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("realtime JWT presentation must not be null")
                .hasMessageContaining("realtime ping interval must be positive but was PT0S")
                .hasMessageContaining("realtime max reconnect delay must be at least the initial delay (PT5S) but was PT1S")
                .hasMessageContaining("realtime max reconnect attempts must not be negative but was -1");
    }

    @Test
    void aMessageIsDeliveredOnceByItsId() {
        Ledger ledger = new Ledger(100, 100, Instant.EPOCH);

        assertThat(ledger.firstDelivery(C1, message("m1", 1_000))).isTrue();
        assertThat(ledger.firstDelivery(C1, message("m1", 1_000))).isFalse();
        assertThat(ledger.firstDelivery(C1, message("m2", 1_000))).as("same millisecond, other message").isTrue();
    }

    @Test
    void theResumePointIsTheNewestDeliveredMessageLessOneMillisecond() {
        Ledger ledger = new Ledger(100, 100, Instant.EPOCH);
        ledger.firstDelivery(C1, message("m2", 2_000));
        ledger.firstDelivery(C1, message("m1", 1_000));

        assertThat(ledger.resumePoints()).containsEntry(C1, Instant.ofEpochMilli(1_999));
    }

    @Test
    void aConversationFollowedFromAnEventResumesAfterItsLastActivity() {
        Ledger ledger = new Ledger(100, 100, Instant.ofEpochMilli(500));
        ConversationId other = ConversationId.of("c-2");
        ledger.follow(C1, Instant.ofEpochMilli(7_000));
        ledger.follow(other, null);

        assertThat(ledger.resumePoints()).containsEntry(C1, Instant.ofEpochMilli(7_000))
                .containsEntry(other, Instant.ofEpochMilli(500));
    }

    @Test
    void aMessageAtTheTimeAConversationWasFollowedFromMovesItsPointBackToCatchItsSiblings() {
        Ledger ledger = new Ledger(100, 100, Instant.EPOCH);
        ledger.follow(C1, Instant.ofEpochMilli(7_000));
        ledger.firstDelivery(C1, message("m1", 7_000));

        assertThat(ledger.resumePoints()).containsEntry(C1, Instant.ofEpochMilli(6_999));
    }

    @Test
    void memoryIsBoundedByDroppingTheLeastRecent() {
        Ledger ledger = new Ledger(3, 2, Instant.EPOCH);
        for (int i = 0; i < 10; i++) {
            ledger.firstDelivery(ConversationId.of("c-" + i), message("m" + i, i));
        }

        assertThat(ledger.sizes()).containsExactly(3, 2);
        assertThat(ledger.resumePoints()).containsOnlyKeys(ConversationId.of("c-8"), ConversationId.of("c-9"));
        assertThat(ledger.firstDelivery(C1, message("m9", 9))).as("a remembered id").isFalse();
    }

    private static RealtimeSettings settingsWithJitter(double jitter) {
        return new RealtimeSettings(UltraCartConversationClient.JwtPresentation.QUERY_PARAMETER,
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofSeconds(1),
                Integer.MAX_VALUE, Duration.ofSeconds(30), Duration.ofSeconds(2), 10, 10, () -> jitter);
    }

    private static Message message(String id, long epoch) {
        return new Message(MessageId.of(id), null, null, null, "b", null, Instant.ofEpochMilli(epoch), null, null,
                List.of(), List.of(), List.of());
    }
}
