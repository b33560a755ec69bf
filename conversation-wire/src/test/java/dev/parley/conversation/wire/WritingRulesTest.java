package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the fake (responses) and the client (requests) put on the wire. */
class WritingRulesTest {
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);
    private static final ParticipantArn AGENT = ParticipantArn.of("arn:agent/alex");

    @Test
    void writingOmitsAbsentValuesInsteadOfWritingNull() {
        String json = JSON.conversation().write(new Conversation(bareSummary(Medium.SMS), null, List.of(
                new Message(null, null, null, null, null, null, Instant.EPOCH, null, null, null, null, null))));

        assertThat(json).doesNotContain("null");
        Object conversation = at(tree(json), "conversation");
        assertThat(object(conversation)).doesNotContainKeys("conversation_arn", "base_language_iso_code");
        assertThat(object(at(conversation, "messages", 0))).doesNotContainKey("body");
    }

    @Test
    void writtenDateTimesAreUtcWithExactlyMilliseconds() {
        ConversationSummary summary = new ConversationSummary(ConversationId.of("c1"), null, null, null, false, true,
                false, Instant.parse("2026-11-24T05:32:16Z"), Instant.parse("2026-11-24T05:32:16.123456Z"), null, null,
                null, null, 0, List.of());

        Object written = tree(JSON.conversations().write(new Page<>(List.of(summary), 0, 10, null, null)));

        assertThat(at(written, "conversations", 0, "start_dts")).isEqualTo("2026-11-24T05:32:16.000Z");
        assertThat(at(written, "conversations", 0, "last_message_dts")).isEqualTo("2026-11-24T05:32:16.123Z");
    }

    @Test
    void messageIsWrittenWithBothMessageDtsAndMessageEpoch() {
        Instant sentAt = Instant.parse("2026-11-24T10:00:00.250Z");
        String json = JSON.messages().write(List.of(
                new Message(null, null, AGENT, null, "hi", null, sentAt, null, MessageType.MESSAGE, null, null, null)));

        assertThat(json).contains("\"message_dts\":\"2026-11-24T10:00:00.250Z\"")
                .contains("\"message_epoch\":1795514400250,");
    }

    @Test
    void moneyIsWrittenWithItsExactScale() {
        Cart cart = new Cart(null, null, null, null, null, null,
                List.of(new CartItem("MUG", null, new BigDecimal("2"), Money.of("19.90", "USD"), null,
                        new Money(new BigDecimal("39.80"), "USD", new BigDecimal("1E+3"), null, new BigDecimal("0.920000")),
                        null, null, null)),
                null, null, null, null, null);

        String json = JSON.webchatContext().write(new WebchatContext(cart, null, null, null, null));

        assertThat(json).contains("\"unit_cost\":{\"currency_code\":\"USD\",\"value\":19.90}")
                .contains("\"exchange_rate\":0.920000")
                .contains("\"localized\":1E+3")
                .contains("\"quantity\":2");
    }

    @Test
    void unknownEnumValuesAreOmittedFromResponses() {
        Conversation conversation = new Conversation(bareSummary(Medium.UNKNOWN), null, List.of(
                new Message(null, null, null, null, null, null, Instant.EPOCH, null, MessageType.UNKNOWN, null, null,
                        List.of(new TransportStatus(AGENT, DeliveryStatus.UNKNOWN)))));
        QueueStatus queue = new QueueStatus(QueueName.of("sales"), 1, 0, 0, 0,
                List.of(new QueueAgent(AGENT, null, AgentStatus.UNKNOWN, null, false, null)),
                0, 0, 0, 0, 0, 0, 0, null, List.of());

        String json = JSON.conversation().write(conversation);
        Object written = tree(json);
        Object queues = tree(JSON.queueStatuses().write(List.of(queue)));

        assertThat(object(at(written, "conversation"))).doesNotContainKey("medium");
        assertThat(object(at(written, "conversation", "messages", 0))).doesNotContainKey("type");
        assertThat(object(at(written, "conversation", "messages", 0, "transport_statuses", 0))).doesNotContainKey("status");
        assertThat(object(at(queues, "queue_statuses", 0, "agents", 0))).doesNotContainKey("agent_status");
        assertThat(ContractSchemas.violations("ConversationResponse", json)).isEmpty();
    }

    @Test
    void writingTheUnknownAgentStatusAsARequestIsRefused() {
        assertThatThrownBy(() -> JSON.queueStatusUpdate().write(AgentStatus.UNKNOWN))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNKNOWN");
    }

    @Test
    void queueStatusUpdateIsWrittenAsUltraCartSpellsTheStatus() {
        assertThat(JSON.queueStatusUpdate().write(AgentStatus.AVAILABLE)).isEqualTo("{\"agent_status\":\"available\"}");
    }

    @Test
    void emptyWebchatContextIsWrittenAsAnEmptyObject() {
        assertThat(JSON.webchatContext().write(WebchatContext.EMPTY)).isEqualTo("{}");
    }

    @Test
    void wrappedResponsesCarrySuccessTrueAndMetadata() {
        List<String> written = List.of(
                JSON.conversation().write(new Conversation(bareSummary(Medium.SMS), null, List.of())),
                JSON.messages().write(List.of()),
                JSON.agentAuthorization().write(new AgentAuthorization(AGENT, null, null, "a.b.c", null, List.of())),
                JSON.uploadUrl().write(new UploadUrl(UploadKey.of("k"), URI.create("https://u.example/k"))),
                JSON.queueStatuses().write(List.of()),
                JSON.conversations().write(new Page<>(List.of(), 0, 100, 0, null)));

        assertThat(written).allSatisfy(json -> {
            assertThat(at(tree(json), "success")).as(json).isEqualTo(true);
            assertThat(at(tree(json), "metadata")).as(json).isInstanceOf(Map.class);
        });
    }

    @Test
    void startResponseCarriesOnlyTheConversationAsItsSchemaSays() {
        Object written = tree(JSON.startedConversation().write(
                new Conversation(bareSummary(Medium.SMS), null, List.of())));

        assertThat(object(written)).containsOnlyKeys("conversation");
    }

    @Test
    void conversationsPageWritesItsPositionInResultSet() {
        List<ConversationSummary> items = List.of(bareSummary(Medium.SMS), bareSummary(Medium.WEBSOCKET));

        Object middle = at(tree(JSON.conversations().write(new Page<>(items, 20, 2, 25, 22))), "metadata", "result_set");
        Object last = at(tree(JSON.conversations().write(new Page<>(items, 23, 2, null, null))), "metadata", "result_set");

        assertThat(middle).isEqualTo(tree("{\"count\":2,\"limit\":2,\"more\":true,\"next_offset\":22,\"offset\":20,"
                + "\"total_records\":25}"));
        assertThat(last).isEqualTo(tree("{\"count\":2,\"limit\":2,\"more\":false,\"offset\":23}"));
    }

    @Test
    void summariesInAPageCarryNeitherMessagesNorBaseLanguage() {
        Object summary = at(tree(JSON.conversations().write(
                new Page<>(List.of(bareSummary(Medium.SMS)), 0, 1, 1, null))), "conversations", 0);

        assertThat(object(summary)).doesNotContainKeys("messages", "base_language_iso_code");
        assertThat(at(summary, "participants")).isEqualTo(List.of());
    }

    @Test
    void errorIsWrittenWithSuccessFalseAndOnlyThePresentFields() {
        String json = JSON.error().write(new ErrorDetails("No conversation c9", "Not found", "c9", null, null));

        assertThat(tree(json)).isEqualTo(tree("{\"success\":false,\"error\":{\"developer_message\":\"No conversation c9\","
                + "\"user_message\":\"Not found\",\"object_id\":\"c9\"}}"));
    }

    @Test
    void customerProfileNameIsWrittenAsItsFirstBillingAddress() {
        Function<CustomerProfile, Object> written = profile -> at(tree(JSON.webchatContext().write(new WebchatContext(
                new Cart(null, null, null, null, null, null, null, null, null, null, null, profile),
                null, null, null, null))), "cart", "customer_profile");

        assertThat(written.apply(new CustomerProfile(7, "d@example.com", "Dana", "Whitfield")))
                .isEqualTo(tree("{\"billing_addresses\":[{\"first_name\":\"Dana\",\"last_name\":\"Whitfield\"}],"
                        + "\"customer_profile_oid\":7,\"email\":\"d@example.com\"}"));
        assertThat(written.apply(new CustomerProfile(7, null, null, null)))
                .isEqualTo(tree("{\"customer_profile_oid\":7}"));
    }

    @Test
    void cartContactsAreWrittenAsFlatBillingAndShippingBlocks() {
        PostalAddress address = new PostalAddress("1 Dock St", null, "Halifax", "NS", "B3H 1A1", "CA");
        Cart cart = new Cart(null, null, null, null, null, null, null, List.of("WINTER10"),
                new CartTotals(null, null, null, null, null, null, null, Money.of("58.32", "USD")),
                new CartContact("Dana", null, null, "d@example.com", null, null, address),
                new CartContact("Sam", null, null, null, null, null, null), null);

        String json = JSON.webchatContext().write(new WebchatContext(cart, null, null, null, null));
        Object written = at(tree(json), "cart");

        assertThat(at(written, "billing")).isEqualTo(tree("{\"address1\":\"1 Dock St\",\"city\":\"Halifax\","
                + "\"country_code\":\"CA\",\"email\":\"d@example.com\",\"first_name\":\"Dana\",\"postal_code\":\"B3H 1A1\","
                + "\"state_region\":\"NS\"}"));
        assertThat(at(written, "shipping")).isEqualTo(tree("{\"first_name\":\"Sam\"}"));
        assertThat(at(written, "coupons")).isEqualTo(tree("[{\"coupon_code\":\"WINTER10\"}]"));
        assertThat(json).contains("\"total\":{\"currency_code\":\"USD\",\"value\":58.32}");
    }

    @Test
    void sessionStartIsWrittenWithUltraCartsSpellingOfTimeOnSite() {
        SessionStart start = new SessionStart(null, null, null, null, null, null, null, null, null, null, 312.25,
                null, null, null, null, null, null);

        assertThat(JSON.webchatContext().write(new WebchatContext(null, null, null, start, null)))
                .isEqualTo("{\"session_start\":{\"time_on_Site\":312.25}}");
    }

    @Test
    void contextWithPageViewsWritesThemAsPageView() {
        PageView view = new PageView("https://shop.example.com/", null, null, null, null, null, null, null, null, null,
                null);

        assertThat(JSON.webchatContext().write(new WebchatContext(null, null, List.of(view), null, null)))
                .isEqualTo("{\"page_view\":[{\"meta_data\":[],\"url\":\"https://shop.example.com/\"}]}");
    }

    @Test
    void startRequestIsWrittenWithUltraCartsFieldNames() {
        assertThat(tree(JSON.startRequest().write(StartConversationRequest.withParticipants(AGENT))))
                .isEqualTo(tree("{\"add_conversation_participant_arns\":[\"arn:agent/alex\"]}"));
    }

    @Test
    void nonFiniteNumbersCannotBeWritten() {
        SessionStart start = new SessionStart(null, null, null, null, null, null, Double.NaN, null, null, null, null,
                null, null, null, null, null, null);

        assertThatThrownBy(() -> JSON.webchatContext().write(new WebchatContext(null, null, null, start, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void writingNullIsRefused() {
        assertThatThrownBy(() -> JSON.conversation().write(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JSON.conversation().read((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFailingSinkSurfacesAsUncheckedIoException() {
        okio.BufferedSink broken = okio.Okio.buffer(new okio.Sink() {
            @Override
            public void write(okio.Buffer source, long byteCount) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public okio.Timeout timeout() {
                return okio.Timeout.NONE;
            }

            @Override
            public void close() {
            }
        });
        String big = "x".repeat(100_000);

        assertThatThrownBy(() -> JSON.error().write(broken, ErrorDetails.of(big, big)))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");
    }

    private static ConversationSummary bareSummary(Medium medium) {
        return new ConversationSummary(ConversationId.of("c-" + medium), null, null, medium, false, true, false, null,
                null, null, null, null, null, 0, List.of());
    }

    /** The JSON as maps, lists, strings, doubles and booleans. */
    private static Object tree(String json) {
        try {
            return TREE.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at {@code path} (names and indexes) inside {@code tree}. */
    private static Object at(Object tree, Object... path) {
        Object node = tree;
        for (Object step : path) {
            node = step instanceof Integer index ? ((List<?>) node).get(index) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object node) {
        return (Map<String, Object>) node;
    }
}
