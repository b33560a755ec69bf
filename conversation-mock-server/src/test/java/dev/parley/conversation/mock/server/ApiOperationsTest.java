package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertEmptySuccess;
import static dev.parley.conversation.mock.server.ContractAssertions.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.engine.AgentToken;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the API over plain HTTP: its success status, and its body checked against
 * openapi.json (closed schemas: no undocumented field, right types, the envelopes).
 */
class ApiOperationsTest {
    private static final ParticipantArn CUSTOMER = ParticipantArn.of("arn:customer:+15125550100");

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("ops-key");

    @Test
    void getAgentKeepAlive_answersEmptySuccess() {
        assertEmptySuccess(http.api("GET", "/conversation/agent/keepalive").key(key).send());
        assertThat(fake.engine().control(key).agentSessionRefreshedAt()).isPresent();
    }

    @Test
    void getAgentWebsocketAuthorization_answersASignedJwtAndAWebsocketUrlOnTheFakesHost() {
        JsonNode body = assertOk(http.api("PUT", "/conversation/agent/auth").key(key).send(), "ConversationAgentAuthResponse");

        JsonNode auth = body.path("agent_auth");
        FakeTenant tenant = fake.control(key);
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(auth.path("conversation_participant_arn").asText()).isEqualTo(tenant.agentArn().value());
        assertThat(auth.path("merchant_id").asText()).isEqualTo(tenant.merchantId().value());
        assertThat(auth.path("jwt").asText().split("\\.")).hasSize(3);
        AgentToken token = fake.engine().verifyAgentJwt(auth.path("jwt").asText());
        assertThat(token.expiresAt()).isAfter(token.issuedAt());
        URI websocket = URI.create(auth.path("websocket_url").asText());
        assertThat(websocket.getHost() + ":" + websocket.getPort()).isEqualTo("127.0.0.1:" + fake.port());
    }

