package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.conversation.client.RecordingListener.StateChange;
import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.RealtimeListener.ConnectionState;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The agent JWT never appears in what the realtime channel logs (at the most verbose logging, with the
 * JWT in the websocket URL's query or in the Authorization header) nor in any exception or cause the
 * listener is given, even when the JWT is opaque rather than a compact {@code eyJ...} token.
 */
class RealtimeSecretsTest {
    private static final String OPAQUE = "opaque-agent-token-";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ScriptedChannel channel = new ScriptedChannel(server);

    @Test
    void noJwtInLogsOrFailuresWhateverTheHandshake() throws Exception {
        channel.opaqueJwtPrefix = OPAQUE;
        List<String> failures = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs()) {
            for (UltraCartConversationClient.JwtPresentation presentation
                    : UltraCartConversationClient.JwtPresentation.values()) {
                RecordingListener listener = new RecordingListener();
                var realtime = channel.client().realtimeJwt(presentation)
                        .httpLogging(UltraCartConversationClient.HttpLogging.BODY).build().realtime();
                try (AgentSession session = realtime.connect(listener)) {
                    ScriptedChannel.drop(channel.nextSocket());
                    var second = channel.nextSocket();
                    channel.echoingRefusals.incrementAndGet();
                    ScriptedChannel.drop(second);
                    StateChange closed = listener.next(StateChange.class);
                    while (closed.state() != ConnectionState.CLOSED) {
                        failures.add(String.valueOf(closed.cause()));
                        closed = listener.nextState();
                    }
                    for (Throwable t = closed.cause(); t != null; t = t.getCause()) {
                        failures.add(t.toString());
                    }
                }
                channel.echoingRefusals.incrementAndGet();
                Throwable refused = catchThrowable(() -> realtime.connect(listener));
                for (Throwable t = refused; t != null; t = t.getCause()) {
                    failures.add(t.toString());
                }
            }

            assertThat(logs.lines()).as("the upgrades were logged").anyMatch(line -> line.contains("--> GET") && line.contains("/ws?jwt="));
            assertThat(failures).as("there were failures to show").hasSizeGreaterThanOrEqualTo(4);
            assertThat(logs.all() + "\n" + String.join("\n", failures))
                    .doesNotContain(OPAQUE)
                    .doesNotContain(Scripted.KEY)
                    .doesNotContain("eyJ");
        }
    }
}
