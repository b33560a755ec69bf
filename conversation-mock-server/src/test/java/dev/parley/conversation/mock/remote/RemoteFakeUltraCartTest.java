package dev.parley.conversation.mock.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import dev.parley.conversation.mock.server.ActiveFault;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.Fault;
import dev.parley.conversation.mock.server.RecordedRequest;
import dev.parley.conversation.wire.UltraCartJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The remote control plane against a fake started in this test: every call does what its embedded twin
 * does, checked through the API and through the embedded {@link FakeTenant}.
 */
class RemoteFakeUltraCartTest {
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final String key = "remote-" + UUID.randomUUID();
    private final RemoteFakeUltraCart remote = RemoteFakeUltraCart.at(SERVER.baseUrl());
    private final RemoteTenant tenant = remote.control(key);
    private final FakeTenant embedded = SERVER.control(key);

    @Test
    void itFindsTheFakeFromItsBaseUrlOrItsRoot() {
        String root = SERVER.baseUrl().replace("/rest/v2", "");

        assertThat(RemoteFakeUltraCart.at(root).baseUrl()).isEqualTo(SERVER.baseUrl());
        assertThat(RemoteFakeUltraCart.at(root + "/").baseUrl()).isEqualTo(SERVER.baseUrl());
        assertThat(remote.baseUrl()).isEqualTo(SERVER.baseUrl());
        assertThatThrownBy(() -> RemoteFakeUltraCart.at("ftp://host")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTenantIsTheCredentialsOwn() {
        assertThat(tenant.merchantId()).isEqualTo(embedded.merchantId());
        assertThat(tenant.agentArn()).isEqualTo(embedded.agentArn());
        assertThat(tenant.agentName()).isEqualTo(embedded.agentName());
    }

    @Test
    void conversationsMessagesAndContextsAreSeeded() {
        ConversationId sms = tenant.customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550100"), "Ada", "Where is my order?");
        Message reply = tenant.addMessage(sms, ParticipantArn.of("arn:customer:+15125550100"), null, "Any news?");
        ConversationId chat = tenant.customerStartsConversation(Medium.WEBSOCKET, QueueName.of("support"),
                ParticipantArn.of("arn:customer:bo"), "Bo", null);
        tenant.recordWebchatContext(chat, JSON.webchatContext().read("{\"current_url\":\"https://shop.example/cart\"}"));

        Conversation seen = api(sms);
        assertThat(seen.messages()).extracting(Message::body).containsExactly("Where is my order?", "Any news?");
        assertThat(reply.authorName()).isEqualTo("Ada");
        assertThat(reply.id()).isEqualTo(seen.messages().get(1).id());
        WebchatContext context = JSON.webchatContext().read(send("PUT", "/conversation/conversations/" + chat + "/context"));
        assertThat(context.currentUrl()).isEqualTo("https://shop.example/cart");
    }

    @Test
    void queuesConversationsStateAndTheClockAreDriven() {
        tenant.createQueue(QueueName.of("sales"));
        QueueEntry waiting = tenant.customerWaits(QueueName.of("sales"), ParticipantArn.of("arn:customer:cy"), "Cy",
                "cy@example.com", "Do you ship to Mars?");
        ConversationId chat = tenant.customerStartsConversation(Medium.WEBSOCKET, QueueName.of("sales"),
                ParticipantArn.of("arn:customer:di"), "Di", "hello");
        tenant.setVisible(chat, false);
        tenant.setBaseLanguage(chat, "fr");
        tenant.closeConversation(chat);
        Instant later = embedded.now().plus(Duration.ofDays(1));
        tenant.setClock(later);
        tenant.advanceClock(Duration.ofMinutes(5));

        QueueStatus sales = JSON.queueStatuses().read(send("GET", "/conversation/conversations/queues/statuses")).get(0);
        assertThat(sales.entries()).containsExactly(waiting);
        assertThat(sales.customerActiveCount()).isZero();
        Conversation closed = api(chat);
        assertThat(closed.summary().closed()).isTrue();
        assertThat(closed.summary().visible()).isFalse();
        assertThat(closed.baseLanguageIsoCode()).isEqualTo("fr");
        assertThat(tenant.now()).isBetween(later.plus(Duration.ofMinutes(5)), embedded.now());
    }

    @Test
    void faultsJournalResetAndDemoDataAreDriven() {
        String fault = tenant.addFault(Fault.status(503).forPath(".*/keepalive").times(1));
        int faulted = status("GET", "/conversation/agent/keepalive");
        int after = status("GET", "/conversation/agent/keepalive");
        List<RecordedRequest> journal = tenant.requests();
        List<RecordedRequest> newest = tenant.requests(1);
        String other = tenant.addFault(Fault.delay(Duration.ofMillis(5)).forMethod("DELETE").times(3));
        List<ActiveFault> active = tenant.faults();
        boolean removed = tenant.removeFault(other);
        boolean removedAgain = tenant.removeFault(other);
        tenant.addFault(Fault.status(500));
        tenant.clearFaults();
        int cleared = status("GET", "/conversation/agent/keepalive");
        tenant.clearRequests();
        List<RecordedRequest> emptied = tenant.requests();
        tenant.loadDemoData(42);
        int demo = JSON.conversations().read(send("GET", "/conversation/conversations")).items().size();
        tenant.reset();

        assertThat(fault).isNotBlank();
        assertThat(active).containsExactly(new ActiveFault(other, Fault.delay(Duration.ofMillis(5)).forMethod("DELETE").times(3), 3));
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(faulted).isEqualTo(503);
        assertThat(after).isEqualTo(204);
        assertThat(cleared).isEqualTo(204);
        assertThat(journal).extracting(RecordedRequest::status).containsExactly(503, 204);
        assertThat(journal.get(0).header("x-ultracart-simple-key")).isEqualTo("****");
        assertThat(newest).singleElement().extracting(RecordedRequest::status).isEqualTo(204);
        assertThat(emptied).isEmpty();
        assertThat(demo).isPositive();
        assertThat(JSON.conversations().read(send("GET", "/conversation/conversations")).items()).isEmpty();
    }

    @Test
    void awaitRequestWaitsForARequestMadeLaterWithoutSleeping() throws Exception {
        CompletableFuture<RecordedRequest> awaited = CompletableFuture.supplyAsync(() ->
                tenant.awaitRequest(r -> r.method().equals("PUT") && r.path().endsWith("/join"), Duration.ofSeconds(30)));
        ConversationId id = embedded.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
        status("GET", "/conversation/conversations");

        status("PUT", "/conversation/conversations/" + id + "/join");

        assertThat(awaited.get(30, TimeUnit.SECONDS).path()).endsWith(id + "/join");
        assertThatThrownBy(() -> tenant.awaitRequest(r -> r.method().equals("DELETE"), Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no request matched within 200 ms")
                .hasMessageContaining("PUT /rest/v2/conversation/conversations/" + id + "/join -> 204");
    }

    @Test
    void refusedRequestsAreReadAndCleared() {
        HttpRequest noKey = HttpRequest.newBuilder(URI.create(SERVER.baseUrl() + "/conversation/conversations")).build();
        send(noKey);

        assertThat(remote.refusedRequests()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
        remote.clearRefusedRequests();
        assertThat(remote.refusedRequests()).isEmpty();
    }

    @Test
    void refusalsAreThrownAsTheEmbeddedTwinThrowsThem() {
        ConversationId sms = tenant.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");

        assertThatThrownBy(() -> tenant.addMessage(ConversationId.of("no-such-uuid"), ParticipantArn.of("arn:customer:1"), null, "hi"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-uuid");
        assertThatThrownBy(() -> tenant.setClock(Instant.parse("2001-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("earliest time allowed");
        assertThatThrownBy(() -> tenant.setBaseLanguage(sms, "French"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("French");
        assertThatThrownBy(() -> RemoteFakeUltraCart.at("http://127.0.0.1:1").control(key).now())
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("could not be reached");
    }

    private Conversation api(ConversationId id) {
        return JSON.conversation().read(send("GET", "/conversation/conversations/" + id));
    }

    private int status(String method, String path) {
        return response(method, path).statusCode();
    }

    private String send(String method, String path) {
        return response(method, path).body();
    }

    private HttpResponse<String> response(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(SERVER.baseUrl() + path)).header("x-ultracart-simple-key", key)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
