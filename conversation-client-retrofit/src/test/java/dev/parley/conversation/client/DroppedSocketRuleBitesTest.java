package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.tck.KitSummary;
import dev.parley.conversation.tck.fake.FakeUltraCartVerification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit's rule on dropped sockets bites: over the fake's websocket, a client that hands the listener
 * again, after each reconnect, the messages it already delivered (a back-fill without deduplication)
 * fails {@code required_realtime_29}, naming it. The in-process engine has no socket to drop, so this
 * rule is proven here rather than beside the other deliberately broken ports.
 */
class DroppedSocketRuleBitesTest {
    private static final String RULE = "required_realtime_29_exactlyOnceAcrossADroppedSocket";

    @Test
    void aBackFillThatRedeliversFailsTheRule() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectMethod(RedeliversAfterReconnect.class, RULE))
                .configurationParameter(KitSummary.CONSOLE_PARAMETER, "false").execute().testEvents();

        Throwable failure = tests.failed().stream().findFirst().flatMap(e -> e.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError(RULE + " must fail on a client that redelivers after a reconnect,"
                        + " but it " + (tests.aborted().count() > 0 ? "was skipped" : "passed")));
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("rule realtime_29");
    }

    /** The client over the fake, its realtime port redelivering every message it saw after each reconnect. */
    static final class RedeliversAfterReconnect extends FakeUltraCartVerification {
        @Override
        protected ConversationPort newPort(String baseUrl, String credential) {
            return UltraCartClientTckTest.client(baseUrl, credential);
        }

        @Override
        protected RealtimePort newRealtimePort(String baseUrl, String credential) {
            RealtimePort correct = UltraCartClientTckTest.client(baseUrl, credential).realtime();
            return listener -> {
                List<ConversationEvent> delivered = new CopyOnWriteArrayList<>();
                AgentSession session = correct.connect(new RealtimeListener() {
                    @Override
                    public void onEvent(ConversationEvent event) {
                        if (event instanceof ConversationEvent.NewMessage) {
                            delivered.add(event);
                        }
                        listener.onEvent(event);
                    }

                    @Override
                    public void onConnectionChanged(ConnectionState state, Throwable cause) {
                        listener.onConnectionChanged(state, cause);
                        if (state == ConnectionState.CONNECTED) {
                            delivered.forEach(listener::onEvent);
                        }
                    }
                });
                return session;
            };
        }
    }
}
