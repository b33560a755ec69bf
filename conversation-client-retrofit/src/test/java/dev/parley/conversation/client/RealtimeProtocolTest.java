package dev.parley.conversation.client;

import static dev.parley.conversation.client.ScriptedChannel.EPOCH;
import static dev.parley.conversation.client.ScriptedChannel.message;
import static dev.parley.conversation.client.ScriptedChannel.messageFrame;
import static dev.parley.conversation.client.ScriptedChannel.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.client.RecordingListener.StateChange;
import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's side of the realtime channel against a scripted server: the handshake, reconnecting and
 * when not to, back-fill with exactly-once delivery, sends and their answers, the listener's thread,
 * and what close leaves behind.
 */
class RealtimeProtocolTest {
    private static final ConversationId C1 = ConversationId.of("c-1");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ScriptedChannel channel = new ScriptedChannel(server);
    private final RecordingListener listener = new RecordingListener();
    private AgentSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void everyConnectPresentsAFreshJwtAsTheJwtQueryParameterByDefault() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        RecordedRequest first = channel.nextUpgrade();
        ScriptedChannel.drop(channel.nextSocket());
        RecordedRequest second = channel.nextUpgrade();

        assertThat(first.getUrl().queryParameter("jwt")).isEqualTo(ScriptedChannel.jwt(1));
        assertThat(second.getUrl().queryParameter("jwt")).isEqualTo(ScriptedChannel.jwt(2));
        assertThat(first.getHeaders().get("Authorization")).isNull();
        assertThat(first.getHeaders().get(Credential.SIMPLE_KEY_HEADER)).as("the API key stays on the REST calls").isNull();
    }

    @Test
    void theJwtGoesInTheAuthorizationHeaderWhenTheBuilderSaysSo() throws Exception {
        session = channel.client().realtimeJwt(UltraCartConversationClient.JwtPresentation.AUTHORIZATION_HEADER)
                .build().realtime().connect(listener);
        RecordedRequest upgrade = channel.nextUpgrade();

        assertThat(upgrade.getHeaders().get("Authorization")).isEqualTo("Bearer " + ScriptedChannel.jwt(1));
        assertThat(upgrade.getUrl().queryParameter("jwt")).isNull();
    }

    @Test
    void connectReturnsOpenAndTheListenerHearsConnected() throws Exception {
        session = channel.client().build().realtime().connect(listener);

        assertThat(session.isOpen()).isTrue();
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void a401BeforeTheFirstUpgradeFailsConnectWithUnauthorized() {
        channel.upgradeAnswers.add(Scripted.error(401, "JWT expired"));
        var realtime = channel.client().build().realtime();

        assertThatThrownBy(() -> realtime.connect(listener))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("401");
        assertThat(listener.calls).as("a session that never opened tells its listener nothing").isEmpty();
    }

    @Test
    void a401BeforeAReconnectEndsTheSessionClosedWithUnauthorized() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        channel.upgradeAnswers.add(Scripted.error(401, "JWT expired"));
        ScriptedChannel.drop(channel.nextSocket());

        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);
        StateChange closed = listener.nextState();
        assertThat(closed.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closed.cause()).isInstanceOf(UnauthorizedException.class);
        assertThat(session.isOpen()).isFalse();
        assertThat(channel.upgrades).as("the first upgrade and the refused one, none after").hasSize(2);
    }

    @Test
    void aServerErrorBeforeAReconnectIsRetriedWithBackoff() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        channel.upgradeAnswers.add(Scripted.error(503, "busy"));
        channel.upgradeAnswers.add(Scripted.error(503, "busy"));
        ScriptedChannel.drop(channel.nextSocket());

        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(channel.authorizations.get()).as("a fresh JWT for each of the 4 upgrades").isEqualTo(4);
    }

    @Test
    void aClosePolicyViolationEndsTheSessionWithoutReconnecting() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        listener.nextState();
        channel.nextSocket().close(1008, "token revoked");

        StateChange closed = listener.nextState();
        assertThat(closed.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closed.cause()).isInstanceOf(UnauthorizedException.class).hasMessageContaining("1008");
        assertThat(channel.authorizations.get()).isEqualTo(1);
    }

    @Test
    void aClosingCodeIn4000sEndsTheSessionWithoutReconnecting() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        listener.nextState();
        channel.nextSocket().close(4000, "agent removed");

        StateChange closed = listener.nextState();
        assertThat(closed.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closed.cause()).hasMessageContaining("4000").hasMessageContaining("agent removed");
        assertThat(channel.authorizations.get()).isEqualTo(1);
    }

    @Test
    void aGoingAwayCloseIsReconnected() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        listener.nextState();
        channel.nextSocket().close(1001, "idle");

        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void afterAReconnectMissedMessagesAreBackFilledAndEachMessageArrivesOnce() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket first = channel.nextSocket();
        first.send(messageFrame("c-1", message("m1", 0, "one", null)));
        assertThat(listener.nextMessages(1)).extracting(Message::body).containsExactly("one");
        channel.messagesSince.put("c-1", since -> String.join(",",
                message("m1", 0, "one", null), message("m2", 5, "two", null), message("m3", 9, "three", null)));

        ScriptedChannel.drop(first);
        WebSocket second = channel.nextSocket();
        second.send(messageFrame("c-1", message("m3", 9, "three", null)));
        second.send(messageFrame("c-1", message("m4", 12, "four", null)));

        assertThat(listener.nextMessages(3)).extracting(Message::body).containsExactly("two", "three", "four");
        RecordedRequest backfill = channel.backfills.poll(10, TimeUnit.SECONDS);
        assertThat(backfill.getUrl().encodedPath())
                .as("read from the last epoch seen, one millisecond back for a message sharing it")
                .endsWith("/conversation/conversations/c-1/messages/" + (EPOCH - 1));
    }

    @Test
    void connectionChangesAndBackFilledMessagesComeInOrder() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        WebSocket first = channel.nextSocket();
        first.send(messageFrame("c-1", message("m1", 0, "one", null)));
        listener.nextMessages(1);
        channel.messagesSince.put("c-1", since -> message("m2", 5, "two", null));

        ScriptedChannel.drop(first);

        assertThat(listener.next()).isInstanceOf(StateChange.class)
                .extracting(c -> ((StateChange) c).state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(listener.next()).extracting(c -> ((StateChange) c).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(listener.next()).isInstanceOfSatisfying(ConversationEvent.NewMessage.class,
                m -> assertThat(m.message().body()).isEqualTo("two"));
    }

    @Test
    void sendMessageCompletesWithTheStoredMessageMatchedByClientMessageId() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket server = channel.nextSocket();

        CompletableFuture<Message> sent = session.sendMessage(new OutgoingMessage(C1, "Hello", "cm-7", List.of()));
        String frame = channel.nextFrame();
        server.send(messageFrame("c-1", message("m-other", 1, "someone else", "cm-other")));
        server.send(messageFrame("c-1", message("m-9", 2, "Hello", "cm-7")));

        assertThat(frame).contains("\"type\":\"message\"").contains("\"conversation_uuid\":\"c-1\"")
                .contains("\"client_message_id\":\"cm-7\"").contains("\"body\":\"Hello\"");
        Message stored = sent.get(10, TimeUnit.SECONDS);
        assertThat(stored.id().value()).isEqualTo("m-9");
        assertThat(stored.clientMessageId()).isEqualTo("cm-7");
    }

    @Test
    void aRefusedConversationFailsTheSendWithNotFound() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket server = channel.nextSocket();

        CompletableFuture<Message> sent = session.sendMessage(new OutgoingMessage(C1, "Hello", "cm-1", List.of()));
        channel.nextFrame();
        server.send(refusal("c-1", "cm-1", "refused 404 not_found: Conversation c-1 not found"));

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(NotFoundException.class).hasMessageContaining("Conversation c-1 not found");
    }

    @Test
    void aRefusedMessageFailsTheSendWithItsReason() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket server = channel.nextSocket();

        CompletableFuture<Message> sent = session.sendMessage(new OutgoingMessage(C1, "Hello", "cm-2", List.of()));
        channel.nextFrame();
        server.send(refusal("c-1", "cm-2", "refused 409 not_a_participant: The agent has not joined c-1"));

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(MessageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MessageRefusedException.Reason.NOT_A_PARTICIPANT);
                    assertThat(e.clientMessageId()).isEqualTo("cm-2");
                    assertThat(e.statusCode()).isEqualTo(409);
                });
        assertThat(session.isOpen()).as("a refusal keeps the socket").isTrue();
    }

    @Test
    void aSendWithoutAnswerFailsAfterTheSendTimeout() throws Exception {
        session = channel.client().realtimeSendTimeout(Duration.ofMillis(200)).build().realtime().connect(listener);
        channel.nextSocket();

        CompletableFuture<Message> sent = session.sendMessage(OutgoingMessage.text(C1, "anyone?"));

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(TransportException.class).hasMessageContaining("No answer")
                .hasMessageContaining("200 ms");
    }

    @Test
    void aSendWhileReconnectingFailsAtOnce() throws Exception {
        session = channel.client().realtimeReconnectDelays(Duration.ofSeconds(30), Duration.ofSeconds(30))
                .jitter(() -> 0.99).build().realtime().connect(listener);
        listener.nextState();
        ScriptedChannel.drop(channel.nextSocket());
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.DISCONNECTED);

        CompletableFuture<Message> sent = session.sendMessage(OutgoingMessage.text(C1, "now?"));

        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> sent.get(1, TimeUnit.SECONDS)).cause()
                .isInstanceOf(TransportException.class).hasMessageContaining("reconnecting");
        assertThatThrownBy(() -> session.sendTyping(C1, "...")).isInstanceOf(TransportException.class);
    }

    @Test
    void aSendWhoseAnswerWasLostInADropIsCompletedByTheBackFill() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket first = channel.nextSocket();
        CompletableFuture<Message> sent = session.sendMessage(new OutgoingMessage(C1, "Hello", "cm-3", List.of()));
        channel.nextFrame();
        channel.messagesSince.put("c-1", since -> message("m-5", 3, "Hello", "cm-3"));

        ScriptedChannel.drop(first);

        assertThat(sent.get(10, TimeUnit.SECONDS).id().value()).isEqualTo("m-5");
        assertThat(listener.nextMessages(1)).extracting(Message::clientMessageId).containsExactly("cm-3");
    }

    @Test
    void sendTypingSendsATypingEvent() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        channel.nextSocket();

        session.sendTyping(C1, "Let me check");

        assertThat(channel.nextFrame()).contains("\"type\":\"event\"").contains("\"event_type\":\"typing\"")
                .contains("\"conversation_uuid\":\"c-1\"").contains("\"value\":\"Let me check\"");
    }

    @Test
    void aListenerThatThrowsIsLoggedAndTheSessionGoesOn() throws Exception {
        RecordingListener after = new RecordingListener();
        try (CapturedLogs logs = new CapturedLogs()) {
            session = channel.client().build().realtime().connect(event -> {
                after.onEvent(event);
                throw new IllegalStateException("listener bug");
            });
            WebSocket server = channel.nextSocket();
            server.send(messageFrame("c-1", message("m1", 0, "one", null)));
            server.send(messageFrame("c-1", message("m2", 1, "two", null)));

            assertThat(after.nextMessages(2)).extracting(Message::body).containsExactly("one", "two");
            assertThat(session.isOpen()).isTrue();
            assertThat(logs.lines()).anyMatch(line -> line.contains("WARNING") && line.contains("the listener threw")
                    && line.contains("listener bug"));
        }
    }

    @Test
    void everyListenerCallComesOnTheSessionsOneThreadInOrder() throws Exception {
        session = channel.client().build().realtime().connect(listener);
        WebSocket server = channel.nextSocket();
        for (int i = 0; i < 50; i++) {
            server.send(messageFrame("c-1", message("m" + i, i, "n" + i, null)));
        }

        List<Message> messages = listener.nextMessages(50);

        assertThat(messages).extracting(Message::body)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).mapToObj(i -> "n" + i).toList());
        assertThat(listener.threads.stream().map(Thread::getName).collect(Collectors.toSet())).singleElement()
                .asString().startsWith(WebSocketSession.THREAD_PREFIX).endsWith("-listener-1");
    }

    @Test
    void theAgentKeepaliveIsCalledOnSchedule() throws Exception {
        session = channel.client().realtimeKeepAliveInterval(Duration.ofMillis(50)).build().realtime().connect(listener);

        assertThat(channel.keepAlives.poll(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(channel.keepAlives.poll(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void anIdleSocketOutlivesTheReadCallAndConnectTimeouts() throws Exception {
        session = channel.client().readTimeout(Duration.ofMillis(200)).callTimeout(Duration.ofMillis(300))
                .realtimeConnectTimeout(Duration.ofSeconds(1)).realtimeKeepAliveInterval(Duration.ofMillis(100))
                .build().realtime().connect(listener);
        assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
        WebSocket server = channel.nextSocket();
        for (int i = 0; i < 14; i++) {
            assertThat(channel.keepAlives.poll(10, TimeUnit.SECONDS)).as("keepalive " + i).isNotNull();
        }
        server.send(messageFrame("c-1", message("m1", 0, "still here", null)));

        assertThat(listener.next()).as("no DISCONNECTED before the message").isInstanceOf(ConversationEvent.NewMessage.class);
        assertThat(channel.upgrades).as("one upgrade only").hasSize(1);
    }

    @Test
    void anUnreadableFrameIsLoggedAndSkipped() throws Exception {
        try (CapturedLogs logs = new CapturedLogs()) {
            session = channel.client().build().realtime().connect(listener);
            WebSocket server = channel.nextSocket();
            server.send("{\"type\":\"message\",\"message\":{\"message_epoch\":\"not a number\"}}");
            server.send(messageFrame("c-1", message("m1", 0, "after", null)));

            assertThat(listener.nextMessages(1)).extracting(Message::body).containsExactly("after");
            assertThat(logs.lines()).anyMatch(line -> line.contains("cannot read"));
        }
    }

    @Test
    void closingTheClientClosesItsSessionsAndRefusesNewOnes() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        UltraCartConversationClient client = channel.client().build();
        AgentSession first = client.realtime().connect(listener);
        RecordingListener other = new RecordingListener();
        AgentSession second = client.realtime().connect(other);

        client.close();

        assertThat(first.isOpen()).isFalse();
        assertThat(second.isOpen()).isFalse();
        assertThat(other.next(StateChange.class).state()).isIn(ConnectionState.CONNECTED, ConnectionState.CLOSED);
        assertThatThrownBy(() -> client.realtime().connect(listener)).isInstanceOf(IllegalStateException.class);
        Threads.assertNoneLeftBut(before);
    }

    @Test
    void closeEndsTheSocketAndEveryThreadAndTellsTheListenerClosedLast() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        session = channel.client().build().realtime().connect(listener);
        WebSocket server = channel.nextSocket();
        CompletableFuture<Message> unanswered = session.sendMessage(OutgoingMessage.text(C1, "bye"));

        session.close();

        assertThat(session.isOpen()).isFalse();
        assertThat(unanswered).isCompletedExceptionally();
        StateChange last = listener.nextState();
        while (last.state() != ConnectionState.CLOSED) {
            last = listener.nextState();
        }
        assertThat(last.cause()).isNull();
        Threads.assertNoneLeftBut(before);
        assertThat(listener.calls).as("nothing after CLOSED").isEmpty();
        assertThat(server.send("anyone there?")).as("the server's side of the socket is closed").isFalse();
        session.close();
    }
}
