package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.JWT;
import static dev.parley.conversation.client.Scripted.KEY;
import static dev.parley.conversation.client.Scripted.noContent;
import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The simple key, bearer tokens, the agent JWT and upload signatures never appear in what the client
 * logs (request and response logging at its most verbose) nor in any exception message, even when
 * the server echoes them back.
 */
class SecretsNeverLeakTest {
    private static final String OPAQUE_TOKEN = "opaque-bearer-9c0ffee";
    private static final String SIGNATURE = "X-Amz-Signature=5ec2e7";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<ConversationException> failures = new ArrayList<>();
    private final List<String> exceptionTexts = new ArrayList<>();

    @Test
    void aFullRunWithEchoingServerLeaksNoSecretIntoLogsOrExceptions() {
        try (CapturedLogs logs = new CapturedLogs()) {
            var keyed = Scripted.client(server, new Scripted.RecordingSleeper())
                    .httpLogging(UltraCartConversationClient.HttpLogging.BODY).build();
            var bearer = Scripted.client(server, new Scripted.RecordingSleeper())
                    .simpleKey(null).bearerToken(() -> OPAQUE_TOKEN)
                    .httpLogging(UltraCartConversationClient.HttpLogging.BODY).build();
            var jwtBearer = Scripted.client(server, new Scripted.RecordingSleeper())
                    .simpleKey(null).bearerToken(() -> JWT)
                    .httpLogging(UltraCartConversationClient.HttpLogging.HEADERS).build();

            server.enqueue(ok(Scripted.agentAuthResponse()));
            keyed.authorizeAgent();
            server.enqueue(ok("{\"conversation_multimedia_upload_url\":{\"key\":\"k-1\","
                    + "\"url\":\"https://uploads.example/k-1?X-Amz-Credential=abc&" + SIGNATURE + "\"}}"));
            keyed.createUploadUrl("png");
            server.enqueue(echoing(503, KEY));
            server.enqueue(echoing(401, KEY));
            attempt(() -> keyed.getConversation(ConversationId.of("c-1")));
            server.enqueue(echoing(403, OPAQUE_TOKEN));
            attempt(bearer::keepAlive);
            server.enqueue(echoing(401, JWT));
            attempt(jwtBearer::keepAlive);
            server.enqueue(ok("{\"conversation\":{\"conversation_uuid\":\"" + KEY + "\",\"message_count\":\"" + JWT + "\"}}"));
            attempt(() -> keyed.getConversation(ConversationId.of("c-1")));
            // A fresh client: OkHttp itself repeats a GET whose pooled connection drops, which would eat the script.
            var dropped = Scripted.client(server, new Scripted.RecordingSleeper())
                    .simpleKey(null).bearerToken(() -> OPAQUE_TOKEN).retryPolicy(RetryPolicy.none())
                    .httpLogging(UltraCartConversationClient.HttpLogging.BODY).build();
            server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
            attempt(dropped::keepAlive);
            server.enqueue(noContent());
            keyed.keepAlive();

            String everything = logs.all() + "\n" + String.join("\n", exceptionTexts);
            assertThat(logs.lines()).as("the run was logged").anyMatch(line -> line.contains("--> GET"));
            assertThat(logs.lines()).as("the retry was logged").anyMatch(line -> line.contains("retrying in"));
            assertThat(failures).as("every failing call threw").hasSize(5);
            assertThat(everything)
                    .contains(Redaction.MASK)
                    .doesNotContain(KEY)
                    .doesNotContain(OPAQUE_TOKEN)
                    .doesNotContain("eyJ")
                    .doesNotContain(SIGNATURE)
                    .doesNotContain("X-Amz-Credential");
        }
    }

    /** An error whose header and body repeat the secret, as a careless server might. */
    private static MockResponse echoing(int status, String secret) {
        return new MockResponse.Builder().code(status)
                .addHeader("UC-REST-ERROR", "Credential " + secret + " is not valid")
                .body("{\"success\":false,\"error\":{\"developer_message\":\"bad " + secret + "\"}}")
                .build();
    }

    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (ConversationException e) {
            failures.add(e);
            for (Throwable t = e; t != null; t = t.getCause()) {
                exceptionTexts.add(t.toString());
            }
        }
    }
}
