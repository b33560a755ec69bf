package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertConforms;
import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane over HTTP, under /__admin, per tenant of the request's credential (the README shows each with curl). */
class ControlPlaneTest {

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("admin-key");

    @Test
    void tenantNamesTheMerchantAndAgentOfTheCredential() {
        JsonNode tenant = http.admin("GET", "/tenant").key(key).send().json();

        assertThat(tenant.path("merchant_id").asText()).isEqualTo(fake.control(key).merchantId().value());
        assertThat(tenant.path("agent_arn").asText()).isEqualTo(fake.control(key).agentArn().value());
        assertThat(tenant.path("agent_name").asText()).isEqualTo(fake.control(key).agentName());
    }

    @Test
    void theControlPlaneNeedsTheCredential() {
        assertUltraCartError(http.admin("GET", "/tenant").send(), 401);
        assertUltraCartError(http.admin("POST", "/reset").send(), 401);
    }

    @Test
    void aCustomerStartsAnSmsConversation() {
        Reply created = http.admin("POST", "/conversations").key(key).json("{\"medium\":\"sms\",\"customer_arn\":"
                + "\"arn:customer:+15125550100\",\"customer_name\":\"Ada\",\"first_message\":\"Where is my order?\"}").send();

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("conversation_uuid").asText();
        JsonNode conversation = http.api("GET", "/conversation/conversations/" + id).key(key).send().json().path("conversation");
        assertThat(conversation.path("medium").asText()).isEqualTo("sms");
        assertThat(conversation.path("messages").get(0).path("body").asText()).isEqualTo("Where is my order?");
    }

    @Test
    void aCustomerStartsAWebchatInANamedQueue() {
        Reply created = http.admin("POST", "/conversations").key(key).json("{\"medium\":\"websocket\",\"queue_name\":"
                + "\"support\",\"customer_arn\":\"arn:customer:ada\",\"customer_name\":\"Ada\"}").send();

        String id = created.json().path("conversation_uuid").asText();
        JsonNode conversation = http.api("GET", "/conversation/conversations/" + id).key(key).send().json().path("conversation");
        assertThat(conversation.path("medium").asText()).isEqualTo("websocket");
        assertThat(conversation.path("message_count").asInt()).isZero();
    }

    @Test
    void aMessageArrivesAndIsAnsweredAsAMessagesResponse() {
        ConversationId id = smsConversation();

        Reply reply = http.admin("POST", "/conversations/" + id + "/messages").key(key)
                .json("{\"author_arn\":\"arn:customer:+15125550100\",\"author_name\":\"Ada\",\"body\":\"Any news?\"}").send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = assertConforms(reply, "ConversationMessagesResponse");
        assertThat(body.path("conversation_messages").get(0).path("body").asText()).isEqualTo("Any news?");
    }

