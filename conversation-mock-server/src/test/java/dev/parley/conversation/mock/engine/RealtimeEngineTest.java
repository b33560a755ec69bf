package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartId;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessageRefusedException.Reason;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's live sessions: which change causes which event, sending, refusals and delivery. */
class RealtimeEngineTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final QueueName SALES = QueueName.of("Sales");

    private final ConversationEngine engine = ConversationEngine.builder().build();
    private final ConversationPort agent = engine.port("live");
    private final TenantControl backstage = engine.control("live");
    private final List<AgentSession> sessions = new ArrayList<>();

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private EventRecorder connect() {
        return connect("live");
    }

    private EventRecorder connect(String credential) {
        EventRecorder recorder = new EventRecorder();
        sessions.add(engine.realtime(credential).connect(recorder));
        return recorder;
    }

    private AgentSession lastSession() {
        return sessions.get(sessions.size() - 1);
    }

    private ConversationId joinedSms(EventRecorder drained) {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Where is my order?");
        agent.joinConversation(id);
        drained.next(ConversationEvent.NewConversation.class);
        drained.next(ConversationEvent.NewMessage.class);
        drained.next(ConversationEvent.NewMessageSummary.class);
        drained.next(ConversationEvent.ParticipantUpdate.class);
        return id;
    }

    @Test
    void events_aCustomersConversationAndMessageArriveAsNewConversationThenMessageThenSummary() {
        EventRecorder events = connect();

        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Where is my order?");

        assertThat(events.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
        ConversationEvent.NewMessage message = events.next(ConversationEvent.NewMessage.class);
        assertThat(message.conversation()).isEqualTo(id);
        assertThat(message.message().body()).isEqualTo("Where is my order?");
        assertThat(message.message().author()).isEqualTo(ADA);
        ConversationEvent.NewMessageSummary summary = events.next(ConversationEvent.NewMessageSummary.class);
        assertThat(summary.summary().messageCount()).isEqualTo(1);
        assertThat(summary.summary().lastMessageBody()).isEqualTo("Where is my order?");
    }

    @Test
    void events_everyOperationOfThePortWithAnEffectArrivesInTheOrderOfTheChanges() {
        EventRecorder events = connect();
        backstage.createQueue(SALES);
        events.next(ConversationEvent.QueueStatusUpdate.class);
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hi");
        events.next(ConversationEvent.NewConversation.class);
        Message newest = events.next(ConversationEvent.NewMessage.class).message();
        events.next(ConversationEvent.NewMessageSummary.class);

        agent.joinConversation(id);
        agent.joinConversation(id);
        agent.markRead(id);
        agent.leaveConversation(id);
        agent.leaveConversation(id);
        agent.updateQueueStatus(SALES, AgentStatus.BUSY);
        agent.updateQueueStatus(SALES, AgentStatus.BUSY);
        ConversationId started = agent.startConversation(StartConversationRequest.withParticipants(ADA)).summary().id();
        agent.keepAlive();
        agent.getQueueStatuses();

        assertThat(events.next(ConversationEvent.ParticipantUpdate.class).summary().participants())
                .anySatisfy(p -> assertThat(p.arn()).isEqualTo(backstage.agentArn()));
        ConversationEvent.MessagesRead read = events.next(ConversationEvent.MessagesRead.class);
        assertThat(read.conversation()).isEqualTo(id);
        assertThat(read.newestRead()).isEqualTo(newest.id());
        assertThat(read.newestReadAt()).isEqualTo(newest.sentAt());
        assertThat(events.next(ConversationEvent.ParticipantUpdate.class).summary().participants())
                .anySatisfy(p -> assertThat(p.leftAt()).isNotNull());
        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().agentBusyCount()).isEqualTo(1);
        assertThat(events.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(started);
        assertThat(events.events).as("joining, leaving and setting a status again change nothing").isEmpty();
    }

    @Test
    void events_theBackstagesChangesArriveAsTheirEvents() {
        EventRecorder events = connect();
        ConversationId webchat = backstage.customerStartsConversation(Medium.WEBSOCKET, SALES, ADA, "Ada", null);
        assertThat(events.next(ConversationEvent.NewConversation.class).summary().medium()).isEqualTo(Medium.WEBSOCKET);
        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().customerChatCount()).isEqualTo(1);

        backstage.customerWaits(SALES, ParticipantArn.of("arn:test:customer/bo"), "Bo", null, "Returns?");
        backstage.recordWebchatContext(webchat, new WebchatContext(
                new Cart(CartId.of("CART1"), null, null, null, null, null, null, null, null, null, null, null),
                "https://shop.example.com/shoes", null, null, null));
        backstage.typing(webchat, ADA, "Do you ");
        Message said = backstage.addMessage(webchat, ADA, null, "Do you ship to Canada?");
        backstage.setTransportStatus(webchat, said.id(), DeliveryStatus.READ);
        backstage.closeConversation(webchat);
        backstage.closeConversation(webchat);

        assertThat(events.next(ConversationEvent.QueueStatusUpdate.class).queue().customerWaitingCount()).isEqualTo(1);
        assertThat(events.next(ConversationEvent.WebchatContextChanged.class))
                .isEqualTo(new ConversationEvent.WebchatContextChanged(webchat, CartId.of("CART1"), null,
                        "https://shop.example.com/shoes"));
        assertThat(events.next(ConversationEvent.Typing.class))
                .isEqualTo(new ConversationEvent.Typing(webchat, ADA, "Ada", "Do you "));
        assertThat(events.next(ConversationEvent.NewMessage.class).message()).isEqualTo(said);
        events.next(ConversationEvent.NewMessageSummary.class);
        ConversationEvent.MessageUpdated updated = events.next(ConversationEvent.MessageUpdated.class);
        assertThat(updated.message().id()).isEqualTo(said.id());
        assertThat(updated.message().transportStatuses()).containsExactly(new TransportStatus(null, DeliveryStatus.READ));
        assertThat(events.next(ConversationEvent.ConversationClosed.class).summary().closed()).isTrue();
        assertThat(events.events).as("closing a closed conversation changes nothing").isEmpty();
    }

    @Test
    void events_transportStatusIsSetForEveryRecipientAndReadBackByGetMessages() {
        EventRecorder events = connect();
        ConversationId id = joinedSms(events);
        Message sent = lastSession().sendMessage(OutgoingMessage.text(id, "It shipped")).join();
        events.next(ConversationEvent.NewMessage.class);
        events.next(ConversationEvent.NewMessageSummary.class);

        for (DeliveryStatus status : List.of(DeliveryStatus.ACCEPTED, DeliveryStatus.SENDING, DeliveryStatus.SENT,
                DeliveryStatus.TWILIO_ERROR)) {
            backstage.setTransportStatus(id, sent.id(), status);
            assertThat(events.next(ConversationEvent.MessageUpdated.class).message().transportStatuses())
                    .containsExactly(new TransportStatus(ADA, status));
        }

        assertThat(agent.getMessages(MessagesQuery.since(id, Instant.EPOCH)))
                .filteredOn(m -> m.id().equals(sent.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.transportStatuses())
                        .containsExactly(new TransportStatus(ADA, DeliveryStatus.TWILIO_ERROR)));
        assertThatThrownBy(() -> backstage.setTransportStatus(id, dev.parley.conversation.domain.MessageId.of("nope"),
                DeliveryStatus.SENT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void events_onlyTheTenantsSessionsHearItsChanges() {
        EventRecorder mine = connect();
        EventRecorder theirs = connect("someone-else");

        engine.control("someone-else").customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);

        assertThat(mine.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
        assertThat(theirs.next(ConversationEvent.NewConversation.class).summary().id()).isNotEqualTo(id);
        assertThat(theirs.events).isEmpty();
    }

    @Test
    void events_loadingDemoDataAndResettingSendNothing() {
        EventRecorder events = connect();

        backstage.loadDemoData(7);
        backstage.reset();
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);

        assertThat(events.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
    }

    @Test
    void send_storesTheMessageAsTheAgentWithItsClientMessageIdAndEverySessionSeesIt() throws Exception {
        EventRecorder sender = connect();
        AgentSession session = lastSession();
        EventRecorder otherTab = connect();
        ConversationId id = joinedSms(sender);
        joinedSmsDrain(otherTab);

        Message stored = session.sendMessage(new OutgoingMessage(id, "It shipped today", "cm-1", List.of()))
                .get(10, TimeUnit.SECONDS);

        assertThat(stored.author()).isEqualTo(backstage.agentArn());
        assertThat(stored.authorName()).isEqualTo(backstage.agentName());
        assertThat(stored.clientMessageId()).isEqualTo("cm-1");
        assertThat(stored.id()).isNotNull();
        for (EventRecorder recorder : List.of(sender, otherTab)) {
            ConversationEvent.NewMessage seen = recorder.next(ConversationEvent.NewMessage.class);
            assertThat(seen).isEqualTo(new ConversationEvent.NewMessage(id, stored));
            assertThat(recorder.next(ConversationEvent.NewMessageSummary.class).summary().lastMessageBody())
                    .isEqualTo("It shipped today");
        }
        assertThat(agent.getMessages(MessagesQuery.since(id, Instant.EPOCH))).last().isEqualTo(stored);
    }

    private static void joinedSmsDrain(EventRecorder recorder) {
        recorder.next(ConversationEvent.NewConversation.class);
        recorder.next(ConversationEvent.NewMessage.class);
        recorder.next(ConversationEvent.NewMessageSummary.class);
        recorder.next(ConversationEvent.ParticipantUpdate.class);
    }

    @Test
    void send_aCompletedUploadIsCitedWithItsMediaUrl() {
        EventRecorder events = connect();
        ConversationId id = joinedSms(events);
        UploadUrl upload = agent.createUploadUrl("jpg");
        store(upload);

        Message stored = lastSession().sendMessage(new OutgoingMessage(id, null, "cm-2", List.of(upload.key()))).join();

        assertThat(stored.uploadKeys()).containsExactly(upload.key());
        assertThat(stored.mediaUrls()).singleElement().asString().endsWith("/__uploads/" + upload.key().value());
    }

    private void store(UploadUrl upload) {
        String expires = null;
        String signature = null;
        for (String pair : upload.url().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals("expires")) {
                expires = parts[1];
            } else if (parts[0].equals("signature")) {
                signature = parts[1];
            }
        }
        assertThat(engine.storeUpload(upload.key().value(), Long.parseLong(expires), signature,
                "jpeg bytes".getBytes(StandardCharsets.UTF_8))).isEqualTo(UploadVerdict.VALID);
    }

    @Test
    void send_everyRefusalOfTheContractStoresNothing() {
        ConversationEngine small = ConversationEngine.builder().maxMessageBytes(10).build();
        try {
            ConversationPort port = small.port("refusals");
            TenantControl control = small.control("refusals");
            AgentSession session = small.realtime("refusals").connect(event -> { });
            ConversationId joined = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hi");
            port.joinConversation(joined);
            ConversationId neverJoined = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hi");
            ConversationId left = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hi");
            port.joinConversation(left);
            port.leaveConversation(left);
            ConversationId closed = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hi");
            port.joinConversation(closed);
            control.closeConversation(closed);
            ConversationId otherMerchants = small.control("other").customerStartsConversation(
                    Medium.SMS, null, ADA, "Ada", "Hi");
            UploadUrl notCompleted = port.createUploadUrl("png");

            assertRefused(session, new OutgoingMessage(ConversationId.of("nope"), "x", "a", List.of()), null);
            assertRefused(session, new OutgoingMessage(otherMerchants, "x", "b", List.of()), null);
            assertRefused(session, new OutgoingMessage(neverJoined, "x", "c", List.of()), Reason.NOT_A_PARTICIPANT);
            assertRefused(session, new OutgoingMessage(left, "x", "d", List.of()), Reason.NOT_A_PARTICIPANT);
            assertRefused(session, new OutgoingMessage(closed, "x", "e", List.of()), Reason.CONVERSATION_CLOSED);
            assertRefused(session, new OutgoingMessage(joined, " ", "f", List.of()), Reason.EMPTY_MESSAGE);
            assertRefused(session, new OutgoingMessage(joined, null, "g", List.of()), Reason.EMPTY_MESSAGE);
            assertRefused(session, new OutgoingMessage(joined, "ééééééé", "h", List.of()), Reason.TOO_LARGE);
            assertRefused(session, new OutgoingMessage(joined, "x", "i", List.of(notCompleted.key())),
                    Reason.UNKNOWN_UPLOAD_KEY);
            assertRefused(session, new OutgoingMessage(joined, "x", "j", List.of(UploadKey.of("made-up"))),
                    Reason.UNKNOWN_UPLOAD_KEY);

            for (ConversationId id : List.of(joined, neverJoined, left, closed)) {
                assertThat(port.getMessages(MessagesQuery.since(id, Instant.EPOCH))).as("messages of %s", id).hasSize(1);
            }
            assertThat(session.sendMessage(new OutgoingMessage(joined, "ten bytes!", "k", List.of())).join().body())
                    .as("a body of exactly the limit is stored").isEqualTo("ten bytes!");
        } finally {
            small.close();
        }
    }

    private static void assertRefused(AgentSession session, OutgoingMessage message, Reason reason) {
        CompletableFuture<Message> future = session.sendMessage(message);
        assertThat(future).isCompletedExceptionally();
        Throwable refusal = future.handle((stored, failure) -> failure).join();
        if (reason == null) {
            assertThat(refusal).isInstanceOf(NotFoundException.class);
            assertThat(((NotFoundException) refusal).statusCode()).isEqualTo(404);
        } else {
            assertThat(refusal).isInstanceOfSatisfying(MessageRefusedException.class, refused -> {
                assertThat(refused.reason()).isEqualTo(reason);
                assertThat(refused.clientMessageId()).isEqualTo(message.clientMessageId());
                assertThat(refused.statusCode()).isEqualTo(switch (reason) {
                    case NOT_A_PARTICIPANT, CONVERSATION_CLOSED -> 409;
                    case TOO_LARGE -> 413;
                    default -> 400;
                });
            });
        }
    }

    @Test
    void typing_reachesTheTenantsOtherSessionsButNotTheSender() {
        EventRecorder sender = connect();
        AgentSession session = lastSession();
        EventRecorder otherTab = connect();
        ConversationId id = joinedSms(sender);
        joinedSmsDrain(otherTab);

        session.sendTyping(id, "Let me check");
        backstage.closeConversation(id);

        assertThat(otherTab.next(ConversationEvent.Typing.class))
                .isEqualTo(new ConversationEvent.Typing(id, backstage.agentArn(), backstage.agentName(), "Let me check"));
        sender.next(ConversationEvent.ConversationClosed.class);
        assertThatThrownBy(() -> session.sendTyping(id, "more"))
                .isInstanceOfSatisfying(MessageRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONVERSATION_CLOSED));
        assertThatThrownBy(() -> session.sendTyping(ConversationId.of("nope"), "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delivery_aListenerThatFallsBehindIsClosedWithoutSlowingTheEngineOrOtherSessions() throws Exception {
        ConversationEngine small = ConversationEngine.builder().sessionBufferSize(4).eventThreads(2).build();
        try {
            CountDownLatch stuck = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            EventRecorder slow = new EventRecorder() {
                @Override
                public void onEvent(ConversationEvent event) {
                    super.onEvent(event);
                    stuck.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            AgentSession slowSession = small.realtime("busy").connect(slow);
            EventRecorder fast = new EventRecorder();
            small.realtime("busy").connect(fast);
            TenantControl control = small.control("busy");

            ConversationId first = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
            assertThat(stuck.await(10, TimeUnit.SECONDS)).as("the slow listener got its first event").isTrue();
            assertThat(fast.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(first);
            for (int i = 0; i < 10; i++) {
                // The fast session takes each event before the next change: it never has more than one waiting.
                ConversationId id = control.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
                assertThat(fast.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
            }

            assertThat(slowSession.isOpen()).isFalse();
            release.countDown();
            EventRecorder.Closing closing = slow.nextClosing();
            assertThat(closing.state()).isEqualTo(ConnectionState.CLOSED);
            assertThat(closing.cause()).isInstanceOf(TransportException.class)
                    .hasMessageContaining("fell more than 4 events behind");
            assertThat(slow.events).as("only the event it was stuck on; the rest were dropped").hasSize(1);
            assertThat(slowSession.sendMessage(OutgoingMessage.text(first, "x")))
                    .failsWithin(1, TimeUnit.SECONDS)
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(TransportException.class);
        } finally {
            small.close();
        }
    }

    @Test
    void delivery_aListenerThatThrowsDoesNotEndItsSession() {
        EventRecorder after = new EventRecorder();
        AgentSession session = engine.realtime("live").connect(new RealtimeListener() {
            private boolean thrown;

            @Override
            public void onEvent(ConversationEvent event) {
                if (!thrown) {
                    thrown = true;
                    throw new IllegalStateException("listener bug");
                }
                after.onEvent(event);
            }
        });

        ConversationId first = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
        ConversationId second = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);

        assertThat(after.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(second);
        assertThat(session.isOpen()).isTrue();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void delivery_manySessionsShareTheEnginesFewEventThreads() {
        ConversationEngine pooled = ConversationEngine.builder().eventThreads(2).build();
        try {
            List<EventRecorder> recorders = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                EventRecorder recorder = new EventRecorder();
                pooled.realtime("crowd").connect(recorder);
                recorders.add(recorder);
            }

            pooled.control("crowd").customerStartsConversation(Medium.SMS, null, ADA, "Ada", "Hello");

            Set<String> threads = new HashSet<>();
            for (EventRecorder recorder : recorders) {
                recorder.next(ConversationEvent.NewConversation.class);
                recorder.next(ConversationEvent.NewMessage.class);
                recorder.next(ConversationEvent.NewMessageSummary.class);
                recorder.threads.drainTo(threads);
            }
            assertThat(threads).hasSizeLessThanOrEqualTo(2).allMatch(name -> name.startsWith("parley-engine-events-"));
        } finally {
            pooled.close();
        }
    }

    @Test
    void close_endsTheSessionWithNoEventAfterwardsAndClosedWithoutCause() throws Exception {
        EventRecorder events = connect();
        AgentSession session = lastSession();
        ConversationId id = joinedSms(events);

        session.close();
        session.close();
        backstage.addMessage(id, ADA, null, "Anyone there?");

        EventRecorder.Closing closing = events.nextClosing();
        assertThat(closing).isEqualTo(new EventRecorder.Closing(ConnectionState.CLOSED, null));
        assertThat(session.isOpen()).isFalse();
        assertThat(events.events).isEmpty();
        assertThat(events.closings).as("CLOSED is told once").isEmpty();
        assertThatThrownBy(() -> session.sendTyping(id, "x")).isInstanceOf(TransportException.class);
        assertThatThrownBy(() -> session.sendMessage(OutgoingMessage.text(id, "x")).get(1, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
    }

    @Test
    void close_closingTheEngineEndsEverySessionAndRefusesNewOnes() {
        EventRecorder events = connect();

        engine.close();

        EventRecorder.Closing closing = events.nextClosing();
        assertThat(closing.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closing.cause()).isInstanceOf(TransportException.class);
        assertThat(lastSession().isOpen()).isFalse();
        assertThatThrownBy(() -> engine.realtime("live").connect(event -> { })).isInstanceOf(TransportException.class);
        assertThat(engine.openSessions()).isZero();
    }
}
