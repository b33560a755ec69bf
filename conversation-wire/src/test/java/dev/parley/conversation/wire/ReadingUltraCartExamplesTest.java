package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartId;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartItemOption;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationArn;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.PageViewMetadata;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.ParticipantId;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.SessionUtm;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.TwilioAccount;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Realistic UltraCart documents (snake_case, {@code -05:00} and {@code +0000} offsets, fields this
 * version does not know, explicit nulls, enumeration values this version does not know) read into
 * exactly the domain values they mean.
 */
class ReadingUltraCartExamplesTest {
    private static final UltraCartJson JSON = UltraCartJson.create();

    private static final ParticipantArn ALEX = ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:agent/alex");
    private static final ParticipantArn SAM = ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:agent/sam");
    private static final ParticipantArn DANA =
            ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:participant/+15551234567");
    private static final ParticipantArn LUCIA = ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:webchat/visitor-88");
    private static final MerchantId DEMO = MerchantId.of("DEMO");

    @Test
    void conversationsResponseReadsAsAPageOfSummariesWithDefaultsForNulls() {
        Page<ConversationSummary> page = JSON.conversations().read(Examples.json("conversations-response.json"));

        assertThat(page).isEqualTo(new Page<>(List.of(
                new ConversationSummary(
                        ConversationId.of("7c1b0a52-2b3d-4a9e-9f61-0c5d8e4f1a11"),
                        ConversationArn.of("arn:aws:ultracart:us-east-1:DEMO:conversation/7c1b0a52"),
                        DEMO,
                        Medium.SMS,
                        false,
                        true,
                        true,
                        Instant.parse("2026-11-23T22:10:00Z"),
                        Instant.parse("2026-11-24T05:32:16.123Z"),
                        Instant.parse("2026-11-24T05:31:02Z"),
                        "Is the blue mug back in stock?",
                        DANA,
                        "Dana Whitfield",
                        12,
                        List.of(
                                new Participant(ParticipantId.of("p-0001"), ALEX, "Alex Agent",
                                        Instant.parse("2026-11-23T22:12:00Z"), null,
                                        Instant.parse("2026-11-23T22:15:30.500Z"), "https://cdn.example.com/alex.png",
                                        "active", "America/New_York", 0),
                                new Participant(ParticipantId.of("p-0002"), DANA, "Dana Whitfield",
                                        Instant.parse("2026-11-23T22:10:00Z"), null, null, null, null, null, 3))),
                new ConversationSummary(
                        ConversationId.of("0e9d4c33-5f21-4b8e-8a77-2d1c3b4a5e66"),
                        null, null, Medium.UNKNOWN, false, true, false, null, null, null, null, null, null, 0,
                        List.of())),
                0, 2, 7, 2));
    }

    @Test
    void conversationResponseReadsWithMessagesPreferringMessageDtsAndFallingBackToEpoch() {
        Conversation conversation = JSON.conversation().read(Examples.json("conversation-response.json"));

        assertThat(conversation).isEqualTo(new Conversation(
                new ConversationSummary(
                        ConversationId.of("5d4f2e1a-9b8c-4d7e-a6f5-1e2d3c4b5a69"),
                        ConversationArn.of("arn:aws:ultracart:us-east-1:DEMO:conversation/5d4f"),
                        DEMO,
                        Medium.WEBSOCKET,
                        true,
                        false,
                        false,
                        Instant.parse("2026-11-24T09:59:00Z"),
                        Instant.parse("2026-11-24T10:05:00Z"),
                        Instant.parse("2026-11-24T10:02:03.004Z"),
                        "Gracias!",
                        LUCIA,
                        "Lucía",
                        40,
                        List.of(new Participant(null, LUCIA, "Lucía", Instant.parse("2026-11-24T09:59:00Z"),
                                Instant.parse("2026-11-24T15:06:00Z"), null, null, null, null, 0))),
                "es",
                List.of(
                        new Message(MessageId.of("m-0001"), DEMO, LUCIA, "Lucía", "¿Tienen la taza azul?", "web-1",
                                Instant.parse("2026-11-24T10:00:00.250Z"), null, MessageType.MESSAGE,
                                List.of("https://media.example.com/mug.jpg"),
                                List.of(UploadKey.of("uploads/mug-photo.jpg")),
                                List.of(new TransportStatus(ALEX, DeliveryStatus.READ),
                                        new TransportStatus(SAM, DeliveryStatus.UNKNOWN))),
                        new Message(MessageId.of("m-0002"), null, null, null, "Alex joined the conversation", null,
                                Instant.parse("2026-11-24T10:02:03.004Z"), null, MessageType.UNKNOWN,
                                List.of(), List.of(), List.of()))));
    }

