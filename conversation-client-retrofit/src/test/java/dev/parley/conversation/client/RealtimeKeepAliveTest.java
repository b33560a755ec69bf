package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.mock.server.RecordedFrame;
import dev.parley.conversation.wire.RealtimeFrame;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A quiet agent's session stays connected past the server's idle timeout. */
class RealtimeKeepAliveTest {
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(800);

    @Test
    void aQuietSessionSendsPingFramesSoTheServersIdleTimeoutNeverClosesIt() throws Exception {
        try (FakeUltraCart fake = FakeUltraCart.builder().websocketIdleTimeout(IDLE_TIMEOUT).start()) {
            String key = FakeOverHttp.newKey();
            FakeTenant merchant = fake.control(key);
            UltraCartConversationClient client = UltraCartConversationClient.builder()
                    .baseUrl(fake.baseUrl()).simpleKey(key).okHttpClient(FakeOverHttp.HTTP)
                    .realtimeKeepAliveInterval(Duration.ofMillis(200))
                    .build();
            RecordingListener listener = new RecordingListener();
            try (AgentSession session = client.realtime().connect(listener)) {
                assertThat(listener.nextState().state()).isEqualTo(ConnectionState.CONNECTED);
                Instant connected = Instant.now();

                RecordedFrame late = merchant.awaitFrame(frame -> frame.frame() instanceof RealtimeFrame.Ping
                        && frame.receivedAt().isAfter(connected.plus(IDLE_TIMEOUT.multipliedBy(3))), Duration.ofSeconds(20));

                assertThat(late.socket()).as("still the first socket").isEqualTo(merchant.frames().get(0).socket());
                assertThat(session.isOpen()).isTrue();
                listener.assertQuietFor(1);
            }
        }
    }
}
