package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.error;
import static dev.parley.conversation.client.Scripted.noContent;
import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how long the client waits, and when it gives up. */
class RetryTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final Scripted.RecordingSleeper sleeper = new Scripted.RecordingSleeper();

    @Test
    void a503IsRetriedWithBackoffUntilItSucceeds() {
        server.enqueue(error(503, "busy"));
        server.enqueue(error(503, "busy"));
        server.enqueue(noContent());

        Scripted.client(server, sleeper).build().keepAlive();

        assertThat(server.getRequestCount()).isEqualTo(3);
        // defaults: ceiling 500 ms then 1000 ms, full jitter at 0.5
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void a429WaitsExactlyTheRetryAfterSeconds() {
        server.enqueue(error(429, "slow down").newBuilder().addHeader("Retry-After", "3").build());
        server.enqueue(noContent());

        Scripted.client(server, sleeper).build().keepAlive();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterHttpDateIsMeasuredFromTheClock() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Scripted.NOW.plusSeconds(5).minusMillis(123), ZoneOffset.UTC));
        server.enqueue(error(503, "maintenance").newBuilder().addHeader("Retry-After", inFiveSeconds).build());
        server.enqueue(noContent());

        Scripted.client(server, sleeper).build().keepAlive();

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5).minusMillis(123));
    }

    @Test
    void aRetryAfterDateInThePastRetriesAtOnce() {
        server.enqueue(error(429, "now").newBuilder().addHeader("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT").build());
        server.enqueue(noContent());

        Scripted.client(server, sleeper).build().keepAlive();

        assertThat(sleeper.waits).containsExactly(Duration.ZERO);
    }

    @Test
    void aRetryAfterLongerThanTheMaxDelayEndsRetryingAndReachesTheCaller() {
        server.enqueue(error(429, "come back in an hour").newBuilder().addHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().keepAlive())
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void retriesStopAtMaxAttemptsWithTheLastFailure() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(503, "still busy"));
        }

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().getConversation(ConversationId.of("c-1")))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("GET /conversation/conversations/c-1 answered 503 Service Unavailable: still busy"
                        + " (gave up after 4 attempts)");
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void retriesStopWhenTheNextWaitWouldPassTheMaxElapsedTime() {
        List<Duration> waits = new ArrayList<>();
        MovingClock clock = new MovingClock();
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialDelay(Duration.ofSeconds(4))
                .maxDelay(Duration.ofSeconds(4)).maxElapsed(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 10; i++) {
            server.enqueue(error(503, "busy"));
        }
        var client = Scripted.client(server, sleeper).retryPolicy(policy).clock(clock)
                .sleeper(wait -> {
                    waits.add(wait);
                    clock.advance(wait);
                })
                .jitter(() -> 0.99)
                .build();

        assertThatThrownBy(client::keepAlive).isInstanceOf(ServerErrorException.class);
        // 3.96 s twice is 7.92 s; a third wait would end at 11.88 s, past the 10 s budget
        assertThat(waits).containsExactly(Duration.ofMillis(3960), Duration.ofMillis(3960));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void onlyTheConfiguredStatusesAreRetried() {
        server.enqueue(error(500, "boom"));

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().keepAlive())
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("GET /conversation/agent/keepalive answered 500 Internal Server Error: boom");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryStatusesAreConfigurable() {
        server.enqueue(error(500, "boom"));
        server.enqueue(noContent());

        Scripted.client(server, sleeper).retryPolicy(RetryPolicy.builder().retryStatuses(500).build()).build().keepAlive();

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void policyNoneNeverRetries() {
        server.enqueue(error(503, "busy"));

        assertThatThrownBy(() -> Scripted.client(server, sleeper).retryPolicy(RetryPolicy.none()).build().keepAlive())
                .isInstanceOf(ServerErrorException.class)
                .hasMessageNotContaining("gave up");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsRetriedForAnOperationSafeToRepeat() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok(Scripted.conversationResponse("c-1")));

        var conversation = Scripted.client(server, sleeper).build().getConversation(ConversationId.of("c-1"));

        assertThat(conversation.id()).isEqualTo(ConversationId.of("c-1"));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void connectionFailureRetriesCanBeTurnedOff() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(noContent());
        RetryPolicy statusesOnly = RetryPolicy.builder().retryConnectionFailures(false).build();

        assertThatThrownBy(() -> Scripted.client(server, sleeper).retryPolicy(statusesOnly).build().keepAlive())
                .isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTimeoutIsNotRetried() {
        server.enqueue(noContent().newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(noContent());

        assertThatThrownBy(() -> Scripted.client(server, sleeper).readTimeout(Duration.ofMillis(200)).build().keepAlive())
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /conversation/agent/keepalive timed out");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void startConversationIsNeverRetriedOn503() {
        server.enqueue(error(503, "busy"));
        server.enqueue(ok("{\"conversation\":" + Scripted.conversationJson("c-2") + "}"));

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().startConversation(sms()))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("PUT /conversation/conversations answered 503 Service Unavailable: busy");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void startConversationIsNeverRetriedOn429() {
        server.enqueue(error(429, "slow").newBuilder().addHeader("Retry-After", "1").build());

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().startConversation(sms()))
                .isInstanceOf(RateLimitedException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void startConversationIsNeverRetriedAfterADroppedConnectionNotEvenByOkHttp() {
        // OkHttp silently repeats a request whose pooled connection fails, unless its body is one-shot.
        server.enqueue(noContent());
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok("{\"conversation\":" + Scripted.conversationJson("c-2") + "}"));
        var client = Scripted.client(server, sleeper).build();
        client.keepAlive();

        assertThatThrownBy(() -> client.startConversation(sms()))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("PUT /conversation/conversations failed: ");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theBearerTokenIsAskedAgainForEveryRetry() throws Exception {
        server.enqueue(error(503, "busy"));
        server.enqueue(noContent());
        AtomicInteger issued = new AtomicInteger();

        Scripted.client(server, sleeper).simpleKey(null).bearerToken(() -> "t" + issued.incrementAndGet()).build().keepAlive();

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
    }

    private static StartConversationRequest sms() {
        return StartConversationRequest.withParticipants(ParticipantArn.of("arn:c:+15551234567"));
    }

    /** A clock that only moves when told. */
    private static final class MovingClock extends Clock {
        private Instant now = Scripted.NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a408IsRetriedByDefaultAndEndsAsATransportExceptionNotAsABadRequest() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(408, "request took too long"));
        }

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().keepAlive())
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.statusCode()).isEqualTo(408))
                .hasMessage("GET /conversation/agent/keepalive answered 408 Request Timeout: request took too long"
                        + " (gave up after 4 attempts)");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void a425IsRetriedByDefaultUntilItSucceeds() {
        server.enqueue(error(425, "too early"));
        server.enqueue(noContent());

        Scripted.client(server, sleeper).build().keepAlive();

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a503GivenUpOnStillCarriesItsRetryAfter() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(503, "maintenance").newBuilder().addHeader("Retry-After", "2").build());
        }

        assertThatThrownBy(() -> Scripted.client(server, sleeper).build().keepAlive())
                .isInstanceOfSatisfying(ServerErrorException.class,
                        e -> assertThat(((ConversationException) e).retryAfter()).contains(Duration.ofSeconds(2)));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }
}