    @Test
    void conversationStartResponseReadsTheNewConversation() {
        Conversation started = JSON.startedConversation().read(Examples.json("conversation-start-response.json"));

        assertThat(started).isEqualTo(new Conversation(
                new ConversationSummary(
                        ConversationId.of("a1b2c3d4-0000-4000-8000-000000000001"),
                        ConversationArn.of("arn:aws:ultracart:us-east-1:DEMO:conversation/a1b2"),
                        DEMO, Medium.SMS, false, true, false, Instant.parse("2026-11-24T12:00:00Z"),
                        null, null, null, null, null, 0,
                        List.of(
                                new Participant(null, ALEX, "Alex Agent", Instant.parse("2026-11-24T12:00:00Z"),
                                        null, null, null, null, null, 0),
                                new Participant(null,
                                        ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:participant/+15557654321"),
                                        null, null, null, null, null, null, null, 0))),
                null,
                List.of()));
    }

    @Test
    void conversationMessagesResponseReadsTheMessagesKeepingAbsentTypeAndStatusAbsent() {
        List<Message> messages = JSON.messages().read(Examples.json("conversation-messages-response.json"));

        assertThat(messages).containsExactly(
                new Message(MessageId.of("m-0100"), null, ALEX, "Alex Agent", "It ships Monday 📦", null,
                        Instant.parse("2026-11-24T13:30:00.100Z"), null, MessageType.MESSAGE, List.of(), List.of(),
                        List.of(new TransportStatus(DANA, DeliveryStatus.SENT_TO_TWILIO))),
                new Message(null, null, null, null, "Scheduled reminder", null,
                        Instant.parse("2026-11-24T13:31:00Z"), Instant.parse("2026-11-25T09:00:00Z"), null,
                        List.of(), List.of(), List.of(new TransportStatus(null, null))));
    }

