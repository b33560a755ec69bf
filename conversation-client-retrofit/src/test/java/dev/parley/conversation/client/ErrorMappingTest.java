package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.client;
import static dev.parley.conversation.client.Scripted.error;
import static dev.parley.conversation.client.Scripted.json;
import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a call can fail becomes the domain exception a caller acts on, with a message that says what happened. */
class ErrorMappingTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "400, InvalidRequestException, Bad Request",
            "401, UnauthorizedException, Unauthorized",
            "403, UnauthorizedException, Forbidden",
            "404, NotFoundException, Not Found",
            "405, InvalidRequestException, Method Not Allowed",
            "409, InvalidRequestException, Conflict",
            "410, ApplicationDisabledException, Gone",
            "413, InvalidRequestException, Content Too Large",
            "429, RateLimitedException, Too Many Requests",
            "500, ServerErrorException, Internal Server Error",
            "502, ServerErrorException, Bad Gateway",
            "503, ServerErrorException, Service Unavailable",
    })
    void eachErrorStatusBecomesItsDomainException(int status, String type, String reason) {
        server.enqueue(error(status, "Conversation abc not found"));

        ConversationException thrown = failureOf(() -> noRetries().getConversation(ConversationId.of("abc")));

        assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
        assertThat(thrown.statusCode()).isEqualTo(status);
        assertThat(thrown).hasMessage("GET /conversation/conversations/abc answered " + status + " " + reason
                + ": Conversation abc not found");
        assertThat(thrown.details()).contains(
                new ErrorDetails("Conversation abc not found", "Something went wrong.", "abc", null, null));
    }

    @Test
    void theErrorHeaderIsTheMessageAndTheBodyTheDetails() {
        server.enqueue(new MockResponse.Builder().code(400)
                .addHeader("UC-REST-ERROR", "_limit must be between 1 and 200")
                .body("{\"success\":false,\"error\":{\"developer_message\":\"limit out of range\",\"error_code\":\"E42\"}}")
                .build());

        ConversationException thrown = failureOf(() -> noRetries().listConversations(
                dev.parley.conversation.domain.ConversationListQuery.all()));

        assertThat(thrown).isInstanceOf(InvalidRequestException.class).hasMessage(
                "GET /conversation/conversations?_limit=100&_offset=0 answered 400 Bad Request: _limit must be between 1 and 200");
        assertThat(thrown.details().orElseThrow().errorCode()).isEqualTo("E42");
    }

    @Test
    void withoutTheHeaderTheDeveloperMessageIsTheMessage() {
        server.enqueue(json(404, "{\"success\":false,\"error\":{\"developer_message\":\"No conversation x\"}}"));

        assertThat(failureOf(() -> noRetries().markRead(ConversationId.of("x"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("PUT /conversation/conversations/x/markread answered 404 Not Found: No conversation x");
    }

    @Test
    void aGarbledErrorBodyStillGivesTheTypedException() {
        server.enqueue(new MockResponse(502, Headers.of("Content-Type", "text/html"), "<html><h1>Bad gateway</h1>"));

        ConversationException thrown = failureOf(() -> noRetries().keepAlive());

        assertThat(thrown).isInstanceOf(ServerErrorException.class)
                .hasMessage("GET /conversation/agent/keepalive answered 502 Bad Gateway with no error message");
        assertThat(thrown.details()).isEmpty();
    }

    @Test
    void aRateLimitCarriesTheServersRetryAfter() {
        server.enqueue(error(429, "Slow down").newBuilder().addHeader("Retry-After", "7").build());

        RateLimitedException thrown = (RateLimitedException) failureOf(() -> noRetries().keepAlive());

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void aMalformedSuccessBodyIsATransportExceptionNamingWhatWasWrong() {
        server.enqueue(ok("{\"conversation\":{\"conversation_uuid\":\"abc\",\"message_count\":true}}"));

        ConversationException thrown = failureOf(() -> noRetries().getConversation(ConversationId.of("abc")));

        assertThat(thrown).isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /conversation/conversations/abc answered 200 OK with a body the client cannot use: ")
                .hasMessageContaining("$.conversation.message_count");
        assertThat(thrown.statusCode()).isEqualTo(200);
    }

    @Test
    void truncatedJsonIsATransportException() {
        server.enqueue(ok("{\"conversations\":[{\"conversation_uuid\":"));

        assertThat(failureOf(() -> noRetries().listConversations(dev.parley.conversation.domain.ConversationListQuery.all())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("with a body the client cannot use");
    }

    @Test
    void anEmptySuccessBodyWhereContentIsExpectedIsATransportException() {
        server.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(failureOf(() -> noRetries().authorizeAgent()))
                .isInstanceOf(TransportException.class)
                .hasMessage("PUT /conversation/agent/auth answered 204 No Content with a body the client cannot use: it is empty");
    }

    @Test
    void aDroppedConnectionIsATransportException() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

        ConversationException thrown = failureOf(() -> noRetries().keepAlive());

        assertThat(thrown).isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /conversation/agent/keepalive failed: ");
        assertThat(thrown.statusCode()).isZero();
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsATransportException() {
        server.enqueue(ok("{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        var client = Scripted.client(server, new Scripted.RecordingSleeper())
                .readTimeout(Duration.ofMillis(200))
                .build();

        assertThat(failureOf(() -> client.getWebchatContext(ConversationId.of("c-1"))))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("PUT /conversation/conversations/c-1/context timed out");
    }

    @Test
    void aResponseSlowerThanTheCallTimeoutIsATransportException() {
        server.enqueue(ok("{}").newBuilder().bodyDelay(2, TimeUnit.SECONDS).build());
        var client = Scripted.client(server, new Scripted.RecordingSleeper())
                .callTimeout(Duration.ofMillis(300))
                .build();

        assertThat(failureOf(() -> client.getWebchatContext(ConversationId.of("c-1"))))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("PUT /conversation/conversations/c-1/context timed out");
    }

    @Test
    void aFailingBearerTokenSupplierIsUnauthorizedAndSendsNothing() {
        var client = UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2").toString())
                .bearerToken(() -> {
                    throw new IllegalStateException("token endpoint down");
                })
                .build();

        ConversationException thrown = failureOf(client::keepAlive);

        assertThat(thrown).isInstanceOf(UnauthorizedException.class).hasMessage(
                "GET /conversation/agent/keepalive was not sent: The bearer token supplier failed with java.lang.IllegalStateException");
        assertThat(thrown).hasRootCauseMessage("token endpoint down");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aBlankBearerTokenIsUnauthorizedAndSendsNothing() {
        var client = UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2").toString())
                .bearerToken(() -> " ")
                .build();

        assertThat(failureOf(client::keepAlive)).isInstanceOf(UnauthorizedException.class)
                .hasMessageEndingWith("the bearer token from the supplier must not be blank but had 1 blank characters");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUnreachableServerIsATransportException() {
        var client = UltraCartConversationClient.builder()
                .baseUrl("http://127.0.0.1:1/rest/v2")
                .simpleKey(Scripted.KEY)
                .retryPolicy(RetryPolicy.none())
                .build();

        assertThat(failureOf(client::keepAlive)).isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /conversation/agent/keepalive failed: java.net.ConnectException");
    }

    private UltraCartConversationClient noRetries() {
        return Scripted.client(server, new Scripted.RecordingSleeper()).retryPolicy(RetryPolicy.none()).build();
    }

    private static ConversationException failureOf(Runnable call) {
        ConversationException thrown = catchThrowableOfType(ConversationException.class, call::run);
        assertThat(thrown).as("the call should have failed with a ConversationException").isNotNull();
        return thrown;
    }

    @ParameterizedTest(name = "{0} -> {1} with the server's Retry-After")
    @CsvSource({
            "429, RateLimitedException, Too Many Requests",
            "503, ServerErrorException, Service Unavailable",
            "408, TransportException, Request Timeout",
            "425, TransportException, Too Early",
    })
    void everyFailureAnsweredWithARetryAfterCarriesIt(int status, String type, String reason) {
        server.enqueue(error(status, "try again").newBuilder().addHeader("Retry-After", "30").build());

        ConversationException thrown = failureOf(() -> noRetries().keepAlive());

        assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
        assertThat(thrown.statusCode()).isEqualTo(status);
        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(thrown).hasMessage("GET /conversation/agent/keepalive answered " + status + " " + reason + ": try again");
    }

    @Test
    void aFailureWithoutRetryAfterCarriesNone() {
        server.enqueue(error(503, "busy"));

        assertThat(failureOf(() -> noRetries().keepAlive()).retryAfter()).isEmpty();
    }

    @Test
    void aMalformedSuccessBodyKeepsItsCauseScrubbedOfSecrets() {
        server.enqueue(ok("{\"conversation\":{\"conversation_uuid\":\"abc\",\"message_count\":\"" + Scripted.JWT + "\"}}"));

        ConversationException thrown = failureOf(() -> noRetries().getConversation(ConversationId.of("abc")));

        assertThat(thrown).isInstanceOf(TransportException.class);
        assertThat(thrown.getCause()).as("the codec's failure is kept as the cause").isNotNull();
        List<String> chain = new ArrayList<>();
        for (Throwable t = thrown.getCause(); t != null; t = t.getCause()) {
            chain.add(t.toString());
            assertThat(t.getStackTrace()).as("each cause keeps where it was thrown").isNotEmpty();
        }
        assertThat(String.join("\n", chain)).contains("$.conversation.message_count").doesNotContain("eyJ");
    }
}