    @Test
    void aWebchatContextIsRecorded() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("sales"),
                ParticipantArn.of("arn:customer:ada"), "Ada", "hi");

        Reply recorded = http.admin("PUT", "/conversations/" + id + "/context").key(key)
                .json("{\"current_url\":\"https://shop.example/cart\",\"cart\":{\"cart_id\":\"C-1\"}}").send();

        assertThat(recorded.status()).isEqualTo(204);
        JsonNode context = http.api("PUT", "/conversation/conversations/" + id + "/context").key(key).send().json();
        assertThat(context.path("cart").path("cart_id").asText()).isEqualTo("C-1");
    }

    @Test
    void aWebchatContextWithAnUndocumentedFieldIsRefused() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("sales"),
                ParticipantArn.of("arn:customer:ada"), "Ada", "hi");

        Reply refused = http.admin("PUT", "/conversations/" + id + "/context").key(key).json("{\"colour\":\"red\"}").send();

        assertThat(assertUltraCartError(refused, 400)).contains("colour");
    }

    @Test
    void aQueueIsCreatedIdempotently() {
        JsonNode first = http.admin("POST", "/queues").key(key).json("{\"queue_name\":\"vip\"}").send().json();
        JsonNode second = http.admin("POST", "/queues").key(key).json("{\"queue_name\":\"vip\"}").send().json();

        assertThat(first.path("queue_name").asText()).isEqualTo("vip");
        assertThat(first.path("conversation_webchat_queue_uuid").asText()).isNotBlank()
                .isEqualTo(second.path("conversation_webchat_queue_uuid").asText());
    }

    @Test
    void aCustomerWaitsInAQueue() {
        Reply entry = http.admin("POST", "/queues/vip/entries").key(key).json("{\"customer_arn\":\"arn:customer:ada\","
                + "\"name\":\"Ada\",\"email\":\"ada@example.com\",\"question\":\"Can I return shoes?\"}").send();

        assertThat(entry.status()).isEqualTo(201);
        JsonNode body = assertConforms(entry, "ConversationWebchatQueueStatusQueueEntry");
        assertThat(body.path("question").asText()).isEqualTo("Can I return shoes?");
        assertThat(body.path("join_dts").asText()).endsWith("Z");
    }

    @Test
    void resetEmptiesTheTenant() {
        smsConversation();

        Reply reset = http.admin("POST", "/reset").key(key).send();

        assertThat(reset.status()).isEqualTo(204);
        assertThat(http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations").size()).isZero();
    }

    @Test
    void theDemonstrationDataIsLoadedWithTheSeedGiven() {
        Reply loaded = http.admin("POST", "/demo-data").key(key).json("{\"seed\":42}").send();
        Reply withDefaultSeed = http.admin("POST", "/demo-data").key(key).send();

        assertThat(loaded.status()).isEqualTo(204);
        assertThat(withDefaultSeed.status()).isEqualTo(204);
        assertThat(http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations").size()).isPositive();
    }

    @Test
    void theClockIsReadSetAndAdvanced() {
        JsonNode set = http.admin("PUT", "/clock").key(key).json("{\"now\":\"2030-01-01T10:00:00.000Z\"}").send().json();
        JsonNode advanced = http.admin("POST", "/clock/advance").key(key).json("{\"millis\":60000}").send().json();
        JsonNode read = http.admin("GET", "/clock").key(key).send().json();

        assertThat(Instant.parse(set.path("now").asText())).isBetween(Instant.parse("2030-01-01T10:00:00Z"),
                Instant.parse("2030-01-01T10:00:59Z"));
        assertThat(Instant.parse(advanced.path("now").asText())).isAfterOrEqualTo(Instant.parse("2030-01-01T10:01:00Z"));
        assertThat(read.path("now").asText()).matches("2030-01-01T10:0\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void theClockCannotBeSetBackBeforeTheTenantsLastEventAndTheRefusalNamesTheEarliestTimeAllowed() {
        http.admin("PUT", "/clock").key(key).json("{\"now\":\"2030-01-01T10:00:00.000Z\"}").send();
        smsConversation();
        String before = http.admin("GET", "/clock").key(key).send().json().path("now").asText();

        Reply back = http.admin("PUT", "/clock").key(key).json("{\"now\":\"2029-12-31T10:00:00.000Z\"}").send();

        assertThat(assertUltraCartError(back, 400)).contains("earliest time allowed is 2030-01-01T10:00");
        assertThat(Instant.parse(http.admin("GET", "/clock").key(key).send().json().path("now").asText()))
                .isAfterOrEqualTo(Instant.parse(before));
    }

    @Test
    void anEmptyTenantsClockCanBeSetToAnyTime() {
        http.admin("PUT", "/clock").key(key).json("{\"now\":\"2030-01-01T10:00:00.000Z\"}").send();

        Reply back = http.admin("PUT", "/clock").key(key).json("{\"now\":\"2020-01-01T10:00:00.000Z\"}").send();

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().path("now").asText()).startsWith("2020-01-01T10:00");
    }

    @Test
    void closingAWebchatEndsItsChatInTheQueuesActiveCount() {
        ConversationId first = fake.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("support"),
                ParticipantArn.of("arn:customer:ada"), "Ada", "hello");
        fake.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("support"),
                ParticipantArn.of("arn:customer:bo"), "Bo", "hello");
        assertThat(activeChats()).isEqualTo(2);

        Reply closed = http.admin("PATCH", "/conversations/" + first).key(key).json("{\"closed\":true}").send();
        Reply again = http.admin("PATCH", "/conversations/" + first).key(key).json("{\"closed\":true}").send();

        assertThat(closed.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(activeChats()).isEqualTo(1);
        assertThat(conversation(first).path("closed").asBoolean()).isTrue();
        assertThat(assertUltraCartError(http.admin("PATCH", "/conversations/" + first).key(key)
                .json("{\"closed\":false}").send(), 400)).contains("not reopened");
    }

    @Test
    void visibleAndBaseLanguageFollowTheConversationAndTheControlPlaneSetsThem() {
        ConversationId id = smsConversation();
        assertThat(conversation(id).path("visible").asBoolean()).isTrue();
        assertThat(conversation(id).path("base_language_iso_code").asText()).isEqualTo("en");

        Reply changed = http.admin("PATCH", "/conversations/" + id).key(key)
                .json("{\"visible\":false,\"base_language_iso_code\":\"fr\"}").send();

        assertThat(changed.status()).isEqualTo(204);
        assertThat(conversation(id).path("visible").asBoolean()).isFalse();
        assertThat(conversation(id).path("base_language_iso_code").asText()).isEqualTo("fr");
        assertThat(http.api("GET", "/conversation/conversations").key(key).send().json()
                .path("conversations").get(0).path("visible").asBoolean()).isFalse();
        assertThat(assertUltraCartError(http.admin("PATCH", "/conversations/" + id).key(key)
                .json("{\"base_language_iso_code\":\"French\"}").send(), 400)).contains("French");
        assertUltraCartError(http.admin("PATCH", "/conversations/no-such-uuid").key(key).json("{\"visible\":true}").send(), 404);
    }

    @Test
    void aBadBodyIsRefusedNamingTheProblem() {
        assertThat(assertUltraCartError(http.admin("POST", "/conversations").key(key).json("{\"medium\":\"fax\","
                + "\"customer_arn\":\"arn:customer:1\"}").send(), 400)).contains("fax");
        assertThat(assertUltraCartError(http.admin("POST", "/conversations").key(key).json("{\"medium\":\"sms\"}").send(), 400))
                .contains("customer_arn");
        assertThat(assertUltraCartError(http.admin("POST", "/queues").key(key).json("{\"queue\":\"x\"}").send(), 400))
                .contains("queue");
        assertThat(assertUltraCartError(http.admin("POST", "/clock/advance").key(key).json("{\"millis\":\"soon\"}").send(), 400))
                .contains("millis");
        assertThat(assertUltraCartError(http.admin("POST", "/clock/advance").key(key).json("{\"millis\":-5}").send(), 400))
                .contains("forward");
        assertThat(assertUltraCartError(http.admin("PUT", "/clock").key(key).json("{\"now\":\"tomorrow\"}").send(), 400))
                .contains("tomorrow");
        assertUltraCartError(http.admin("POST", "/queues").key(key).json("{").send(), 400);
        assertUltraCartError(http.admin("POST", "/queues").key(key).send(), 400);
    }

    @Test
    void anUnknownConversationIsNotFound() {
        Reply reply = http.admin("POST", "/conversations/no-such-uuid/messages").key(key)
                .json("{\"author_arn\":\"arn:customer:1\",\"body\":\"hi\"}").send();

        assertUltraCartError(reply, 404);
    }

    @Test
    void theRequestsListIsLimited() {
        http.api("GET", "/conversation/agent/keepalive").key(key).send();
        http.api("GET", "/conversation/conversations").key(key).send();

        JsonNode requests = http.admin("GET", "/requests?limit=1").key(key).send().json().path("requests");

        assertThat(requests.size()).isEqualTo(1);
        assertThat(requests.get(0).path("path").asText()).isEqualTo("/rest/v2/conversation/conversations");
        assertUltraCartError(http.admin("GET", "/requests?limit=0").key(key).send(), 400);
    }

    private int activeChats() {
        JsonNode statuses = http.api("GET", "/conversation/conversations/queues/statuses").key(key).send().json();
        return statuses.path("queue_statuses").get(0).path("customer_active_count").asInt();
    }

    private JsonNode conversation(ConversationId id) {
        return http.api("GET", "/conversation/conversations/" + id).key(key).send().json().path("conversation");
    }

    private ConversationId smsConversation() {
        return fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550100"), "Ada", "hello");
    }
}
