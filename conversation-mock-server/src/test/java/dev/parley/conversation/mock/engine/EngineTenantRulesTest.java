package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UploadUrl;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tenant's names, times, uploads and refusals; evicting tenants; and the limits the builder accepts. */
class EngineTenantRulesTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final ParticipantArn BO = ParticipantArn.of("arn:test:customer/bo");
    private static final Instant T0 = EngineFixture.T0;

    private final List<ConversationEngine> engines = new ArrayList<>();

    @AfterEach
    void closeEngines() {
        engines.forEach(ConversationEngine::close);
    }

    private ConversationEngine engine(UnaryOperator<ConversationEngine.Builder> settings) {
        ConversationEngine engine = settings.apply(ConversationEngine.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)))
                .build();
        engines.add(engine);
        return engine;
    }

    private ConversationEngine engine() {
        return engine(builder -> builder);
    }

    /** Puts bytes at a presigned upload URL, as the fake's HTTP front end would. */
    private static UploadVerdict store(ConversationEngine engine, UploadUrl upload, byte[] bytes) {
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
        return engine.storeUpload(upload.key().value(), Long.parseLong(expires), signature, bytes);
    }

    private static UploadUrl storedUpload(ConversationEngine engine, String credential) {
        UploadUrl upload = engine.port(credential).createUploadUrl("png");
        assertThat(store(engine, upload, "png bytes".getBytes(StandardCharsets.UTF_8))).isEqualTo(UploadVerdict.VALID);
        assertThat(engine.upload(upload.key().value())).isPresent();
        return upload;
    }

    // ---- names and participants

    @Test
    void messages_aMessageWithoutAnAuthorNameIsSignedWithTheNameLastGivenForThatAuthor() {
        TenantControl backstage = engine().control("names");
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada Lovelace", "hi");
        ConversationId other = backstage.customerStartsConversation(Medium.SMS, null, BO, "Bo", null);

        Message again = backstage.addMessage(id, ADA, null, "me again");
        Message elsewhere = backstage.addMessage(other, ADA, null, "and here");
        backstage.addMessage(other, ADA, "Ada L.", "renamed");
        Message renamed = backstage.addMessage(id, ADA, null, "still me");

        assertThat(again.authorName()).isEqualTo("Ada Lovelace");
        assertThat(elsewhere.authorName()).isEqualTo("Ada Lovelace");
        assertThat(renamed.authorName()).isEqualTo("Ada L.");
    }

    @Test
    void events_anAuthorWhoJoinsByWritingIsSentAsAParticipantUpdateBeforeTheMessage() {
        ConversationEngine engine = engine();
        TenantControl backstage = engine.control("joins");
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
        EventRecorder events = new EventRecorder();
        engine.realtime("joins").connect(events);

        Message said = backstage.addMessage(id, BO, "Bo", "I'm her husband");
        backstage.addMessage(id, BO, null, "and again");

        assertThat(events.next(ConversationEvent.ParticipantUpdate.class).summary().participants())
                .extracting(Participant::arn).containsExactly(ADA, BO);
        assertThat(events.next(ConversationEvent.NewMessage.class).message()).isEqualTo(said);
        events.next(ConversationEvent.NewMessageSummary.class);
        assertThat(events.next(ConversationEvent.NewMessage.class).message().body())
                .as("a participant writing again joins nothing").isEqualTo("and again");
    }

    @Test
    void send_theRefusalSaysWhetherTheAgentNeverJoinedOrLeft() {
        ConversationEngine engine = engine();
        TenantControl backstage = engine.control("refused");
        ConversationPort agent = engine.port("refused");
        AgentSession session = engine.realtime("refused").connect(event -> { });
        ConversationId neverJoined = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        ConversationId left = backstage.customerStartsConversation(Medium.SMS, null, BO, "Bo", "hi");
        agent.joinConversation(left);
        agent.leaveConversation(left);

        assertThatThrownBy(() -> session.sendMessage(OutgoingMessage.text(neverJoined, "hello")).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(MessageRefusedException.class)
                .hasMessageContaining("(never joined)").hasMessageNotContaining("(left)");
        assertThatThrownBy(() -> session.sendMessage(OutgoingMessage.text(left, "hello")).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(MessageRefusedException.class)
                .hasMessageContaining("(left)").hasMessageNotContaining("never joined");
    }

    // ---- time

    private static Instant latestDemoEvent(ConversationPort port) {
        ConversationSummary newest = port.listConversations(ConversationListQuery.all().withLimit(1)).items().get(0);
        return newest.lastMessageAt();
    }

    @Test
    void time_aTenantThatTakesOverItsDemonstrationDataCannotSetItsClockBeforeItsLastEvent() {
        ConversationEngine engine = engine(builder -> builder.demoData(true));
        TenantControl backstage = engine.control("demo");
        Instant latest = latestDemoEvent(engine.port("demo"));

        backstage.createQueue(QueueName.of("Fresh")); // a first write, which stamps nothing

        assertThatThrownBy(() -> backstage.setClock(latest.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the earliest time allowed is " + latest);
        backstage.setClock(latest);
        assertThat(backstage.now()).isEqualTo(latest);
    }

    @Test
    void time_loadingDemonstrationDataKeepsItsLastEventSoTheClockCannotBeSetBeforeIt() {
        ConversationEngine engine = engine();
        TenantControl backstage = engine.control("loaded");

        backstage.loadDemoData(7);

        Instant latest = latestDemoEvent(engine.port("loaded"));
        assertThatThrownBy(() -> backstage.setClock(latest.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the earliest time allowed is " + latest);
    }

    /** A base clock a test moves by hand. */
    private static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void time_aDemoTenantsFirstEventIsStampedAfterItsDemonstrationDataEvenWhenTheBaseClockWentBack() {
        HandClock clock = new HandClock(T0);
        ConversationEngine engine = ConversationEngine.builder().clock(clock).demoData(true).build();
        engines.add(engine);
        TenantControl backstage = engine.control("demo-late");
        ConversationPort port = engine.port("demo-late");
        Instant latest = latestDemoEvent(port);
        clock.now = T0.minus(Duration.ofDays(1));

        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");

        ConversationSummary started = port.getConversation(id).summary();
        assertThat(started.startedAt()).isEqualTo(latest.plusMillis(1));
        assertThat(started.lastMessageAt()).isAfter(started.startedAt());
    }

    @Test
    void time_aMessageNotAfterTheConversationsLastMessageIsRefused() {
        Tenant tenant = new Tenant(Identities.of("stamps"), Clock.fixed(T0, ZoneOffset.UTC));
        tenant.write(() -> {
            ConversationState conversation = tenant.startConversation(null, null, T0);
            tenant.addMessage(conversation, ADA, "Ada", "first", MessageType.MESSAGE, List.of(), List.of(), T0, "m-1");

            assertThatThrownBy(() -> tenant.addMessage(conversation, ADA, "Ada", "same millisecond",
                    MessageType.MESSAGE, List.of(), List.of(), T0, "m-2"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("message times must increase");
            assertThatThrownBy(() -> tenant.addMessage(conversation, ADA, "Ada", "earlier",
                    MessageType.MESSAGE, List.of(), List.of(), T0.minusMillis(1), "m-3"))
                    .isInstanceOf(IllegalStateException.class);
            tenant.addMessage(conversation, ADA, "Ada", "later", MessageType.MESSAGE, List.of(), List.of(),
                    T0.plusMillis(1), "m-4");

            assertThat(conversation.lastMessages(null)).extracting(Message::body).containsExactly("first", "later");
        });
    }

    // ---- uploads

    @Test
    void reset_aTenantsUploadsCanNoLongerBeCitedOrRead() {
        ConversationEngine engine = engine();
        TenantControl backstage = engine.control("reset");
        UploadUrl upload = storedUpload(engine, "reset");

        backstage.reset();

        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
        assertThatThrownBy(() -> backstage.addMessage(id, ADA, null, null, List.of(upload.key())))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(upload.key().value());
        assertThat(engine.upload(upload.key().value())).isEmpty();
    }

    // ---- eviction

    @Test
    void evict_anEvictedTenantsUploadsAreForgotten() {
        ConversationEngine engine = engine(builder -> builder.maxTenants(1));
        UploadUrl upload = storedUpload(engine, "first");

        engine.control("second");

        assertThat(engine.evictedTenants()).isEqualTo(1);
        assertThat(engine.upload(upload.key().value())).isEmpty();
    }

    @Test
    void evict_whenTheOldest64TenantsAllHaveLiveSessionsTheOldestIsEvictedAndItsSessionEnds() {
        ConversationEngine engine = engine(builder -> builder.maxTenants(64));
        List<EventRecorder> recorders = new ArrayList<>();
        List<AgentSession> sessions = new ArrayList<>();
        for (int i = 1; i <= 64; i++) {
            EventRecorder recorder = new EventRecorder();
            recorders.add(recorder);
            sessions.add(engine.realtime("tenant-" + i).connect(recorder));
        }

        engine.control("tenant-65");

        assertThat(engine.tenantCount()).isEqualTo(64);
        assertThat(engine.evictedTenants()).isEqualTo(1);
        assertThat(sessions.get(0).isOpen()).as("the least recently used tenant's session").isFalse();
        assertThat(sessions.subList(1, 64)).allMatch(AgentSession::isOpen);
        assertThat(engine.openSessions()).isEqualTo(63);
        EventRecorder.Closing closing = recorders.get(0).nextClosing();
        assertThat(closing.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closing.cause()).isInstanceOf(TransportException.class).hasMessageContaining("evicted");
    }

    // ---- builder limits

    @Test
    void builder_maxTenantsIsRefusedAt0AndAcceptedAt1() {
        assertThatThrownBy(() -> ConversationEngine.builder().maxTenants(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 0");
        ConversationEngine engine = engine(builder -> builder.maxTenants(1));

        engine.control("a");
        engine.control("b");

        assertThat(engine.maxTenants()).isEqualTo(1);
        assertThat(engine.tenantCount()).isEqualTo(1);
    }

    @Test
    void builder_sessionBufferSizeIsRefusedAt0AndAcceptedAt1() {
        assertThatThrownBy(() -> ConversationEngine.builder().sessionBufferSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "session buffer size must be at least 1 but was 0");
        ConversationEngine engine = engine(builder -> builder.sessionBufferSize(1));
        EventRecorder events = new EventRecorder();
        engine.realtime("one").connect(events);

        ConversationId id = engine.control("one").customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);

        assertThat(events.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
    }

    @Test
    void builder_eventThreadsIsRefusedAt0AndAcceptedAt1() {
        assertThatThrownBy(() -> ConversationEngine.builder().eventThreads(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("event threads must be at least 1 but was 0");
        ConversationEngine engine = engine(builder -> builder.eventThreads(1));
        EventRecorder events = new EventRecorder();
        engine.realtime("one").connect(events);

        ConversationId id = engine.control("one").customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);

        assertThat(events.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
    }

    @Test
    void builder_maxMessageBytesIsRefusedAt0AndAt1AcceptsOneByteOnly() {
        assertThatThrownBy(() -> ConversationEngine.builder().maxMessageBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max message bytes must be at least 1 but was 0");
        ConversationEngine engine = engine(builder -> builder.maxMessageBytes(1));
        TenantControl backstage = engine.control("one");
        AgentSession session = engine.realtime("one").connect(event -> { });
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hi");
        engine.port("one").joinConversation(id);

        assertThat(session.sendMessage(OutgoingMessage.text(id, "k")).join().body()).isEqualTo("k");
        assertThatThrownBy(() -> session.sendMessage(OutgoingMessage.text(id, "ok")).join())
                .cause().isInstanceOf(MessageRefusedException.class)
                .satisfies(e -> assertThat(((MessageRefusedException) e).reason())
                        .isEqualTo(MessageRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void builder_maxUploadBytesIsRefusedAt0AndAt1AcceptsOneByteOnly() {
        assertThatThrownBy(() -> ConversationEngine.builder().maxUploadBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max upload bytes must be at least 1 but was 0");
        ConversationEngine engine = engine(builder -> builder.maxUploadBytes(1));
        ConversationPort port = engine.port("one");

        assertThat(store(engine, port.createUploadUrl("png"), new byte[2])).isEqualTo(UploadVerdict.TOO_LARGE);
        assertThat(store(engine, port.createUploadUrl("png"), new byte[1])).isEqualTo(UploadVerdict.VALID);
        assertThat(engine.maxUploadBytes()).isEqualTo(1);
    }

    @Test
    void builder_uploadUrlTtlIsRefusedUnderOneSecondAndAcceptedAtOneSecond() {
        assertThatThrownBy(() -> ConversationEngine.builder().uploadUrlTtl(Duration.ofMillis(999)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upload url ttl must be at least 1 second but was PT0.999S");
        ConversationEngine engine = engine(builder -> builder.uploadUrlTtl(Duration.ofSeconds(1)));

        UploadUrl upload = engine.port("one").createUploadUrl("png");

        assertThat(upload.url().getRawQuery()).contains("expires=" + (T0.getEpochSecond() + 1));
        assertThat(store(engine, upload, new byte[1])).isEqualTo(UploadVerdict.VALID);
    }
}