    @Test
    void getConversation_answersTheWholeConversationAndLimitsToTheMostRecentMessages() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "first");
        tenant.addMessage(id, CUSTOMER, "Ada", "second");
        tenant.addMessage(id, CUSTOMER, "Ada", "third");

        JsonNode all = assertOk(http.api("GET", "/conversation/conversations/" + id).key(key).send(), "ConversationResponse");
        JsonNode recent = assertOk(http.api("GET", "/conversation/conversations/" + id + "?limit=2").key(key).send(),
                "ConversationResponse");

        assertThat(bodies(all.path("conversation").path("messages"))).containsExactly("first", "second", "third");
        assertThat(bodies(recent.path("conversation").path("messages"))).containsExactly("second", "third");
        assertThat(recent.path("conversation").path("message_count").asInt()).isEqualTo(3);
        assertThat(all.path("conversation").path("participants").size()).isEqualTo(1);
    }

    @Test
    void getConversationContext_answersTheRecordedContextOrAnEmptyObject() {
        FakeTenant tenant = fake.control(key);
        ConversationId recorded = tenant.customerStartsConversation(Medium.WEBSOCKET, QueueName.of("sales"), CUSTOMER, "Ada", "hi");
        ConversationId none = tenant.customerStartsConversation(Medium.WEBSOCKET, QueueName.of("sales"), CUSTOMER, "Ada", "hi");
        tenant.recordWebchatContext(recorded, new WebchatContext(null, "https://shop.example/cart", List.of(), null, null));

        JsonNode context = assertOk(http.api("PUT", "/conversation/conversations/" + recorded + "/context").key(key).send(),
                "ConversationWebchatContext");
        Reply empty = http.api("PUT", "/conversation/conversations/" + none + "/context").key(key).send();

        assertThat(context.path("current_url").asText()).isEqualTo("https://shop.example/cart");
        assertOk(empty, "ConversationWebchatContext");
        assertThat(empty.json().size()).isZero();
    }

    @Test
    void getConversationMessages_answersTheMessagesAfterSinceInOrder() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "first");
        long firstEpoch = tenant.addMessage(id, CUSTOMER, "Ada", "second").epochMillis();
        tenant.addMessage(id, CUSTOMER, "Ada", "third");

        JsonNode all = assertOk(http.api("GET", "/conversation/conversations/" + id + "/messages/0").key(key).send(),
                "ConversationMessagesResponse");
        JsonNode after = assertOk(http.api("GET", "/conversation/conversations/" + id + "/messages/" + firstEpoch + "?limit=5")
                .key(key).send(), "ConversationMessagesResponse");

        assertThat(bodies(all.path("conversation_messages"))).containsExactly("first", "second", "third");
        assertThat(bodies(after.path("conversation_messages"))).containsExactly("third");
    }

    @Test
    void aMessageReadBeforeItsDeliveryStatusChangedIsReadWithTheNewStatusByBothReads() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "first");
        Message said = tenant.addMessage(id, CUSTOMER, "José", "¿Llegó mi pedido? 📦");
        String conversation = "/conversation/conversations/" + id;
        String messages = conversation + "/messages/0";
        assertOk(http.api("GET", conversation).key(key).send(), "ConversationResponse");
        assertOk(http.api("GET", messages).key(key).send(), "ConversationMessagesResponse");

        tenant.setTransportStatus(id, said.id(), DeliveryStatus.READ);

        JsonNode whole = assertOk(http.api("GET", conversation).key(key).send(), "ConversationResponse");
        JsonNode page = assertOk(http.api("GET", messages).key(key).send(), "ConversationMessagesResponse");
        for (JsonNode read : List.of(whole.path("conversation").path("messages").get(1), page.path("conversation_messages").get(1))) {
            assertThat(read.path("body").asText()).isEqualTo("¿Llegó mi pedido? 📦");
            assertThat(read.path("author_conversation_participant_name").asText()).isEqualTo("José");
            assertThat(read.path("transport_statuses").findValuesAsText("status")).containsExactly("read");
        }
    }

    @Test
    void aConversationReadBeforeItsBaseLanguageChangedIsReadWithTheNewLanguage() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Zoë", "Bonjour, où est ma commande ?");
        String conversation = "/conversation/conversations/" + id;
        JsonNode before = assertOk(http.api("GET", conversation).key(key).send(), "ConversationResponse");

        tenant.setBaseLanguage(id, "fr");

        JsonNode after = assertOk(http.api("GET", conversation).key(key).send(), "ConversationResponse");
        assertThat(before.path("conversation").path("base_language_iso_code").asText()).isEqualTo("en");
        assertThat(after.path("conversation").path("base_language_iso_code").asText()).isEqualTo("fr");
        assertThat(bodies(after.path("conversation").path("messages"))).containsExactly("Bonjour, où est ma commande ?");
    }

    @Test
    void getConversationMultimediaUploadUrl_answersAKeyAndAUrlOnTheFake() {
        JsonNode body = assertOk(http.api("GET", "/conversation/upload_url/jpg").key(key).send(),
                "ConversationMultimediaUploadUrlResponse");

        JsonNode upload = body.path("conversation_multimedia_upload_url");
        assertThat(upload.path("key").asText()).isNotBlank();
        assertThat(upload.path("url").asText()).startsWith(http.root() + "/__uploads/");
    }

    @Test
    void getConversationWebchatQueueStatuses_answersEachQueueWithAgentsAndWaitingCustomers() {
        FakeTenant tenant = fake.control(key);
        tenant.createQueue(QueueName.of("support"));
        tenant.customerWaits(QueueName.of("support"), CUSTOMER, "Ada", "ada@example.com", "Where is my order?");

        JsonNode body = assertOk(http.api("GET", "/conversation/conversations/queues/statuses").key(key).send(),
                "ConversationWebchatQueueStatusesResponse");

        JsonNode queue = body.path("queue_statuses").get(0);
        assertThat(queue.path("queue_entries").get(0).path("question").asText()).isEqualTo("Where is my order?");
        assertThat(queue.path("customer_waiting_count").asInt()).isEqualTo(queue.path("queue_entries").size());
    }

    @Test
    void getConversations_answersAPageWithItsResultSet() {
        FakeTenant tenant = fake.control(key);
        for (int i = 0; i < 3; i++) {
            tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "message " + i);
        }

        JsonNode body = assertOk(http.api("GET", "/conversation/conversations?medium=sms&_limit=2&_offset=0").key(key).send(),
                "ConversationsResponse");

        JsonNode resultSet = body.path("metadata").path("result_set");
        assertThat(body.path("conversations").size()).isEqualTo(2);
        assertThat(resultSet.path("total_records").asInt()).isEqualTo(3);
        assertThat(resultSet.path("more").asBoolean()).isTrue();
        assertThat(resultSet.path("next_offset").asInt()).isEqualTo(2);
    }

    @Test
    void joinLeaveAndMarkRead_answerEmptySuccessAndChangeTheAgentsParticipation() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "hello");

        assertEmptySuccess(http.api("PUT", "/conversation/conversations/" + id + "/join").key(key).send());
        assertEmptySuccess(http.api("PUT", "/conversation/conversations/" + id + "/markread").key(key).send());
        JsonNode joined = agentParticipant(id, tenant);
        assertEmptySuccess(http.api("DELETE", "/conversation/conversations/" + id + "/leave").key(key).send());
        JsonNode left = agentParticipant(id, tenant);

        assertThat(joined.path("joined_dts").asText()).isNotBlank();
        assertThat(joined.path("unread_messages").asInt()).isZero();
        assertThat(left.path("left_dts").asText()).isNotBlank();
    }

    @Test
    void startConversation_answersTheNewConversationWithTheAgentAndTheParticipants() {
        JsonNode body = assertOk(http.api("PUT", "/conversation/conversations").key(key)
                .json("{\"add_conversation_participant_arns\":[\"" + CUSTOMER + "\"]}").send(), "ConversationStartResponse");

        JsonNode conversation = body.path("conversation");
        assertThat(conversation.path("medium").asText()).isEqualTo("sms");
        assertThat(conversation.path("participants").findValuesAsText("conversation_participant_arn"))
                .contains(CUSTOMER.value(), fake.control(key).agentArn().value());
    }

    @Test
    void updateConversationWebchatQueueStatus_setsTheAgentsStatusInTheQueue() {
        fake.control(key).createQueue(QueueName.of("sales"));

        assertEmptySuccess(http.api("PUT", "/conversation/conversations/queues/sales/status").key(key)
                .json("{\"agent_status\":\"busy\"}").send());

        JsonNode statuses = http.api("GET", "/conversation/conversations/queues/statuses").key(key).send().json();
        JsonNode agent = statuses.path("queue_statuses").get(0).path("agents").get(0);
        assertThat(agent.path("agent_status").asText()).isEqualTo("busy");
    }

    @Test
    void aBearerTokenAndTheApiVersionHeaderAreAccepted() {
        Reply reply = http.api("GET", "/conversation/conversations").header("Authorization", "Bearer " + key)
                .header(Gateway.API_VERSION_HEADER, Gateway.API_VERSION).send();

        assertOk(reply, "ConversationsResponse");
    }

    @Test
    void everyBodyOfTheDemonstrationDataConformsToTheContract() {
        fake.control(key).loadDemoData();

        JsonNode list = assertOk(http.api("GET", "/conversation/conversations?_limit=200").key(key).send(), "ConversationsResponse");
        for (JsonNode summary : list.path("conversations")) {
            String id = summary.path("conversation_uuid").asText();
            assertOk(http.api("GET", "/conversation/conversations/" + id).key(key).send(), "ConversationResponse");
            assertOk(http.api("PUT", "/conversation/conversations/" + id + "/context").key(key).send(), "ConversationWebchatContext");
            assertOk(http.api("GET", "/conversation/conversations/" + id + "/messages/0").key(key).send(),
                    "ConversationMessagesResponse");
        }
        JsonNode queues = assertOk(http.api("GET", "/conversation/conversations/queues/statuses").key(key).send(),
                "ConversationWebchatQueueStatusesResponse");

        assertThat(list.path("conversations").findValuesAsText("medium")).contains("sms", "websocket");
        assertThat(queues.path("queue_statuses").size()).isPositive();
    }

    private JsonNode agentParticipant(ConversationId id, FakeTenant tenant) {
        JsonNode conversation = http.api("GET", "/conversation/conversations/" + id).key(key).send().json().path("conversation");
        for (JsonNode participant : conversation.path("participants")) {
            if (participant.path("conversation_participant_arn").asText().equals(tenant.agentArn().value())) {
                return participant;
            }
        }
        throw new AssertionError("the agent is not a participant of " + conversation);
    }

    private static List<String> bodies(JsonNode messages) {
        return messages.findValuesAsText("body");
    }

}