    @Test
    void webchatContextReadsTheReducedCartAndTheVisitIgnoringWhatParleyDoesNotCarry() {
        WebchatContext context = JSON.webchatContext().read(Examples.json("webchat-context.json"));

        Cart cart = new Cart(
                CartId.of("CART-8A7B6C"),
                DEMO,
                "EUR",
                "USD",
                "en",
                true,
                List.of(
                        new CartItem("MUG-BLUE", "Blue ceramic mug", new BigDecimal("2"),
                                new Money(new BigDecimal("19.90"), "USD", new BigDecimal("18.31"), "18,31 €", null),
                                new Money(new BigDecimal("0.00"), "USD", null, null, null),
                                new Money(new BigDecimal("39.80"), "USD", new BigDecimal("36.61"), "36,61 €",
                                        new BigDecimal("0.920000")),
                                List.of(new CartItemOption("engraving", "Engraving", "For Sam"),
                                        new CartItemOption("gift_box", "Gift box", null)),
                                "https://cdn.example.com/items/mug-blue.jpg",
                                "https://shop.example.com/mug-blue"),
                        new CartItem("GIFTCARD", null, new BigDecimal("1.5"),
                                new Money(new BigDecimal("25.00"), null, null, null, null), null, null, List.of(),
                                null, null)),
                List.of("WINTER10", "FREESHIP"),
                new CartTotals(
                        new Money(new BigDecimal("64.80"), "USD", null, null, null),
                        new Money(new BigDecimal("6.48"), "USD", null, null, null),
                        new Money(new BigDecimal("58.32"), "USD", null, null, null),
                        new Money(new BigDecimal("7.50"), null, null, null, null),
                        new Money(new BigDecimal("7.50"), null, null, null, null),
                        new Money(new BigDecimal("0.00"), null, null, null, null),
                        new Money(new BigDecimal("0"), "USD", null, null, null),
                        new Money(new BigDecimal("58.32"), "USD", new BigDecimal("53.65"), "53,65 €", null)),
                new CartContact("Dana", "Whitfield", "Whitfield & Co", "dana@example.com", "+15551234567",
                        "+15551230000", new PostalAddress("12 Harbor Lane", null, "Portland", "ME", "04101", "US")),
                new CartContact("Sam", "Whitfield", null, null, "+19025550000", null,
                        new PostalAddress("1 Dock Street", null, "Halifax", "NS", "B3H 1A1", "CA")),
                new CustomerProfile(4412, "dana@example.com", "Dana", "Whitfield"));

        assertThat(context).isEqualTo(new WebchatContext(
                cart,
                "https://shop.example.com/checkout?step=shipping",
                List.of(
                        new PageView("https://shop.example.com/mug-blue", "Blue ceramic mug", "?color=blue", "GET",
                                "https://www.google.com/", 42.5, false, false, true, false,
                                List.of(new PageViewMetadata("category", "mugs"), new PageViewMetadata("ab_test", null))),
                        new PageView("https://shop.example.com/checkout", null, null, null, null, 8.0, null, null,
                                null, null, List.of())),
                new SessionStart("organic", "https://www.google.com/", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)",
                        "203.0.113.7", "US", "ME", 43.6615, -70.2553, 1920, 1080, 312.25, false, false, false, false,
                        null, false),
                new SessionUtm("google", "cpc", "winter_sale", "blue mug", "hero_banner", "cmp-2026-11", "Cj0KCQ",
                        "gb-1", "wb-4", "fb.1.123", null, "ms-9", "tt-2", "vm-3", "ucm-55")));
    }

    @Test
    void moneyKeepsTheExactTextAndScaleUltraCartSent() {
        WebchatContext context = JSON.webchatContext().read(Examples.json("webchat-context.json"));

        Money unitCost = context.cart().items().get(0).unitCost();
        assertThat(unitCost.value()).isEqualTo(new BigDecimal("19.90")).hasScaleOf(2);
        assertThat(context.cart().items().get(0).totalCost().exchangeRate().toPlainString()).isEqualTo("0.920000");
    }

    @Test
    void emptyObjectReadsAsTheEmptyWebchatContext() {
        assertThat(JSON.webchatContext().read("{}")).isEqualTo(WebchatContext.EMPTY);
    }

    @Test
    void agentAuthResponseReadsTheAuthorization() {
        AgentAuthorization auth = JSON.agentAuthorization().read(Examples.json("agent-auth-response.json"));

        assertThat(auth).isEqualTo(new AgentAuthorization(
                ALEX,
                "Alex Agent",
                DEMO,
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGV4In0.c2lnbmF0dXJl",
                URI.create("wss://ws.ultracart.example/conversation?merchant=DEMO"),
                List.of(new TwilioAccount(DEMO, List.of("+15550001111", "+15550002222")),
                        new TwilioAccount(null, List.of()))));
    }

    @Test
    void uploadUrlResponseReadsTheKeyAndPresignedUrl() {
        UploadUrl upload = JSON.uploadUrl().read(Examples.json("upload-url-response.json"));

        assertThat(upload).isEqualTo(new UploadUrl(
                UploadKey.of("conversation-uploads/DEMO/4f1d.jpg"),
                URI.create("https://uploads.example.com/conversation-uploads/DEMO/4f1d.jpg"
                        + "?X-Amz-Expires=900&X-Amz-Signature=abc123")));
    }

    @Test
    void queueStatusesResponseReadsQueuesWithUnknownAgentStatusAndZeroCountsForNulls() {
        List<QueueStatus> statuses = JSON.queueStatuses().read(Examples.json("queue-statuses-response.json"));

        assertThat(statuses).containsExactly(
                new QueueStatus(QueueName.of("sales"), 3, 1, 1, 1,
                        List.of(
                                new QueueAgent(ALEX, "Alex Agent", AgentStatus.AVAILABLE,
                                        Instant.parse("2026-11-24T12:45:00Z"), true, "https://cdn.example.com/alex.png"),
                                new QueueAgent(SAM, null, AgentStatus.UNKNOWN, null, false, null),
                                new QueueAgent(ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:agent/kim"), null,
                                        null, null, false, null)),
                        2, 4, 95, 410, 38, 57, 1, Instant.parse("2026-11-24T12:58:00Z"),
                        List.of(new QueueEntry(ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:webchat/visitor-91"),
                                "Priya", QueueId.of("q-sales-0001"), "priya@example.com",
                                Instant.parse("2026-11-24T12:58:00Z"), "Do you ship to Canada?"))),
                new QueueStatus(QueueName.of("support"), 0, 0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, null, List.of()));
    }

    @Test
    void errorResponseReadsUltraCartsErrorFields() {
        ErrorDetails error = JSON.error().read(Examples.json("error-response.json"));

        assertThat(error).isEqualTo(new ErrorDetails(
                "Conversation 9a9a9a9a does not exist for merchant DEMO",
                "That conversation could not be found.",
                "9a9a9a9a",
                "CONVERSATION_NOT_FOUND",
                "https://www.ultracart.com/api/#conversation"));
    }

    @Test
    void startRequestReadsParticipantsAndQueue() {
        StartConversationRequest request = JSON.startRequest().read(Examples.json("start-request.json"));

        assertThat(request).isEqualTo(new StartConversationRequest(
                List.of(ParticipantArn.of("arn:aws:ultracart:us-east-1:DEMO:participant/+15557654321"), SAM),
                null,
                QueueId.of("q-sales-0001")));
    }

    @Test
    void queueStatusUpdateRequestReadsTheAgentStatus() {
        assertThat(JSON.queueStatusUpdate().read(Examples.json("queue-status-update-request.json")))
                .isEqualTo(AgentStatus.BUSY);
    }
}
