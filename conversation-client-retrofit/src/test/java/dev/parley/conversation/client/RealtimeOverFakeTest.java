package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.mock.server.FakeTenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The realtime channel through the client's public API against the embedded fake's websocket: both
 * handshakes, events, sends and every refusal, a drop by the fake's control plane recovered exactly
 * once, refused upgrades retried, and nothing left open on the fake after close.
 */
class RealtimeOverFakeTest {
    private static final ParticipantArn CASEY = ParticipantArn.of("arn:customer:+15551234567");

    private final String key = FakeOverHttp.newKey();
    private final FakeTenant merchant = FakeOverHttp.FAKE.control(key);
    private final UltraCartConversationClient client = FakeOverHttp.client(key)
            .realtimeReconnectDelays(Duration.ofMillis(20), Duration.ofMillis(200))
            .build();
    private final RecordingListener listener = new RecordingListener();
    private final List<AgentSession> sessions = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        sessions.forEach(AgentSession::close);
    }

    private AgentSession connect(UltraCartConversationClient through, RecordingListener to) {
        AgentSession session = through.realtime().connect(to);
        sessions.add(session);
        return session;
    }

    @ParameterizedTest
    @EnumSource(UltraCartConversationClient.JwtPresentation.class)
    void theFakeAcceptsEitherHandshakeAndACustomerMessageArrives(UltraCartConversationClient.JwtPresentation how)
            throws Exception {
        AgentSession session = connect(FakeOverHttp.client(key).realtimeJwt(how).build(), listener);
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, CASEY, "Casey", "hello");
        merchant.addMessage(id, CASEY, "Casey", "anyone there?");

        assertThat(session.isOpen()).isTrue();
        assertThat(listener.next(ConversationEvent.NewConversation.class).conversationId()).isEqualTo(id);
        assertThat(listener.nextMessages(2)).extracting(Message::body).containsExactly("hello", "anyone there?");
    }

    @Test
    void aSentMessageIsStoredWithItsClientMessageIdAndReadBackByRest() throws Exception {
        AgentSession session = connect(client, listener);
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, CASEY, "Casey", "hello");
        client.joinConversation(id);

        Message stored = session.sendMessage(new OutgoingMessage(id, "On its way", "cm-42", List.of()))
                .get(10, TimeUnit.SECONDS);

        assertThat(stored.clientMessageId()).isEqualTo("cm-42");
        assertThat(stored.author()).isEqualTo(merchant.agentArn());
        assertThat(client.getMessages(MessagesQuery.all(id))).extracting(Message::id).contains(stored.id());
    }

    @Test
    void everyRefusalBecomesItsTypedException() throws Exception {
        AgentSession session = connect(client, listener);
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, CASEY, "Casey", "hello");

        assertThat(failure(session.sendMessage(OutgoingMessage.text(ConversationId.of("no-such"), "hi"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(reason(session.sendMessage(OutgoingMessage.text(id, "not joined yet"))))
                .isEqualTo(MessageRefusedException.Reason.NOT_A_PARTICIPANT);
        client.joinConversation(id);
        assertThat(reason(session.sendMessage(OutgoingMessage.text(id, "  "))))
                .isEqualTo(MessageRefusedException.Reason.EMPTY_MESSAGE);
        assertThat(reason(session.sendMessage(OutgoingMessage.text(id, "x".repeat(100_000)))))
                .isEqualTo(MessageRefusedException.Reason.TOO_LARGE);
        merchant.closeConversation(id);
        assertThat(reason(session.sendMessage(OutgoingMessage.text(id, "too late"))))
                .isEqualTo(MessageRefusedException.Reason.CONVERSATION_CLOSED);
        assertThat(session.isOpen()).as("refusals keep the socket").isTrue();
    }

    @Test
    void aDropByTheControlPlaneIsRecoveredWithEveryMessageOnce() throws Exception {
        connect(client, listener);
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, CASEY, "Casey", "before");
        assertThat(listener.nextMessages(1)).extracting(Message::body).containsExactly("before");

        merchant.dropSockets();
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);
        merchant.addMessage(id, CASEY, "Casey", "during");
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        merchant.addMessage(id, CASEY, "Casey", "after");
        merchant.addMessage(id, CASEY, "Casey", "last");

        List<String> bodies = new ArrayList<>();
        while (!bodies.contains("last")) {
            bodies.add(listener.next(ConversationEvent.NewMessage.class).message().body());
        }
        assertThat(bodies).containsExactly("during", "after", "last");
    }

    @Test
    void refusedUpgradesAreRetriedUntilTheFakeAcceptsAgain() throws Exception {
        connect(client, listener);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        merchant.refuseUpgrades(2);

        merchant.dropSockets();

        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void typingReachesTheAgentsOtherSessions() throws Exception {
        AgentSession typing = connect(client, new RecordingListener());
        connect(client, listener);
        ConversationId id = merchant.customerStartsConversation(Medium.SMS, null, CASEY, "Casey", "hello");
        client.joinConversation(id);

        typing.sendTyping(id, "Checking your order");

        ConversationEvent.Typing seen = listener.next(ConversationEvent.Typing.class);
        assertThat(seen.value()).isEqualTo("Checking your order");
        assertThat(seen.author()).isEqualTo(merchant.agentArn());
    }

    @Test
    void closeLeavesNoSocketOpenOnTheFakeAndNoSessionThread() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        AgentSession first = connect(client, listener);
        AgentSession second = connect(client, new RecordingListener());
        assertThat(merchant.openSockets()).isEqualTo(2);

        first.close();
        second.close();

        assertThat(merchant.openSockets()).isZero();
        assertThat(listener.nextState().state()).isIn(ConnectionState.CONNECTED, ConnectionState.CLOSED);
        Threads.assertNoneLeftBut(before);
    }

    private static Throwable failure(CompletableFuture<Message> sent) throws Exception {
        try {
            sent.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the send was stored, not refused");
    }

    private static MessageRefusedException.Reason reason(CompletableFuture<Message> sent) throws Exception {
        Throwable failure = failure(sent);
        assertThat(failure).isInstanceOf(MessageRefusedException.class);
        return ((MessageRefusedException) failure).reason();
    }
}
