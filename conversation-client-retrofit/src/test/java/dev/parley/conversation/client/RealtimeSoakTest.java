package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak of the realtime client against the embedded fake: 100 live sessions over 10 merchants,
 * customers and agents writing (a round every 50 ms: each merchant's customer writes, every third round
 * an agent's session sends too) for 8 seconds while the fake's control plane drops every socket
 * of a merchant every 1.5 seconds. Afterwards every session has had every stored message of its
 * merchant exactly once (the back-fill recovered what the drops lost, nothing came twice), every send
 * was answered, refused as not sent, or timed out only because its frame was lost with a dropped socket
 * (it is not stored), closing leaves no session thread and no socket open on the fake, and the used heap after
 * garbage collection is back near where it started.
 */
class RealtimeSoakTest {
    private static final int MERCHANTS = 10;
    private static final int SESSIONS_PER_MERCHANT = 10;
    private static final int CONVERSATIONS_PER_MERCHANT = 3;
    private static final Duration FLOW = Duration.ofSeconds(8);
    private static final Duration DROP_EVERY = Duration.ofMillis(1_500);
    private static final Duration ROUND = Duration.ofMillis(50);
    private static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;

    @Test
    void hundredSessionsThroughDropsLoseNothingDuplicateNothingAndLeaveNothingBehind() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        long heapAtStart = usedHeapAfterGc();
        OkHttpClient http = new OkHttpClient();
        try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
            List<Merchant> merchants = new ArrayList<>();
            for (int m = 0; m < MERCHANTS; m++) {
                merchants.add(new Merchant(fake, http, "soak-" + m));
            }
            for (Merchant merchant : merchants) {
                merchant.startConversationsAndWaitUntilEverySessionFollowsThem();
            }

            Map<String, CompletableFuture<Message>> sends = new ConcurrentHashMap<>();
            AtomicInteger rounds = new AtomicInteger();
            AtomicInteger drops = new AtomicInteger();
            CompletableFuture<Void> flowed = new CompletableFuture<>();
            long start = System.nanoTime();
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            writer.scheduleAtFixedRate(() -> {
                try {
                    long elapsed = System.nanoTime() - start;
                    if (elapsed >= FLOW.toNanos()) {
                        flowed.complete(null);
                        return;
                    }
                    int round = rounds.getAndIncrement();
                    for (Merchant merchant : merchants) {
                        merchant.customerWrites(round);
                        if (round % 3 == 0) {
                            OutgoingMessage message = merchant.agentMessage(round);
                            sends.put(message.clientMessageId(), merchant.agentWrites(round, message));
                        }
                    }
                    if (elapsed >= (drops.get() + 1) * DROP_EVERY.toNanos()) {
                        merchants.get(drops.getAndIncrement() % MERCHANTS).tenant.dropSockets();
                    }
                } catch (RuntimeException | AssertionError e) {
                    flowed.completeExceptionally(e);
                }
            }, 0, ROUND.toMillis(), TimeUnit.MILLISECONDS);
            try {
                flowed.get(FLOW.toSeconds() + 30, TimeUnit.SECONDS);
            } finally {
                writer.shutdownNow();
                writer.awaitTermination(10, TimeUnit.SECONDS);
            }
            int round = rounds.get();
            int answered = 0;
            Set<String> unanswered = new HashSet<>();
            for (Map.Entry<String, CompletableFuture<Message>> send : sends.entrySet()) {
                try {
                    send.getValue().get(30, TimeUnit.SECONDS);
                    answered++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).as("a send fails only as not sent or not answered")
                            .isInstanceOf(TransportException.class);
                    if (e.getCause().getMessage().contains("No answer")) {
                        unanswered.add(send.getKey());
                    }
                }
            }
            int stored = 0;
            for (Merchant merchant : merchants) {
                Set<MessageId> expected = merchant.storedMessages();
                assertThat(merchant.storedClientMessageIds())
                        .as("a send left unanswered was really lost with its socket, never stored")
                        .noneMatch(unanswered::contains); // AssertJ refuses an empty set to look for
                stored += expected.size();
                for (Delivered session : merchant.listeners) {
                    session.awaitAll(expected, Duration.ofSeconds(30));
                    assertThat(session.duplicates()).as("messages delivered twice").isEmpty();
                    assertThat(session.ids()).as("every stored message and nothing else").isEqualTo(expected);
                }
            }
            assertThat(drops.get()).as("sockets were dropped").isGreaterThanOrEqualTo(5);
            assertThat(round).as("rounds of writing").isGreaterThan(20);
            assertThat(answered).as("sends answered").isGreaterThan(sends.size() / 2);
            System.out.printf("Realtime soak: %d sessions, %d rounds, %d messages stored, %d sends (%d answered,"
                    + " %d lost with a dropped socket), %d drops%n", MERCHANTS * SESSIONS_PER_MERCHANT, round, stored,
                    sends.size(), answered, unanswered.size(), drops.get());

            for (Merchant merchant : merchants) {
                merchant.close();
            }
            assertThat(Threads.ofSessions()).as("session threads left").isZero();
            assertThat(merchants.stream().mapToInt(m -> m.tenant.openSockets()).sum()).as("sockets the fake still has open").isZero();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        Threads.assertNoneLeftBut(before);
        long heapAtEnd = usedHeapAfterGc();
        System.out.printf("Realtime soak: used heap after GC %d KiB at start, %d KiB at end%n",
                heapAtStart / 1024, heapAtEnd / 1024);
        assertThat(heapAtEnd - heapAtStart).as("growth of the used heap after GC, bytes").isLessThan(HEAP_GROWTH_BOUND);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** One merchant: its tenant on the fake, its client, its sessions and what each delivered. */
    private static final class Merchant {
        final FakeTenant tenant;
        final UltraCartConversationClient client;
        final List<Delivered> listeners = new ArrayList<>();
        final List<AgentSession> sessions = new ArrayList<>();
        final List<ConversationId> conversations = new ArrayList<>();
        final ParticipantArn customer;

        Merchant(FakeUltraCart fake, OkHttpClient http, String key) {
            this.tenant = fake.control(key);
            this.customer = ParticipantArn.of("arn:customer:" + key);
            this.client = UltraCartConversationClient.builder().baseUrl(fake.baseUrl()).simpleKey(key)
                    .okHttpClient(http)
                    .realtimeReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(400))
                    .realtimeSendTimeout(Duration.ofSeconds(8))
                    .build();
            for (int s = 0; s < SESSIONS_PER_MERCHANT; s++) {
                Delivered listener = new Delivered();
                listeners.add(listener);
                sessions.add(client.realtime().connect(listener));
            }
        }

        void startConversationsAndWaitUntilEverySessionFollowsThem() throws InterruptedException {
            for (int c = 0; c < CONVERSATIONS_PER_MERCHANT; c++) {
                ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, customer, "Casey", "hello " + c);
                client.joinConversation(id);
                conversations.add(id);
            }
            for (Delivered listener : listeners) {
                listener.awaitConversations(Set.copyOf(conversations), Duration.ofSeconds(30));
            }
        }

        void customerWrites(int round) {
            ConversationId id = conversations.get(round % conversations.size());
            tenant.addMessage(id, customer, "Casey", "question " + round);
        }

        OutgoingMessage agentMessage(int round) {
            return OutgoingMessage.text(conversations.get((round + 1) % conversations.size()), "answer " + round);
        }

        CompletableFuture<Message> agentWrites(int round, OutgoingMessage message) {
            return sessions.get(round % sessions.size()).sendMessage(message);
        }

        Set<String> storedClientMessageIds() {
            Set<String> ids = new HashSet<>();
            for (ConversationId id : conversations) {
                for (Message message : client.getMessages(MessagesQuery.all(id))) {
                    if (message.clientMessageId() != null) {
                        ids.add(message.clientMessageId());
                    }
                }
            }
            return ids;
        }

        Set<MessageId> storedMessages() {
            Set<MessageId> ids = new HashSet<>();
            for (ConversationId id : conversations) {
                for (Message message : client.getMessages(MessagesQuery.all(id))) {
                    ids.add(message.id());
                }
            }
            return ids;
        }

        void close() {
            sessions.forEach(AgentSession::close);
        }
    }

    /** Counts each message delivered by id, and the conversations the session has heard of. */
    private static final class Delivered implements RealtimeListener {
        private final Map<MessageId, Integer> counts = new HashMap<>();
        private final Set<ConversationId> conversations = new HashSet<>();

        @Override
        public synchronized void onEvent(ConversationEvent event) {
            if (event instanceof ConversationEvent.NewMessage newMessage) {
                counts.merge(newMessage.message().id(), 1, Integer::sum);
            }
            if (event.conversationId() != null) {
                conversations.add(event.conversationId());
            }
            notifyAll();
        }

        synchronized Set<MessageId> ids() {
            return new HashSet<>(counts.keySet());
        }

        synchronized Map<MessageId, Integer> duplicates() {
            Map<MessageId, Integer> twice = new HashMap<>();
            counts.forEach((id, n) -> {
                if (n > 1) {
                    twice.put(id, n);
                }
            });
            return twice;
        }

        synchronized void awaitAll(Set<MessageId> expected, Duration within) throws InterruptedException {
            awaitUntil(() -> counts.keySet().containsAll(expected), within, "all " + expected.size() + " messages");
        }

        synchronized void awaitConversations(Set<ConversationId> expected, Duration within) throws InterruptedException {
            awaitUntil(() -> conversations.containsAll(expected), within, "events of every conversation");
        }

        private void awaitUntil(java.util.function.BooleanSupplier done, Duration within, String what)
                throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("a session did not receive " + what + " within " + within,
                            new TimeoutException());
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
