package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException.Reason;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import dev.parley.conversation.wire.RealtimeFrame;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake's realtime channel at websocket_url, as the contract's "The realtime channel" says. */
class RealtimeChannelTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:customer:+15125550100");

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("realtime-key");
    private final FakeTenant tenant = fake.control(key);

    private JsonNode authorize() {
        return http.api("PUT", "/conversation/agent/auth").key(key).send().json().path("agent_auth");
    }

    private WsClient connect() {
        JsonNode auth = authorize();
        return WsClient.connect(auth.path("websocket_url").asText(), auth.path("jwt").asText());
    }

    private ConversationId joinedConversation(WsClient socket) {
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Where is my order?");
        http.api("PUT", "/conversation/conversations/" + id + "/join").key(key).send();
        socket.nextEvent(ConversationEvent.NewConversation.class);
        socket.nextEvent(ConversationEvent.NewMessage.class);
        socket.nextEvent(ConversationEvent.NewMessageSummary.class);
        socket.nextEvent(ConversationEvent.ParticipantUpdate.class);
        return id;
    }

    @Test
    void theWebsocketUrlOfTheAgentAuthorizationIsServedOnThisServer() {
        String url = authorize().path("websocket_url").asText();

        assertThat(url).isEqualTo(http.root().replace("http://", "ws://") + "/__websocket/conversation");
    }

    @Test
    void aCustomersConversationAndMessageAddedThroughTheControlPlaneReachTheSocketAsValidFrames() {
        WsClient socket = connect();

        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Where is my order?");
        Message added = tenant.addMessage(id, ADA, null, "Hello?");

        assertThat(socket.nextEvent(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
        assertThat(socket.nextEvent(ConversationEvent.NewMessage.class).message().body()).isEqualTo("Where is my order?");
        socket.nextEvent(ConversationEvent.NewMessageSummary.class);
        assertThat(socket.nextEvent(ConversationEvent.NewMessage.class).message()).isEqualTo(added);
        assertThat(socket.nextEvent(ConversationEvent.NewMessageSummary.class).summary().messageCount()).isEqualTo(2);
    }

    @Test
    void theJwtMayBePresentedAsABearerTokenOnTheUpgrade() {
        JsonNode auth = authorize();
        WsClient socket = WsClient.connectWithBearer(auth.path("websocket_url").asText(), auth.path("jwt").asText());

        socket.send(RealtimeFrame.PING);

        assertThat(socket.next()).isEqualTo(RealtimeFrame.PING);
    }

    @Test
    void aMissingMalformedTamperedOrExpiredJwtIsRefused401BeforeTheUpgrade() {
        String jwt = authorize().path("jwt").asText();
        String path = "/__websocket/conversation";
        char last = jwt.charAt(jwt.length() - 2);
        String tampered = jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A') + jwt.charAt(jwt.length() - 1);

        assertUltraCartError(WsClient.upgrade(http.root(), path, Map.of()), 401);
        assertUltraCartError(WsClient.upgrade(http.root(), path + "?jwt=", Map.of()), 401);
        assertUltraCartError(WsClient.upgrade(http.root(), path + "?jwt=not.a.jwt", Map.of()), 401);
        assertUltraCartError(WsClient.upgrade(http.root(), path + "?jwt=" + tampered, Map.of()), 401);
        assertUltraCartError(WsClient.upgrade(http.root(), path, Map.of("Authorization", "Bearer " + tampered)), 401);
        assertThat(WsClient.upgrade(http.root(), path + "?jwt=" + jwt, Map.of()).status()).isEqualTo(101);

        tenant.advanceClock(Duration.ofHours(2));
        String message = assertUltraCartError(WsClient.upgrade(http.root(), path + "?jwt=" + jwt, Map.of()), 401);
        assertThat(message).doesNotContain(jwt);
    }

    @Test
    void anUpgradeWithTheJwtOfARefusedCredentialIs401AndAcceptedAgainOnceTheCredentialIs() {
        String jwt = authorize().path("jwt").asText();
        String path = "/__websocket/conversation?jwt=" + jwt;

        tenant.refuseCredential(true);
        String message = assertUltraCartError(WsClient.upgrade(http.root(), path, Map.of()), 401);
        tenant.refuseCredential(false);

        assertThat(message).contains("refuse").doesNotContain(jwt).doesNotContain(key);
        assertThat(WsClient.upgrade(http.root(), path, Map.of()).status()).isEqualTo(101);
    }

    @Test
    void aPingIsAnsweredWithAPing() {
        WsClient socket = connect();

        socket.send("{\"type\":\"ping\"}");

        assertThat(socket.nextText()).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void aFrameThatIsNoConversationWebsocketMessageClosesTheSocket1007SayingWhy() {
        WsClient socket = connect();

        socket.send("{\"type\":\"message\",\"conversation_uuid\":\"c\",\"message\":{\"body\":\"hi\"}}");

        WsClient.Ending ending = socket.ending();
        assertThat(ending.code()).isEqualTo(1007);
        assertThat(ending.reason()).contains("message.client_message_id");
        RecordedFrame recorded = tenant.awaitFrame(frame -> frame.text().contains("\"hi\""), Duration.ofSeconds(10));
        assertThat(recorded.frame()).as("recorded as unreadable").isNull();
    }

    @Test
    void notJsonAndUndocumentedFieldsAlsoClose1007() {
        WsClient garbage = connect();
        WsClient undocumented = connect();

        garbage.send("hello");
        undocumented.send("{\"type\":\"ping\",\"extra\":true}");

        assertThat(garbage.ending().code()).isEqualTo(1007);
        assertThat(garbage.ending().reason()).contains("not valid JSON");
        assertThat(undocumented.ending().code()).isEqualTo(1007);
        assertThat(undocumented.ending().reason()).contains("extra");
    }

    @Test
    void aSentMessageIsStoredAndEverySocketOfTheMerchantSeesItWithItsClientMessageId() {
        WsClient sender = connect();
        ConversationId id = joinedConversation(sender);
        WsClient otherTab = connect();

        sender.send(new RealtimeFrame.SendMessage(new OutgoingMessage(id, "It shipped today", "cm-1", List.of())));

        for (WsClient socket : List.of(sender, otherTab)) {
            Message stored = socket.nextEvent(ConversationEvent.NewMessage.class).message();
            assertThat(stored.clientMessageId()).isEqualTo("cm-1");
            assertThat(stored.author()).isEqualTo(tenant.agentArn());
            assertThat(socket.nextEvent(ConversationEvent.NewMessageSummary.class).summary().lastMessageBody())
                    .isEqualTo("It shipped today");
        }
        JsonNode messages = http.api("GET", "/conversation/conversations/" + id + "/messages/0").key(key).send().json();
        assertThat(messages.path("conversation_messages").get(1).path("client_message_id").asText()).isEqualTo("cm-1");
    }

    @Test
    void aMessageThatCannotBeStoredIsRefusedWithTheDocumentedNoticeAndTheSocketStaysOpen() {
        WsClient socket = connect();
        ConversationId notJoined = tenant.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
        socket.nextEvent(ConversationEvent.NewConversation.class);

        socket.send(new RealtimeFrame.SendMessage(new OutgoingMessage(ConversationId.of("nope"), "x", "cm-404", List.of())));
        socket.send(new RealtimeFrame.SendMessage(new OutgoingMessage(notJoined, "x", "cm-409", List.of())));
        socket.send(new RealtimeFrame.SendTyping(ConversationId.of("nope"), "x"));
        socket.send(RealtimeFrame.PING);

        RealtimeFrame.Refusal notFound = socket.next(RealtimeFrame.Refusal.class);
        assertThat(notFound.clientMessageId()).isEqualTo("cm-404");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.notFound()).isTrue();
        RealtimeFrame.Refusal notParticipant = socket.next(RealtimeFrame.Refusal.class);
        assertThat(notParticipant.clientMessageId()).isEqualTo("cm-409");
        assertThat(notParticipant.reason()).isEqualTo(Reason.NOT_A_PARTICIPANT);
        assertThat(notParticipant.conversation()).isEqualTo(notJoined);
        RealtimeFrame.Refusal typing = socket.next(RealtimeFrame.Refusal.class);
        assertThat(typing.clientMessageId()).isNull();
        assertThat(typing.status()).isEqualTo(404);
        assertThat(socket.next()).isEqualTo(RealtimeFrame.PING);
    }

    @Test
    void typingIsRelayedToTheMerchantsOtherSocketsWithTheAuthorFromTheJwt() {
        WsClient typist = connect();
        ConversationId id = joinedConversation(typist);
        WsClient otherTab = connect();

        typist.send(new RealtimeFrame.SendTyping(id, "Let me check"));
        typist.send(RealtimeFrame.PING);

        ConversationEvent.Typing typing = otherTab.nextEvent(ConversationEvent.Typing.class);
        assertThat(typing.author()).isEqualTo(tenant.agentArn());
        assertThat(typing.authorName()).isEqualTo(tenant.agentName());
        assertThat(typing.value()).isEqualTo("Let me check");
        assertThat(typist.next()).as("the typist's own socket gets no typing event").isEqualTo(RealtimeFrame.PING);
    }

    @Test
    void theControlPlanesCloseTypingAndTransportStatusReachTheSockets() {
        WsClient socket = connect();
        ConversationId id = joinedConversation(socket);
        Message said = tenant.addMessage(id, ADA, null, "Thanks");
        socket.nextEvent(ConversationEvent.NewMessage.class);
        socket.nextEvent(ConversationEvent.NewMessageSummary.class);

        tenant.typing(id, ADA, "One more");
        tenant.setTransportStatus(id, said.id(), DeliveryStatus.SENT);
        http.admin("POST", "/conversations/" + id + "/messages/" + said.id() + "/transport-status").key(key)
                .json("{\"status\":\"TWILIO_ERROR\"}").send();
        http.admin("PATCH", "/conversations/" + id).key(key).json("{\"closed\":true}").send();

        assertThat(socket.nextEvent(ConversationEvent.Typing.class))
                .isEqualTo(new ConversationEvent.Typing(id, ADA, "Ada", "One more"));
        assertThat(socket.nextEvent(ConversationEvent.MessageUpdated.class).message().transportStatuses())
                .containsExactly(new TransportStatus(tenant.agentArn(), DeliveryStatus.SENT));
        assertThat(socket.nextEvent(ConversationEvent.MessageUpdated.class).message().transportStatuses())
                .containsExactly(new TransportStatus(tenant.agentArn(), DeliveryStatus.TWILIO_ERROR));
        assertThat(socket.nextEvent(ConversationEvent.ConversationClosed.class).summary().closed()).isTrue();
    }

    @Test
    void theControlPlaneDropsSocketsWithoutACloseHandshake() {
        WsClient first = connect();
        WsClient second = connect();

        http.admin("POST", "/sockets/drop").key(key).send();

        assertThat(first.ending().code()).as("no close frame: 1006, abnormal closure").isEqualTo(1006);
        assertThat(second.ending().code()).isEqualTo(1006);
        assertThat(tenant.openSockets()).as("the fake forgot them").isZero();
    }

    @Test
    void theControlPlaneDropsSocketsAfterTheNextFrames() {
        WsClient socket = connect();
        tenant.dropSocketsAfterFrames(2);

        socket.send(RealtimeFrame.PING);
        assertThat(socket.next()).isEqualTo(RealtimeFrame.PING);
        socket.send(RealtimeFrame.PING);
        assertThat(socket.next()).isEqualTo(RealtimeFrame.PING);

        assertThat(socket.ending().code()).as("no close frame: 1006, abnormal closure").isEqualTo(1006);
        assertThat(socket.texts).as("nothing after the second frame").isEmpty();
    }

    @Test
    void theControlPlaneRefusesTheNextUpgrades503() {
        String jwt = authorize().path("jwt").asText();
        String path = "/__websocket/conversation?jwt=" + jwt;
        http.admin("POST", "/sockets/refuse-upgrades").key(key).json("{\"count\":2}").send();

        Reply refused = WsClient.upgrade(http.root(), path, Map.of());
        assertUltraCartError(refused, 503);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertUltraCartError(WsClient.upgrade(http.root(), path, Map.of()), 503);
        assertThat(WsClient.upgrade(http.root(), path, Map.of()).status()).isEqualTo(101);
        assertUltraCartError(WsClient.upgrade(http.root(), "/__websocket/conversation?jwt=forged", Map.of()), 401);
    }

    @Test
    void theFrameJournalKeepsWhatSocketsSentAndATestCanWaitForAFrame() {
        WsClient socket = connect();
        ConversationId id = joinedConversation(socket);

        socket.send(new RealtimeFrame.SendMessage(new OutgoingMessage(id, "Hello", "cm-journal", List.of())));

        RecordedFrame recorded = tenant.awaitFrame(frame -> frame.frame() instanceof RealtimeFrame.SendMessage,
                Duration.ofSeconds(10));
        assertThat(recorded).isNotNull();
        assertThat(recorded.text()).contains("cm-journal");
        assertThat(((RealtimeFrame.SendMessage) recorded.frame()).message().clientMessageId()).isEqualTo("cm-journal");
        JsonNode frames = http.admin("GET", "/frames").key(key).send().json().path("frames");
        assertThat(frames.get(frames.size() - 1).path("text").asText()).isEqualTo(recorded.text());
        assertThat(frames.get(frames.size() - 1).path("valid").asBoolean()).isTrue();
        assertThatThrownBy(() -> tenant.awaitFrame(frame -> frame.text().contains("never sent"), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cm-journal");
        assertThat(fake.control(Keys.unique("other")).frames()).as("another tenant's journal").isEmpty();
    }

    @Test
    void aSocketWithoutAFrameFromItsClientForTheIdleTimeoutIsClosed1001() {
        try (FakeUltraCart quick = FakeUltraCart.builder().websocketIdleTimeout(Duration.ofMillis(300)).start()) {
            JsonNode auth = new Http(quick).api("PUT", "/conversation/agent/auth").key(key).send().json().path("agent_auth");
            WsClient socket = WsClient.connect(auth.path("websocket_url").asText(), auth.path("jwt").asText());

            WsClient.Ending ending = socket.ending();

            assertThat(ending.code()).isEqualTo(1001);
            assertThat(ending.reason()).contains("PT0.3S");
        }
    }

    @Test
    void aSocketWhoseClientDoesNotReadIsClosed1013WithoutSlowingTheOthers() {
        JsonNode auth = authorize();
        WsClient stuck = WsClient.connectNotReading(auth.path("websocket_url").asText(), auth.path("jwt").asText());
        WsClient reading = connect();
        ConversationId id = joinedConversation(reading);
        String body = "x".repeat(32 * 1024);

        int sent = 0;
        while (tenant.openSockets() == 2 && sent < 5_000) {
            tenant.addMessage(id, ADA, null, body + sent);
            // The reading client takes each message before the next: only the stuck one falls behind.
            assertThat(reading.nextEvent(ConversationEvent.NewMessage.class).message().body()).isEqualTo(body + sent);
            reading.nextEvent(ConversationEvent.NewMessageSummary.class);
            sent++;
        }

        assertThat(tenant.openSockets()).as("open sockets after %d messages", sent).isEqualTo(1);
        stuck.resume();
        WsClient.Ending ending = stuck.ending();
        assertThat(ending.code()).isEqualTo(1013);
        assertThat(ending.reason()).contains("behind");
        reading.send(RealtimeFrame.PING);
        assertThat(reading.next()).isEqualTo(RealtimeFrame.PING);
    }

    @Test
    void closingTheFakeClosesItsSockets1001() {
        FakeUltraCart closing = FakeUltraCart.builder().start();
        JsonNode auth = new Http(closing).api("PUT", "/conversation/agent/auth").key(key).send().json().path("agent_auth");
        WsClient socket = WsClient.connect(auth.path("websocket_url").asText(), auth.path("jwt").asText());

        closing.close();

        assertThat(socket.ending().code()).isEqualTo(1001);
    }
}
