package dev.parley.conversation.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.parley.conversation.mock.robustness.HostileRequests.Request;
import dev.parley.conversation.mock.robustness.RawHttp.Answer;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tens of thousands of malformed and random requests sent at one fake: every answer is below 500 and,
 * when an error, in UltraCart's shape (status, {@code UC-REST-ERROR}, {@code ErrorResponse} body); the
 * fake keeps serving correctly afterwards. The seed is printed and can be fixed with
 * {@code -Dhostile.seed=N}; {@code -Dhostile.scale=N} multiplies the number of requests.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileInputTest {

    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static final int SCALE = Integer.getInteger("hostile.scale", 1);
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final String KEY = "hostile-key";
    private static final List<String> KEYS = List.of(KEY, "hostile-other", "  padded-key  ", "k".repeat(3_000),
            "clé-ünïcode", "Bearer", "a;b,c=d");
    private static final Map<String, Object> NO_JSON = Map.of();

    private static FakeUltraCart fake;
    private static int conversations;
    private static List<String> conversationIds;

    @BeforeAll
    static void start() {
        System.out.println("HostileInputTest seed: " + SEED + " (-Dhostile.seed=" + SEED + " repeats this run)");
        fake = FakeUltraCart.builder().demoData(true).maxBodyBytes(MAX_BODY_BYTES).start();
        conversationIds = new ArrayList<>();
        for (Object summary : (List<?>) listing().get("conversations")) {
            conversationIds.add((String) ((Map<?, ?>) summary).get("conversation_uuid"));
        }
        conversations = conversationIds.size();
        assertThat(conversations).as("the demonstration data's conversations").isPositive();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void errorShape_offContractRequestsAtEveryRouteAreAnsweredBelow500InUltraCartsShape() {
        run(12_000, "off contract", HostileRequests::offContract);
    }

    @Test
    void errorShape_mutatedJsonBodiesAreAnsweredBelow500InUltraCartsShape() {
        run(10_000, "mutated bodies", HostileRequests::mutatedBody);
    }

    @Test
    void errorShape_brokenHeadersFramingAndRequestLinesAreAnsweredBelow500InUltraCartsShape() {
        run(5_000, "broken framing", HostileRequests::brokenFraming);
    }

    @Test
    void errorShape_bytesThatAreNotHttpAreRefusedWithoutA5xx() {
        run(1_500, "not HTTP", HostileRequests::notHttp);
    }

    @Test
    void errorShape_oversizedBodiesAre413InUltraCartsShape() {
        run(60, "oversized", requests -> requests.oversized(MAX_BODY_BYTES));
    }

    /** Sends {@code count} requests of one kind, collects every answer that breaks a rule, then checks the fake still serves. */
    private static void run(int count, String kind, Function<HostileRequests, Request> next) {
        HostileRequests requests = new HostileRequests(SEED ^ kind.hashCode(), KEYS, conversationIds);
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int total = count * SCALE;
        int sent = 0;
        try (RawHttp http = new RawHttp("127.0.0.1", fake.port())) {
            for (; sent < total && violations.size() < 20; sent++) {
                Request request = next.apply(requests);
                Answer answer;
                try {
                    answer = http.exchange(request.bytes(), request.head(), request.keepAlive());
                } catch (IOException e) {
                    violations.add("no readable answer (" + e + ") to " + request);
                    continue;
                }
                statuses.merge(answer.status() == 0 ? "closed" : String.valueOf(answer.status()), 1, Integer::sum);
                String problem = problem(request, answer);
                if (problem != null) {
                    violations.add(problem + " for " + request);
                }
            }
            System.out.printf("HostileInputTest %s: %d requests on %d connections, answers %s%n",
                    kind, sent, http.connections, statuses);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(violations).as("answers breaking the error rules (seed %d)", SEED).isEmpty();
        assertStillServing();
    }

    /** What is wrong with the answer, or null when it keeps every rule. */
    private static String problem(Request request, Answer answer) {
        if (answer.status() == 0) {
            return request.httpAtAll() ? "the connection closed without an answer" : null;
        }
        if (answer.status() >= 500) {
            return "a " + answer.status() + " answer (" + answer.text() + ")";
        }
        if (answer.status() < 400) {
            return null;
        }
        String error = answer.header("UC-REST-ERROR");
        if (error == null || error.isBlank()) {
            return "a " + answer.status() + " without the UC-REST-ERROR header";
        }
        if (request.head()) {
            return null;
        }
        String contentType = answer.header("content-type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return "a " + answer.status() + " with content type " + contentType;
        }
        Map<String, Object> body = json(answer.text());
        Object details = body.get("error");
        if (!Boolean.FALSE.equals(body.get("success")) || !(details instanceof Map<?, ?> fields)
                || !(fields.get("developer_message") instanceof String developer) || developer.isBlank()
                || !(fields.get("user_message") instanceof String)) {
            return "a " + answer.status() + " whose body is not an ErrorResponse: " + answer.text();
        }
        return null;
    }

    private static Map<String, Object> json(String text) {
        try {
            Map<String, Object> parsed = new Moshi.Builder().build()
                    .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
                    .fromJson(text);
            return parsed == null ? NO_JSON : parsed;
        } catch (IOException | RuntimeException e) {
            return NO_JSON;
        }
    }

    /** After the onslaught a plain request still gets the tenant's whole listing. */
    private static void assertStillServing() {
        Object resultSet = listing().get("metadata") instanceof Map<?, ?> metadata ? metadata.get("result_set") : null;
        assertThat(resultSet).as("the listing's result set").isInstanceOf(Map.class);
        assertThat(((Number) ((Map<?, ?>) resultSet).get("total_records")).intValue())
                .as("conversations of the tenant (hostile requests may add, never lose)")
                .isGreaterThanOrEqualTo(conversations);
    }

    /** The tenant's listing, asked plainly. */
    private static Map<String, Object> listing() {
        byte[] request = ("GET /rest/v2/conversation/conversations?_limit=200 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "x-ultracart-simple-key: " + KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (RawHttp http = new RawHttp("127.0.0.1", fake.port())) {
            Answer answer = http.exchange(request, false, false);
            assertThat(answer.status()).as("a plain listing: %s", answer.text()).isEqualTo(200);
            return json(answer.text());
        } catch (IOException e) {
            throw new AssertionError("the fake does not serve a plain listing", e);
        }
    }
}
