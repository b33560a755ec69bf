package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a client sends, the fake answers 4xx in UltraCart's error shape (status, UC-REST-ERROR,
 * ErrorResponse), never 5xx and never Javalin's or Jetty's default error body.
 */
class BadInputTest {
    private static final String KEY = "bad-input-key";
    private static final String CONVERSATIONS = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().maxBodyBytes(64 * 1024)).build();

    private final Http http = new Http(SERVER.fake());

    /**
     * A bad request and what the answer must say.
     *
     * @param status  the status expected
     * @param message a fragment the developer message must contain
     * @param request the request
     */
    record Case(int status, String message, Function<Http, Http.Call> request) {
    }

    static Stream<Arguments> badRequests() {
        String start = CONVERSATIONS;
        String status = CONVERSATIONS + "/queues/sales/status";
        String one = CONVERSATIONS + "/CONVERSATION";
        return Stream.of(
                bad("no credentials", 401, "No credentials", h -> h.api("GET", CONVERSATIONS)),
                bad("blank simple key", 401, "blank", h -> h.api("GET", CONVERSATIONS).key(" ")),
                bad("basic instead of bearer", 401, "bearer", h -> h.api("GET", CONVERSATIONS).header("Authorization", "Basic dXNlcjpwYXNz")),
                bad("blank bearer token", 401, "blank", h -> h.api("GET", CONVERSATIONS).header("Authorization", "Bearer  ")),
                bad("another API version", 400, "X-UltraCart-Api-Version", h -> h.api("GET", CONVERSATIONS).key(KEY)
                        .header("X-UltraCart-Api-Version", "2020-01-01")),
                bad("unknown API path", 404, "No such path", h -> h.api("GET", "/conversation/nothing").key(KEY)),
                bad("unknown path outside the API", 404, "No such path", h -> h.to("GET", h.root() + "/nothing")),
                bad("wrong method", 405, "GET, PUT", h -> h.api("POST", CONVERSATIONS).key(KEY)),
                bad("wrong method on a one-method path", 405, "not allowed", h -> h.api("DELETE", "/conversation/agent/keepalive").key(KEY)),
                bad("malformed JSON", 400, "not valid JSON", h -> h.api("PUT", start).key(KEY).json("{\"add_conversation_participant_arns\": [")),
                bad("JSON that is not an object", 400, "ConversationStartRequest", h -> h.api("PUT", start).key(KEY).json("[1, 2]")),
                bad("wrong JSON type", 400, "add_conversation_participant_arns", h -> h.api("PUT", start).key(KEY)
                        .json("{\"add_conversation_participant_arns\": \"arn:customer:1\"}")),
                bad("wrong JSON type in a list", 400, "add_conversation_participant_arns", h -> h.api("PUT", start).key(KEY)
                        .json("{\"add_conversation_participant_arns\": [42]}")),
                bad("undocumented field", 400, "colour", h -> h.api("PUT", start).key(KEY)
                        .json("{\"add_conversation_participant_arns\": [\"arn:customer:1\"], \"colour\": \"red\"}")),
                bad("duplicate field", 400, "`conversation_arn` appears twice", h -> h.api("PUT", start).key(KEY)
                        .json("{\"conversation_arn\": \"a\", \"conversation_arn\": \"b\"}")),
                bad("deeply nested JSON", 400, "", h -> h.api("PUT", start).key(KEY).json("[".repeat(5000) + "]".repeat(5000))),
                bad("content after the document", 400, "not valid JSON", h -> h.api("PUT", start).key(KEY).json("{} {}")),
                bad("no body where one is required", 400, "required", h -> h.api("PUT", start).key(KEY)),
                bad("neither participants nor queue", 400, "", h -> h.api("PUT", start).key(KEY).json("{}")),
                bad("body not sent as JSON", 400, "Content-Type", h -> h.api("PUT", start).key(KEY)
                        .bytes("text/plain", "{\"add_conversation_participant_arns\": [\"arn:customer:1\"]}".getBytes(StandardCharsets.UTF_8))),
                bad("unknown enum value", 400, "agent_status", h -> h.api("PUT", status).key(KEY).json("{\"agent_status\": \"sleeping\"}")),
                bad("enum of the wrong type", 400, "agent_status", h -> h.api("PUT", status).key(KEY).json("{\"agent_status\": 1}")),
                bad("missing enum value", 400, "", h -> h.api("PUT", status).key(KEY).json("{}")),
                bad("non-numeric query number", 400, "_limit", h -> h.api("GET", CONVERSATIONS + "?_limit=ten").key(KEY)),
                bad("fractional query number", 400, "_limit", h -> h.api("GET", CONVERSATIONS + "?_limit=1.5").key(KEY)),
                bad("query number beyond int32", 400, "32-bit", h -> h.api("GET", CONVERSATIONS + "?_limit=99999999999").key(KEY)),
                bad("page size above 200", 400, "between 1 and 200", h -> h.api("GET", CONVERSATIONS + "?_limit=201").key(KEY)),
                bad("page size below 1", 400, "between 1 and 200", h -> h.api("GET", CONVERSATIONS + "?_limit=0").key(KEY)),
                bad("negative offset", 400, "_offset", h -> h.api("GET", CONVERSATIONS + "?_offset=-1").key(KEY)),
                bad("unknown medium", 400, "medium", h -> h.api("GET", CONVERSATIONS + "?medium=fax").key(KEY)),
                bad("malformed before", 400, "", h -> h.api("GET", CONVERSATIONS + "?before=yesterday").key(KEY)),
                bad("undeclared query parameter", 400, "colour", h -> h.api("GET", CONVERSATIONS + "?colour=red").key(KEY)),
                bad("repeated query parameter", 400, "once", h -> h.api("GET", CONVERSATIONS + "?_limit=1&_limit=2").key(KEY)),
                bad("message limit below 1", 400, "limit", h -> h.api("GET", one + "?limit=0").key(KEY)),
                bad("non-numeric since", 400, "since", h -> h.api("GET", one + "/messages/yesterday").key(KEY)),
                bad("negative since", 400, "since", h -> h.api("GET", one + "/messages/-1").key(KEY)),
                bad("since beyond int64", 400, "64-bit", h -> h.api("GET", one + "/messages/99999999999999999999").key(KEY)),
                bad("extension that is no chat media", 400, "exe", h -> h.api("GET", "/conversation/upload_url/exe").key(KEY)),
                bad("extension with punctuation", 400, "", h -> h.api("GET", "/conversation/upload_url/j.pg").key(KEY)),
                bad("encoded control character in a path segment", 400, "control characters", h -> h.api("GET", CONVERSATIONS + "/abc%0Adef").key(KEY)),
                bad("encoded NUL in a path segment", 400, "", h -> h.api("GET", CONVERSATIONS + "/abc%00def").key(KEY)),
                bad("unknown conversation", 404, "does not exist", h -> h.api("GET", CONVERSATIONS + "/no-such-uuid").key(KEY)),
                bad("unknown queue", 404, "", h -> h.api("PUT", status).key(KEY).json("{\"agent_status\": \"busy\"}")),
                bad("oversized body", 413, "65536", h -> h.api("PUT", start).key(KEY).json(oversized())),
                bad("URI too long", 414, "at most 8192 characters", h -> h.api("GET", CONVERSATIONS + "/" + "x".repeat(20_000)).key(KEY)),
                bad("query too long", 414, "at most 8192 characters", h -> h.api("GET", CONVERSATIONS + "?medium=" + "x".repeat(9_000)).key(KEY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsAnsweredInUltraCartsErrorShape(Case bad) {
        Reply reply = bad.request().apply(http).send();

        String message = assertUltraCartError(reply, bad.status());
        assertThat(message).contains(bad.message());
    }

    @Test
    void aWrongMethodNamesTheAllowedOnesInTheAllowHeader() {
        Reply reply = http.api("POST", CONVERSATIONS).key(KEY).send();

        assertThat(reply.header("Allow")).isEqualTo("GET, PUT");
    }

    @Test
    void headIsRefusedRatherThanAnsweredWithoutAuthentication() {
        Reply reply = http.api("HEAD", CONVERSATIONS).send();

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header(ErrorResponses.ERROR_HEADER)).contains("HEAD");
    }

    @Test
    void anUnknownConversationIsNamedAsTheErrorsObject() {
        JsonNode body = http.api("GET", CONVERSATIONS + "/no-such-uuid").key(KEY).send().json();

        assertThat(body.path("error").path("object_id").asText()).isEqualTo("no-such-uuid");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /rest/v2/conversation/conversations/a\u0001b HTTP/1.1",
        "GET /rest/v2/conversation/conversations/%zz HTTP/1.1",
        "GET /rest/v2/conversation/conversations/a b HTTP/1.1",
        "GET /rest/v2/conversation/conversations?_limit=%zz HTTP/1.1",
        "GET /rest/v2/conversation/agent/keepalive HTTP/3.7",
        "GARBAGE"
    })
    void aRequestJettyCannotReadIsAnsweredInUltraCartsErrorShape(String requestLine) throws IOException {
        Reply reply = raw(requestLine + "\r\nHost: localhost\r\nx-ultracart-simple-key: " + KEY + "\r\nConnection: close\r\n\r\n");

        assertUltraCartError(reply, 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zz\r\n{}\r\n0\r\n\r\n", "ff\r\n{\"add_conversation", "2\r\n{}XX0\r\n\r\n"})
    void aBrokenChunkedBodyIsTheClientsFaultNotAServerError(String chunkedBody) throws IOException {
        Reply reply = raw("PUT /rest/v2" + CONVERSATIONS + " HTTP/1.1\r\nHost: localhost\r\nx-ultracart-simple-key: " + KEY
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + chunkedBody, true);

        assertUltraCartError(reply, 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%2Fjoin", "%2fjoin", "%2F..%2F", "%2F", "%2F%2F"})
    void aConversationIdWithAnEncodedSlashIsAnUnknownConversation404(String suffix) {
        ConversationId conversation = SERVER.control(KEY).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550100"), "Ada", "hello");
        String id = conversation + suffix;

        Reply join = http.api("PUT", CONVERSATIONS + "/" + id + "/join").key(KEY).send();
        Reply get = http.api("GET", CONVERSATIONS + "/" + id).key(KEY).send();

        assertThat(assertUltraCartError(join, 404)).contains("does not exist");
        assertThat(assertUltraCartError(get, 404)).contains("does not exist");
        assertThat(get.json().path("error").path("object_id").asText()).isEqualTo(conversation + "/" + suffix.substring(3)
                .replace("%2F", "/").replace("%2f", "/"));
    }

    @Test
    void aConversationIdWithAPlainSlashIsAPathThatDoesNotExist404() {
        assertThat(assertUltraCartError(http.api("GET", CONVERSATIONS + "/a/b").key(KEY).send(), 404)).contains("No such path");
        assertThat(assertUltraCartError(http.api("PUT", CONVERSATIONS + "/a/b/join").key(KEY).send(), 404)).contains("No such path");
    }

    @Test
    void anOverlongUriIsAnswered414EveryTimeAndTheConnectionStaysUsable() {
        for (int i = 0; i < 50; i++) {
            String path = CONVERSATIONS + "/" + "x".repeat(20_000 + 997 * i);

            Reply refused = http.api("GET", path).key(KEY).send();
            Reply next = http.api("GET", CONVERSATIONS).key(KEY).send();

            assertThat(assertUltraCartError(refused, 414)).as("round %d", i).contains("at most " + FakeUltraCart.MAX_URI_CHARS);
            assertThat(refused.header("Connection")).as("round %d: the connection is kept", i).isNull();
            assertThat(next.status()).as("round %d", i).isEqualTo(200);
        }
    }

    private static Arguments bad(String name, int status, String message, Function<Http, Http.Call> request) {
        return Arguments.of(Named.of(name, new Case(status, message, request)));
    }

    private static String oversized() {
        return "{\"conversation_arn\": \"" + "x".repeat(64 * 1024) + "\"}";
    }

    /** Sends bytes no HTTP client would, and reads the answer. */
    private static Reply raw(String request) throws IOException {
        return raw(request, false);
    }

    /** As {@link #raw(String)}; with {@code endOutput} the client half-closes, as when a body breaks off. */
    private static Reply raw(String request, boolean endOutput) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.fake().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (endOutput) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int split = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, split).split("\r\n");
            Map<String, List<String>> headers = new HashMap<>();
            Arrays.stream(head).skip(1).forEach(line -> {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim(), List.of(line.substring(colon + 1).trim()));
            });
            int status = Integer.parseInt(head[0].split(" ")[1]);
            byte[] body = response.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1);
            return new Reply(status, HttpHeaders.of(headers, (a, b) -> true), body);
        }
    }
}
