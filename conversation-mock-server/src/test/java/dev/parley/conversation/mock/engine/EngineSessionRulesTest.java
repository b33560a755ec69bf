package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A live session's life: how it is counted, closed, logged and served by the engine's event threads. */
class EngineSessionRulesTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final long TIMEOUT = EventRecorder.TIMEOUT_SECONDS;

    private final List<ConversationEngine> engines = new ArrayList<>();

    @AfterEach
    void closeEngines() {
        engines.forEach(ConversationEngine::close);
    }

    private ConversationEngine engine(ConversationEngine.Builder builder) {
        ConversationEngine engine = builder.build();
        engines.add(engine);
        return engine;
    }

    private static ConversationId customerArrives(ConversationEngine engine, String credential) {
        return engine.control(credential).customerStartsConversation(Medium.SMS, null, ADA, "Ada", null);
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            assertThat(latch.await(TIMEOUT, TimeUnit.SECONDS)).as("waited %d s for %s", TIMEOUT, what).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    private static <T> T take(BlockingQueue<T> queue, String what) throws InterruptedException {
        T taken = queue.poll(TIMEOUT, TimeUnit.SECONDS);
        assertThat(taken).as("waited %d s for %s", TIMEOUT, what).isNotNull();
        return taken;
    }

    // ---- counting and closing

    @Test
    void sessions_openSessionsCountsEveryTenantsOpenSessionsAndAClosedOneIsRemoved() {
        ConversationEngine engine = engine(ConversationEngine.builder());
        AgentSession first = engine.realtime("one").connect(event -> { });
        AgentSession second = engine.realtime("one").connect(event -> { });
        engine.realtime("two").connect(event -> { });
        assertThat(engine.openSessions()).isEqualTo(3);

        first.close();

        assertThat(first.isOpen()).isFalse();
        assertThat(engine.openSessions()).isEqualTo(2);
        second.close();
        second.close();
        assertThat(engine.openSessions()).isEqualTo(1);
    }

    @Test
    void sessions_aClosedSessionHearsClosedOnceAndNothingAfter() {
        ConversationEngine engine = engine(ConversationEngine.builder());
        EventRecorder closed = new EventRecorder();
        EventRecorder open = new EventRecorder();
        AgentSession session = engine.realtime("quiet").connect(closed);
        engine.realtime("quiet").connect(open);

        session.close();
        ConversationId id = customerArrives(engine, "quiet");

        assertThat(open.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(id);
        EventRecorder.Closing closing = closed.nextClosing();
        assertThat(closing.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(closing.cause()).as("closed by its owner, not by a failure").isNull();
        assertThat(closed.events).isEmpty();
        assertThat(closed.closings).isEmpty();
    }

    @Test
    void close_fromAnotherThreadWaitsForTheListenerCallInProgress() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        AgentSession session = engine.realtime("slow").connect(new RealtimeListener() {
            @Override
            public void onEvent(ConversationEvent event) {
                entered.countDown();
                await(release, "the test to release the listener");
                calls.add("event returned");
            }

            @Override
            public void onConnectionChanged(ConnectionState state, Throwable cause) {
                calls.add(state.name());
            }
        });
        customerArrives(engine, "slow");
        await(entered, "the listener to be called");

        CompletableFuture<Void> closing = CompletableFuture.runAsync(session::close);

        assertThatThrownBy(() -> closing.get(300, TimeUnit.MILLISECONDS))
                .as("close() returns only once the listener call in progress is over")
                .isInstanceOf(TimeoutException.class);
        release.countDown();
        closing.get(TIMEOUT, TimeUnit.SECONDS);
        assertThat(calls).containsExactly("event returned", "CLOSED");
    }

    @Test
    void close_fromInsideTheListenerTellsItClosedBeforeReturning() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        AtomicReference<AgentSession> self = new AtomicReference<>();
        AtomicBoolean heardClosed = new AtomicBoolean();
        BlockingQueue<Boolean> heardBeforeCloseReturned = new LinkedBlockingQueue<>();
        self.set(engine.realtime("self").connect(new RealtimeListener() {
            @Override
            public void onEvent(ConversationEvent event) {
                self.get().close();
                heardBeforeCloseReturned.add(heardClosed.get());
            }

            @Override
            public void onConnectionChanged(ConnectionState state, Throwable cause) {
                heardClosed.set(state == ConnectionState.CLOSED);
            }
        }));

        customerArrives(engine, "self");

        assertThat(take(heardBeforeCloseReturned, "the listener to close its session")).isTrue();
        assertThat(self.get().isOpen()).isFalse();
        assertThat(engine.openSessions()).isZero();
    }

    // ---- delivery in turns

    /** Records, in one shared order, which session each event went to. */
    private static RealtimeListener into(List<String> deliveries, String name, CountDownLatch delivered) {
        return event -> {
            deliveries.add(name);
            delivered.countDown();
        };
    }

    private static List<Integer> runLengths(List<String> deliveries) {
        List<Integer> runs = new ArrayList<>();
        String current = null;
        for (String delivery : deliveries) {
            if (delivery.equals(current)) {
                runs.set(runs.size() - 1, runs.get(runs.size() - 1) + 1);
            } else {
                runs.add(1);
                current = delivery;
            }
        }
        return runs;
    }

    @Test
    void delivery_busySessionsTakeTurnsOfAtMost64EventsAndEveryEventArrives() {
        ConversationEngine engine = engine(ConversationEngine.builder().eventThreads(1));
        // Hold the only event thread while both sessions' events pile up.
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.realtime("blocker").connect(event -> {
            entered.countDown();
            await(release, "the test to release the event thread");
        });
        customerArrives(engine, "blocker");
        await(entered, "the event thread to be held");
        TenantControl busy = engine.control("busy");
        ConversationId id = customerArrives(engine, "busy");
        List<String> deliveries = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch delivered = new CountDownLatch(400);
        engine.realtime("busy").connect(into(deliveries, "a", delivered));
        engine.realtime("busy").connect(into(deliveries, "b", delivered));
        for (int i = 0; i < 200; i++) {
            busy.typing(id, ADA, "typed " + i);
        }

        release.countDown();

        await(delivered, "200 events to each session");
        assertThat(runLengths(deliveries)).containsExactly(64, 64, 64, 64, 64, 64, 8, 8);
    }

    @Test
    void delivery_eventsAreDeliveredOnDaemonThreads() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        BlockingQueue<Boolean> daemon = new LinkedBlockingQueue<>();
        engine.realtime("daemon").connect(event -> daemon.add(Thread.currentThread().isDaemon()));

        customerArrives(engine, "daemon");

        assertThat(take(daemon, "an event")).as("an event thread keeps no JVM alive").isTrue();
    }

    @Test
    void close_closingTheEngineStopsItsEventThreads() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
        engine.realtime("threads").connect(event -> threads.add(Thread.currentThread()));
        customerArrives(engine, "threads");
        Thread eventThread = take(threads, "an event");

        engine.close();

        eventThread.join(TimeUnit.SECONDS.toMillis(TIMEOUT));
        assertThat(eventThread.isAlive()).as("the event thread ended when the engine closed").isFalse();
    }

    // ---- a listener that throws

    /** Collects what the engine logs about its sessions. */
    private static final class Recorded extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(EngineSession.class.getName());
        final BlockingQueue<LogRecord> records = new LinkedBlockingQueue<>();

        private final boolean parentHandlers = logger.getUseParentHandlers();

        Recorded() {
            logger.addHandler(this);
            logger.setUseParentHandlers(false); // the warnings are expected: keep them out of the build's output
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(parentHandlers);
        }

        LogRecord about(Throwable thrown) throws InterruptedException {
            while (true) {
                LogRecord record = take(records, "a log record about " + thrown.getMessage());
                if (record.getThrown() == thrown) {
                    return record;
                }
            }
        }
    }

    @Test
    void listener_anExceptionFromOnEventIsLoggedAsAWarningAndTheSessionGoesOn() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        RuntimeException broken = new IllegalStateException("listener broke on its first event");
        EventRecorder after = new EventRecorder();
        AtomicBoolean first = new AtomicBoolean(true);
        try (Recorded log = new Recorded()) {
            AgentSession session = engine.realtime("throws").connect(event -> {
                if (first.getAndSet(false)) {
                    throw broken;
                }
                after.onEvent(event);
            });

            customerArrives(engine, "throws");
            ConversationId second = customerArrives(engine, "throws");

            LogRecord record = log.about(broken);
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("NewConversation").contains("the session goes on");
            assertThat(after.next(ConversationEvent.NewConversation.class).summary().id()).isEqualTo(second);
            assertThat(session.isOpen()).isTrue();
        }
    }

    @Test
    void listener_anExceptionFromOnConnectionChangedIsLoggedAsAWarningAndCloseReturns() throws Exception {
        ConversationEngine engine = engine(ConversationEngine.builder());
        RuntimeException broken = new IllegalStateException("listener broke on CLOSED");
        try (Recorded log = new Recorded()) {
            AgentSession session = engine.realtime("throws-on-close").connect(new RealtimeListener() {
                @Override
                public void onEvent(ConversationEvent event) {
                }

                @Override
                public void onConnectionChanged(ConnectionState state, Throwable cause) {
                    throw broken;
                }
            });

            session.close();

            LogRecord record = log.about(broken);
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("CLOSED");
            assertThat(session.isOpen()).isFalse();
        }
    }
}
