package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.KEY;
import static dev.parley.conversation.client.Scripted.client;
import static dev.parley.conversation.client.Scripted.conversationResponse;
import static dev.parley.conversation.client.Scripted.noContent;
import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the client puts on the wire: headers, methods, paths, queries and bodies, as openapi.json says. */
class RequestShapeTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void everyRequestCarriesApiVersionAcceptUserAgentAndSimpleKey() throws Exception {
        server.enqueue(noContent());
        client(server).keepAlive();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-UltraCart-Api-Version")).isEqualTo("2017-03-01");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("x-ultracart-simple-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("User-Agent")).matches("parley-conversation-client/\\S+ okhttp/\\S+");
    }

    @Test
    void userAgentReplacesTheDefault() throws Exception {
        server.enqueue(noContent());
        client(server, new Scripted.RecordingSleeper()).userAgent("acme-console/2.1").build().keepAlive();

        assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("acme-console/2.1");
    }

    @Test
    void bearerTokenSupplierIsAskedForEveryRequestSoTheTokenCanRotate() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        var client = UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2/").toString())
                .bearerToken(() -> "token-" + issued.incrementAndGet())
                .build();
        server.enqueue(noContent());
        server.enqueue(noContent());

        client.keepAlive();
        client.keepAlive();

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        RecordedRequest second = server.takeRequest();
        assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(second.getHeaders().get("x-ultracart-simple-key")).isNull();
    }

    @Test
    void aSharedOkHttpClientKeepsItsOwnInterceptors() throws Exception {
        OkHttpClient shared = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Trace", "t-1").build()))
                .build();
        server.enqueue(noContent());

        client(server, new Scripted.RecordingSleeper()).okHttpClient(shared).build().keepAlive();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(request.getHeaders().get("X-UltraCart-Api-Version")).isEqualTo("2017-03-01");
    }

    @Test
    void baseUrlWithOrWithoutTrailingSlashReachesTheSamePaths() throws Exception {
        server.enqueue(noContent());
        server.enqueue(noContent());
        UltraCartConversationClient.builder().baseUrl(server.url("/rest/v2").toString()).simpleKey(KEY).build().keepAlive();
        UltraCartConversationClient.builder().baseUrl(server.url("/rest/v2/").toString()).simpleKey(KEY).build().keepAlive();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/agent/keepalive");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/agent/keepalive");
    }

    @Test
    void eachOperationUsesTheMethodAndPathOfTheContract() throws Exception {
        var client = client(server);
        ConversationId id = ConversationId.of("c-1");
        for (int i = 0; i < 5; i++) {
            server.enqueue(noContent());
        }
        client.keepAlive();
        client.joinConversation(id);
        client.leaveConversation(id);
        client.markRead(id);
        client.updateQueueStatus(QueueName.of("support"), AgentStatus.BUSY);

        assertThat(List.of(line(), line(), line(), line(), line())).containsExactly(
                "GET /rest/v2/conversation/agent/keepalive",
                "PUT /rest/v2/conversation/conversations/c-1/join",
                "DELETE /rest/v2/conversation/conversations/c-1/leave",
                "PUT /rest/v2/conversation/conversations/c-1/markread",
                "PUT /rest/v2/conversation/conversations/queues/support/status");
    }

    @Test
    void listConversationsSendsMediumBeforeLimitAndOffset() throws Exception {
        server.enqueue(ok(Scripted.page(40, 20, 41, "c-9")));
        client(server).listConversations(ConversationListQuery.all()
                .withMedium(Medium.WEBSOCKET)
                .withBefore(Instant.parse("2026-11-24T05:32:16.123Z"))
                .withLimit(20)
                .withOffset(40));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/rest/v2/conversation/conversations");
        assertThat(request.getUrl().queryParameter("medium")).isEqualTo("websocket");
        assertThat(request.getUrl().queryParameter("before")).isEqualTo("2026-11-24T05:32:16.123Z");
        assertThat(request.getUrl().queryParameter("_limit")).isEqualTo("20");
        assertThat(request.getUrl().queryParameter("_offset")).isEqualTo("40");
    }

    @ParameterizedTest(name = "before {0} is sent as {1}")
    @CsvSource({
            "2026-11-24T05:32:16.123Z, 2026-11-24T05:32:16.123Z",
            "2026-11-24T05:32:16.123000001Z, 2026-11-24T05:32:16.124Z",
            "2026-11-24T05:32:16.1235Z, 2026-11-24T05:32:16.124Z",
            "2026-11-24T05:32:16.999999Z, 2026-11-24T05:32:17.000Z",
    })
    void aSubMillisecondBeforeIsRoundedUpSoItStaysExclusive(String before, String sent) throws Exception {
        server.enqueue(ok(Scripted.page(0, 100, 0)));
        client(server).listConversations(ConversationListQuery.all().withBefore(Instant.parse(before)));

        assertThat(server.takeRequest().getUrl().queryParameter("before")).isEqualTo(sent);
    }

    @Test
    void listConversationsOmitsMediumAndBeforeWhenUnset() throws Exception {
        server.enqueue(ok(Scripted.page(0, 100, 0)));
        client(server).listConversations(ConversationListQuery.all());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo("_limit=100&_offset=0");
    }

    @Test
    void getMessagesSendsSinceAsEpochMillisInThePathAndTheLimitAsQuery() throws Exception {
        server.enqueue(ok("{\"conversation_messages\":[],\"success\":true}"));
        client(server).getMessages(MessagesQuery.since(ConversationId.of("c-1"), Instant.ofEpochMilli(1_795_000_000_123L))
                .withLimit(5));

        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/rest/v2/conversation/conversations/c-1/messages/1795000000123?limit=5");
    }

    @Test
    void getConversationSendsTheMessageLimitOnlyWhenSet() throws Exception {
        server.enqueue(ok(conversationResponse("c-1")));
        server.enqueue(ok(conversationResponse("c-1")));
        client(server).getConversation(ConversationId.of("c-1"));
        client(server).getConversation(new ConversationQuery(ConversationId.of("c-1"), 3));

        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/conversations/c-1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/conversations/c-1?limit=3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "queues/statuses", "a?limit=1", "100%", "with space", "a#b", "..a", "ü"})
    void reservedCharactersInAConversationIdNeverChangeThePath(String uuid) throws Exception {
        server.enqueue(ok(conversationResponse(uuid)));
        client(server).getConversation(ConversationId.of(uuid));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().pathSegments()).containsExactly("rest", "v2", "conversation", "conversations", uuid);
        assertThat(request.getUrl().query()).isNull();
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "a/b            | a%2Fb",
            "a?limit=1      | a%3Flimit=1",
            "100%           | 100%25",
            "with space     | with%20space",
            "a#b            | a%23b",
    })
    void aConversationIdIsPercentEncodedIntoOnePathSegment(String uuid, String sent) throws Exception {
        server.enqueue(noContent());
        client(server).markRead(ConversationId.of(uuid));

        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/conversations/" + sent + "/markread");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "sales?x", "50% off", "night shift"})
    void reservedCharactersInAQueueNameNeverChangeThePath(String queue) throws Exception {
        server.enqueue(noContent());
        client(server).updateQueueStatus(QueueName.of(queue), AgentStatus.AVAILABLE);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().pathSegments())
                .containsExactly("rest", "v2", "conversation", "conversations", "queues", queue, "status");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void aConversationIdThatIsAPathStepIsRefusedBeforeAnyCall(String uuid) {
        assertThatThrownBy(() -> client(server).joinConversation(ConversationId.of(uuid)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversation id cannot be sent in a URL path but was \"" + uuid + "\" (a path step, not a name)");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "j p g", "../x", "jpg?", "tar.gz"})
    void anUploadExtensionWithAnythingButLettersAndDigitsIsRefusedBeforeAnyCall(String extension) {
        assertThatThrownBy(() -> client(server).createUploadUrl(extension))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension must be ASCII letters and digits only, like jpg or pdf, but was \"" + extension + "\"");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void createUploadUrlAsksForTheExtension() throws Exception {
        server.enqueue(ok("{\"conversation_multimedia_upload_url\":{\"key\":\"k-1\","
                + "\"url\":\"https://uploads.example/k-1?X-Amz-Signature=abc\"},\"success\":true}"));
        var upload = client(server).createUploadUrl("png");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/v2/conversation/upload_url/png");
        assertThat(upload.key().value()).isEqualTo("k-1");
    }

    @Test
    void startConversationPutsTheStartRequestAsJson() throws Exception {
        server.enqueue(ok("{\"conversation\":" + Scripted.conversationJson("c-new") + "}"));
        var started = client(server).startConversation(new StartConversationRequest(
                List.of(ParticipantArn.of("arn:c:+15551234567")), null, QueueId.of("q-1")));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("PUT /rest/v2/conversation/conversations");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getBody().utf8()).isEqualTo(
                "{\"add_conversation_participant_arns\":[\"arn:c:+15551234567\"],\"conversation_webchat_queue_uuid\":\"q-1\"}");
        assertThat(started.id()).isEqualTo(ConversationId.of("c-new"));
    }

    @Test
    void updateQueueStatusPutsTheAgentStatusAsJson() throws Exception {
        server.enqueue(noContent());
        client(server).updateQueueStatus(QueueName.of("support"), AgentStatus.UNAVAILABLE);

        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"agent_status\":\"unavailable\"}");
    }

    @Test
    void updateQueueStatusRefusesUnknownBeforeAnyCall() {
        assertThatThrownBy(() -> client(server).updateQueueStatus(QueueName.of("support"), AgentStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent status must be AVAILABLE, BUSY or UNAVAILABLE but was UNKNOWN");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void contextAndAgentAuthAreBodylessPuts() throws Exception {
        server.enqueue(ok("{}"));
        server.enqueue(ok(Scripted.agentAuthResponse()));
        var client = client(server);

        assertThat(client.getWebchatContext(ConversationId.of("c-1")).isEmpty()).isTrue();
        assertThat(client.authorizeAgent().jwt()).isEqualTo(Scripted.JWT);

        RecordedRequest context = server.takeRequest();
        assertThat(context.getMethod() + " " + context.getTarget()).isEqualTo("PUT /rest/v2/conversation/conversations/c-1/context");
        assertThat(context.getBodySize()).isZero();
        RecordedRequest auth = server.takeRequest();
        assertThat(auth.getMethod() + " " + auth.getTarget()).isEqualTo("PUT /rest/v2/conversation/agent/auth");
    }

    private String line() throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        return request.getMethod() + " " + request.getTarget();
    }
}
