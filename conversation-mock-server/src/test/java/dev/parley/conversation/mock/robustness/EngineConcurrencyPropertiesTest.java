package dev.parley.conversation.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.engine.TenantControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Threads running random mixes of every operation at once on one shared tenant and on tenants of
 * their own: whatever the interleaving, every reader sees a consistent state, no write is lost or
 * doubled, and nothing leaks across tenants. Each run is bounded by a timeout (a deadlock fails it).
 */
class EngineConcurrencyPropertiesTest {

    private static final int SHARED_CONVERSATIONS = 3;

    private static final int RUNS = 100;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger steps = new AtomicInteger();

    @Test
    void concurrency_interleavedOperationsLoseNothingAndEveryReaderSeesAConsistentState() {
        // Few shrink cycles: a failing interleaving rarely repeats, so shrinking mostly re-runs passing cases.
        qt().withExamples(RUNS).withShrinkCycles(5)
                .forAll(longs().all(), integers().between(2, 6), integers().between(10, 150), booleans().all())
                .checkAssert(this::runTogether);
        System.out.printf("EngineConcurrencyPropertiesTest: %d runs, %d steps%n", runs.get(), steps.get());
        assertThat(runs.get()).as("concurrent runs").isGreaterThanOrEqualTo(RUNS * 9 / 10);
    }

