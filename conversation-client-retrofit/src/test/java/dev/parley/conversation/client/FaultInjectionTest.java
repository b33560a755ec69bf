package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.tck.CustomerConversation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The client against the fake's scripted faults over real HTTP; the fake's journal shows what reached it.
 * Each test is a tenant of its own, so its faults touch nothing else.
 */
class FaultInjectionTest {
    private static final String CONVERSATIONS = "/rest/v2/conversation/conversations";
    private static final String KEEPALIVE = "/rest/v2/conversation/agent/keepalive";

    private final String key = FakeOverHttp.newKey();
    private final HttpBackstage backstage = FakeOverHttp.backstage(key);
    private final Scripted.RecordingSleeper sleeper = new Scripted.RecordingSleeper();

    @Test
    void a429WithRetryAfterIsWaitedOutThenTheCallSucceeds() {
        backstage.customerStartsConversation(CustomerConversation.sms(ParticipantArn.of("arn:c:1"), "Cy", "Hi"));
        backstage.fault("GET", CONVERSATIONS, 1, Map.of("status", 429, "retry_after_seconds", 3));

        var page = client().build().listConversations(ConversationListQuery.all());

        assertThat(page.items()).hasSize(1);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
        assertThat(statuses("GET", CONVERSATIONS)).containsExactly(429, 200);
    }

    @Test
    void a503StormExhaustsTheRetriesAndReachesTheCaller() {
        backstage.fault("GET", CONVERSATIONS, 10, Map.of("status", 503));

        assertThatThrownBy(() -> client().build().listConversations(ConversationListQuery.all().withMedium(Medium.SMS)))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageEndingWith("(gave up after 4 attempts)");
        assertThat(statuses("GET", CONVERSATIONS)).containsExactly(503, 503, 503, 503);
    }

    @Test
    void aRetryAfterBeyondTheMaxDelayIsNotWaitedButReported() {
        backstage.fault("GET", KEEPALIVE, 2, Map.of("status", 429, "retry_after_seconds", 120));

        assertThatThrownBy(() -> client().build().keepAlive())
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(2)));
        assertThat(sleeper.waits).isEmpty();
        assertThat(statuses("GET", KEEPALIVE)).containsExactly(429);
    }

    @Test
    void aDelayBeyondTheReadTimeoutIsATransportException() {
        backstage.fault("GET", KEEPALIVE, 1, Map.of("delay_ms", 2_000));

        assertThatThrownBy(() -> client().readTimeout(Duration.ofMillis(300)).build().keepAlive())
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /conversation/agent/keepalive timed out");
    }

    @Test
    void aDroppedConnectionIsRetriedForAGet() {
        backstage.fault("GET", KEEPALIVE, 1, Map.of("drop_connection", true));

        client().okHttpClient(freshConnections()).build().keepAlive();

        assertThat(sleeper.waits).hasSize(1);
        assertThat(statuses("GET", KEEPALIVE)).containsExactly(0, 204);
    }

    @Test
    void aDroppedConnectionIsNotRetriedForStartConversation() {
        backstage.fault("PUT", CONVERSATIONS, 1, Map.of("drop_connection", true));

        assertThatThrownBy(() -> client().build().startConversation(sms()))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("PUT /conversation/conversations failed: ");
        assertThat(statuses("PUT", CONVERSATIONS)).containsExactly(0);
    }

    @Test
    void startConversationIsSentOnceWhenItFails() {
        backstage.fault("PUT", CONVERSATIONS, 1, Map.of("status", 503));

        assertThatThrownBy(() -> client().build().startConversation(sms()))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageStartingWith("PUT /conversation/conversations answered 503 Service Unavailable: Fault ");
        assertThat(statuses("PUT", CONVERSATIONS)).containsExactly(503);
        assertThat(sleeper.waits).isEmpty();
    }

    private UltraCartConversationClient.Builder client() {
        return FakeOverHttp.client(key).sleeper(sleeper);
    }

    /** A pool of its own, so that no pooled connection lets OkHttp itself repeat the request. */
    private static OkHttpClient freshConnections() {
        return new OkHttpClient.Builder().build();
    }

    private List<Object> statuses(String method, String path) {
        return backstage.requests().stream()
                .filter(request -> method.equals(request.get("method")) && path.equals(request.get("path")))
                .map(request -> (Object) ((Number) request.get("status")).intValue())
                .toList();
    }

    private static StartConversationRequest sms() {
        return StartConversationRequest.withParticipants(ParticipantArn.of("arn:c:+15551234567"));
    }

    @Test
    void a503WithRetryAfterZeroIsSentNoMoreOftenThanThePolicySays() {
        backstage.fault("GET", KEEPALIVE, 10, Map.of("status", 503, "retry_after_seconds", 0));

        assertThatThrownBy(() -> client().build().keepAlive())
                .isInstanceOf(ServerErrorException.class)
                .hasMessageEndingWith("(gave up after 4 attempts)");
        assertThat(statuses("GET", KEEPALIVE)).containsExactly(503, 503, 503, 503);
    }

    @Test
    void a408IsSentNoMoreOftenThanThePolicySays() {
        backstage.fault("GET", KEEPALIVE, 10, Map.of("status", 408));

        assertThatThrownBy(() -> client().build().keepAlive())
                .isInstanceOf(TransportException.class)
                .hasMessageEndingWith("(gave up after 4 attempts)");
        assertThat(statuses("GET", KEEPALIVE)).containsExactly(408, 408, 408, 408);
    }

    @Test
    void aShortKeyNeverMangledTheMessage() {
        String shortKey = "k";
        FakeOverHttp.backstage(shortKey).fault("GET", KEEPALIVE, 1, Map.of("status", 400));
        var client = FakeOverHttp.client(shortKey).sleeper(sleeper).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(client::keepAlive).hasMessageStartingWith("GET /conversation/agent/keepalive answered 400");
    }
}
