package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests refused for their credential land in a journal of their own, masked; a test waits for a
 * request with {@code awaitRequest} (or the control plane's long poll) instead of sleeping.
 */
class RefusedAndAwaitedRequestsTest {

    @RegisterExtension
    final FakeUltraCartExtension server = FakeUltraCartExtension.builder().build();

    private final String key = Keys.unique("await-secret");

    @Test
    void requestsRefusedForTheirCredentialAreJournaledMaskedWithWhy() {
        Http http = new Http(server.fake());
        http.api("GET", "/conversation/conversations").send();
        http.api("GET", "/conversation/conversations").header("Authorization", "Basic dXNlcjpwYXNzd29yZA==").send();
        http.api("GET", "/conversation/conversations").key(" ").send();
        http.api("GET", "/conversation/conversations").key(key).send();

        List<RecordedRequest> refused = server.fake().refusedRequests();

        assertThat(refused).extracting(RecordedRequest::status).containsExactly(401, 401, 401);
        assertThat(refused.get(0).notes()).singleElement().asString().contains("No credentials");
        assertThat(refused.get(1).header("Authorization")).isEqualTo("Basic ****");
        assertThat(refused.get(1).notes()).singleElement().asString().contains("bearer");
        assertThat(refused.get(2).header("x-ultracart-simple-key")).isEmpty();
        assertThat(refused.toString()).doesNotContain("dXNlcjpwYXNzd29yZA", key);
        assertThat(server.control(key).requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(200);

        JsonNode overHttp = http.admin("GET", "/refused-requests").send().json().path("requests");
        assertThat(overHttp.size()).isEqualTo(3);
        assertThat(overHttp.get(1).path("headers").path("authorization").asText()).isEqualTo("Basic ****");
        assertThat(http.admin("DELETE", "/refused-requests").send().status()).isEqualTo(204);
        assertThat(server.fake().refusedRequests()).isEmpty();
    }

    @Test
    void awaitRequestReturnsARequestAlreadyReceivedAtOnce() {
        Http http = new Http(server.fake());
        http.api("GET", "/conversation/agent/keepalive").key(key).send();

        RecordedRequest found = server.control(key).awaitRequest(r -> r.path().endsWith("/keepalive"), Duration.ZERO);

        assertThat(found.status()).isEqualTo(204);
    }

    @Test
    void awaitRequestWaitsForARequestThatArrivesLater() throws Exception {
        Http http = new Http(server.fake());
        CompletableFuture<RecordedRequest> awaited = CompletableFuture.supplyAsync(() ->
                server.control(key).awaitRequest(r -> r.method().equals("PUT"), Duration.ofSeconds(30)));
        http.api("GET", "/conversation/conversations").key(key).send();

        http.api("PUT", "/conversation/conversations").key(key)
                .json("{\"add_conversation_participant_arns\":[\"arn:customer:1\"]}").send();

        assertThat(awaited.get(30, TimeUnit.SECONDS).path()).isEqualTo("/rest/v2/conversation/conversations");
    }

    @Test
    void awaitRequestFailsAfterItsTimeoutNamingWhatArrived() {
        new Http(server.fake()).api("GET", "/conversation/conversations").key(key).send();

        assertThatThrownBy(() -> server.control(key).awaitRequest(r -> r.method().equals("DELETE"), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no request matched within 50 ms")
                .hasMessageContaining("GET /rest/v2/conversation/conversations -> 200");
    }

    @Test
    void theControlPlaneGivesWhatArrivedAfterASequenceNumberWaitingForIt() throws Exception {
        Http http = new Http(server.fake());
        http.api("GET", "/conversation/agent/keepalive").key(key).send();
        JsonNode first = http.admin("GET", "/requests?after=0").key(key).send().json();
        long last = first.path("last_sequence").asLong();

        CompletableFuture<Reply> waiting = http.admin("GET", "/requests?after=" + last + "&wait_ms=20000").key(key).sendAsync();
        http.api("GET", "/conversation/conversations").key(key).send();
        JsonNode next = waiting.get(30, TimeUnit.SECONDS).json();

        assertThat(first.path("requests").size()).isEqualTo(1);
        assertThat(last).isEqualTo(1);
        assertThat(next.path("requests").size()).isEqualTo(1);
        assertThat(next.path("requests").get(0).path("path").asText()).isEqualTo("/rest/v2/conversation/conversations");
        assertThat(next.path("last_sequence").asLong()).isEqualTo(2);
        assertUltraCartError(http.admin("GET", "/requests?after=0&wait_ms=999999").key(key).send(), 400);
    }
}