    private void runTogether(long seed, int threads, int stepsPerThread, boolean frozenClock) {
        runs.incrementAndGet();
        steps.addAndGet(threads * stepsPerThread);
        Clock clock = frozenClock ? Clock.fixed(EnginePropertiesTest.T0, ZoneOffset.UTC) : Clock.systemUTC();
        ConversationEngine engine = ConversationEngine.builder().clock(clock).build();
        ConversationPort shared = engine.port("shared");
        TenantControl sharedControl = engine.control("shared");
        List<ConversationId> sharedIds = new ArrayList<>();
        for (int c = 0; c < SHARED_CONVERSATIONS; c++) {
            sharedIds.add(sharedControl.customerStartsConversation(Medium.SMS, null,
                    ParticipantArn.of("arn:property:customer/" + c), null, "opening " + c));
        }

        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(t, new SplittableRandom(seed + t), engine, sharedIds, stepsPerThread));
        }
        runAllAtOnce(workers);

        for (int c = 0; c < SHARED_CONVERSATIONS; c++) {
            ConversationId id = sharedIds.get(c);
            List<String> expected = new ArrayList<>(List.of("opening " + c));
            workers.forEach(w -> expected.addAll(w.written.getOrDefault(id, List.of())));
            List<Message> stored = shared.getMessages(MessagesQuery.all(id));
            assertThat(stored).extracting(Message::body).as("every message written to %s, once", id)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertStrictlyAscending(stored);
            assertThat(shared.getConversation(id).summary().messageCount()).isEqualTo(expected.size());
        }
        assertThat(shared.listConversations(ConversationListQuery.all()).totalRecords()).isEqualTo(SHARED_CONVERSATIONS);
        for (Worker worker : workers) {
            Page<ConversationSummary> own = worker.own.listConversations(ConversationListQuery.all().withLimit(200));
            assertThat(own.items()).extracting(ConversationSummary::id)
                    .as("tenant of worker %d", worker.index)
                    .containsExactlyInAnyOrderElementsOf(worker.ownConversations);
        }
    }

    private static void runAllAtOnce(List<Worker> workers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Worker worker : workers) {
                running.add(pool.submit(() -> {
                    start.await();
                    worker.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError("a worker did not finish within 60 s: deadlock or livelock", e);
                } catch (ExecutionException e) {
                    throw new AssertionError("a worker failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the workers", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertStrictlyAscending(List<Message> messages) {
        for (int i = 1; i < messages.size(); i++) {
            assertThat(messages.get(i).epochMillis()).as("message %d comes strictly after message %d", i, i - 1)
                    .isGreaterThan(messages.get(i - 1).epochMillis());
        }
    }

    /** One thread's random mix; keeps what it wrote for the final count. */
    private static final class Worker {
        final int index;
        final SplittableRandom random;
        final ConversationPort shared;
        final TenantControl sharedControl;
        final ConversationPort own;
        final TenantControl ownControl;
        final List<ConversationId> sharedIds;
        final int steps;
        final Map<ConversationId, List<String>> written = new HashMap<>();
        final List<ConversationId> ownConversations = new ArrayList<>();

        Worker(int index, SplittableRandom random, ConversationEngine engine, List<ConversationId> sharedIds, int steps) {
            this.index = index;
            this.random = random;
            this.shared = engine.port("shared");
            this.sharedControl = engine.control("shared");
            this.own = engine.port("own-" + index);
            this.ownControl = engine.control("own-" + index);
            this.sharedIds = sharedIds;
            this.steps = steps;
        }

        void run() {
            ParticipantArn author = ParticipantArn.of("arn:property:writer/" + index);
            for (int step = 0; step < steps; step++) {
                ConversationId id = sharedIds.get(random.nextInt(sharedIds.size()));
                switch (random.nextInt(9)) {
                    case 0, 1 -> {
                        String body = "worker " + index + " step " + step;
                        sharedControl.addMessage(id, author, null, body);
                        written.computeIfAbsent(id, k -> new ArrayList<>()).add(body);
                    }
                    case 2 -> shared.joinConversation(id);
                    case 3 -> shared.leaveConversation(id);
                    case 4 -> shared.markRead(id);
                    case 5 -> readWhole(id);
                    case 6 -> readSince(id);
                    case 7 -> readListing();
                    default -> ownTenantStep(id, step);
                }
            }
        }

        private void readWhole(ConversationId id) {
            Conversation conversation = shared.getConversation(id);
            List<Message> messages = conversation.messages();
            assertThat(messages).hasSize(conversation.summary().messageCount());
            assertStrictlyAscending(messages);
            assertThat(conversation.summary().lastMessageAt()).isEqualTo(messages.get(messages.size() - 1).sentAt());
        }

        private void readSince(ConversationId id) {
            List<Message> all = shared.getMessages(MessagesQuery.all(id));
            Message pivot = all.get(random.nextInt(all.size()));
            int limit = 1 + random.nextInt(5);
            List<Message> after = shared.getMessages(MessagesQuery.since(id, pivot.sentAt()).withLimit(limit));
            assertThat(after.size()).isLessThanOrEqualTo(limit);
            assertStrictlyAscending(after);
            assertThat(after).allSatisfy(m -> assertThat(m.sentAt()).isAfter(pivot.sentAt()));
            // Messages only ever append, so what followed the pivot then still follows it now.
            List<Message> expectedPrefix = all.subList(all.indexOf(pivot) + 1, all.size());
            assertThat(after.subList(0, Math.min(after.size(), expectedPrefix.size())))
                    .containsExactlyElementsOf(expectedPrefix.subList(0, Math.min(after.size(), expectedPrefix.size())));
        }

        private void readListing() {
            Page<ConversationSummary> page = shared.listConversations(ConversationListQuery.all());
            assertThat(page.totalRecords()).isEqualTo(SHARED_CONVERSATIONS);
            List<ConversationSummary> items = page.items();
            for (int i = 1; i < items.size(); i++) {
                Instant previous = items.get(i - 1).lastMessageAt();
                Instant current = items.get(i).lastMessageAt();
                assertThat(previous).as("newest first").isAfterOrEqualTo(current);
            }
        }

        private void ownTenantStep(ConversationId sharedId, int step) {
            assertThatThrownBy(() -> own.getConversation(sharedId)).isInstanceOf(NotFoundException.class);
            if (ownConversations.isEmpty() || random.nextBoolean()) {
                ownConversations.add(ownControl.customerStartsConversation(Medium.SMS, null,
                        ParticipantArn.of("arn:property:own/" + index), null, "own " + step));
            } else {
                ConversationId ownId = ownConversations.get(random.nextInt(ownConversations.size()));
                ownControl.addMessage(ownId, ParticipantArn.of("arn:property:own/" + index), null, "own " + step);
                assertThatThrownBy(() -> shared.getConversation(ownId)).isInstanceOf(NotFoundException.class);
            }
            assertThat(own.listConversations(ConversationListQuery.all().withLimit(200)).totalRecords())
                    .isEqualTo(ownConversations.size());
        }
    }
}
