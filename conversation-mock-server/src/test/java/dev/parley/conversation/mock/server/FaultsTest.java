package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults make the next matching API requests of one tenant fail the chosen way, a given number of times. */
class FaultsTest {
    private static final String LIST = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("faults-key");

    @Test
    void aStatusFaultAnswersInUltraCartsShapeForItsTimesThenStops() {
        fake.control(key).addFault(Fault.status(503).times(2));

        Reply first = list();
        Reply second = list();
        Reply third = list();

        assertThat(assertUltraCartError(first, 503)).contains("1 of 2");
        assertThat(assertUltraCartError(second, 503)).contains("2 of 2");
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void aRateLimitFaultCarriesTheRetryAfterGiven() {
        fake.control(key).addFault(Fault.status(429).withRetryAfter(Duration.ofSeconds(3)));

        Reply reply = list();

        assertUltraCartError(reply, 429);
        assertThat(reply.header("Retry-After")).isEqualTo("3");
    }

    @Test
    void aRateLimitFaultWithoutRetryAfterStillCarriesOne() {
        fake.control(key).addFault(Fault.status(429));

        assertThat(list().header("Retry-After")).isEqualTo("1");
    }

    @Test
    void anUnavailableFaultCarriesTheRetryAfterGiven() {
        fake.control(key).addFault(Fault.status(503).withRetryAfter(Duration.ofSeconds(7)));

        assertThat(list().header("Retry-After")).isEqualTo("7");
    }

    @Test
    void aFaultMatchesOnlyItsMethodAndPath() {
        fake.control(key).addFault(Fault.status(500).forMethod("PUT").forPath("/rest/v2/conversation/agent/.*"));

        Reply get = list();
        Reply otherPut = http.api("PUT", "/conversation/conversations/none/join").key(key).send();
        Reply matching = http.api("PUT", "/conversation/agent/auth").key(key).send();

        assertThat(get.status()).isEqualTo(200);
        assertThat(otherPut.status()).isEqualTo(404);
        assertUltraCartError(matching, 500);
    }

    @Test
    void aDroppedConnectionIsAnIoFailureForTheClientNotAnAnswer() {
        fake.control(key).addFault(Fault.disconnect());

        assertThatThrownBy(() -> http.api("PUT", "/conversation/agent/auth").key(key).sendOrFail())
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(list().status()).isEqualTo(200);
        assertThat(fake.control(key).requests()).extracting(RecordedRequest::status).containsExactly(0, 200);
    }

    @Test
    void aClientThatRetriesAnIdempotentRequestOnceNeedsTwoDropsToFail() {
        // java.net.http (like OkHttp) sends a GET again when its connection closes without an answer.
        fake.control(key).addFault(Fault.disconnect().times(2));

        assertThatThrownBy(() -> http.api("GET", LIST).key(key).sendOrFail()).isInstanceOf(IOException.class);
        assertThat(fake.control(key).requests()).extracting(RecordedRequest::status).containsExactly(0, 0);
    }

    @Test
    void aDelayedAnswerComesOnlyAfterTheDelayAndIsTheNormalAnswer() throws Exception {
        fake.control(key).addFault(Fault.delay(Duration.ofSeconds(2)));

        CompletableFuture<Reply> delayed = http.api("GET", LIST).key(key).sendAsync();

        assertThatThrownBy(() -> delayed.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(delayed.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void aDelayCanPrecedeAStatus() throws Exception {
        fake.control(key).addFault(Fault.status(503).withDelay(Duration.ofMillis(300)));

        Reply reply = http.api("GET", LIST).key(key).sendAsync().get(30, TimeUnit.SECONDS);

        assertUltraCartError(reply, 503);
    }

    @Test
    void faultsAreAddedAndClearedOverHttp() {
        Reply added = http.admin("POST", "/faults").key(key)
                .json("{\"method\":\"GET\",\"path\":\"/rest/v2/conversation/conversations.*\",\"times\":2,"
                        + "\"status\":429,\"retry_after_seconds\":5}").send();
        Reply faulty = list();
        Reply cleared = http.admin("DELETE", "/faults").key(key).send();

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("fault_id").asText()).isNotBlank();
        assertUltraCartError(faulty, 429);
        assertThat(faulty.header("Retry-After")).isEqualTo("5");
        assertThat(cleared.status()).isEqualTo(204);
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionFaultIsAddedOverHttp() {
        http.admin("POST", "/faults").key(key).json("{\"method\":\"PUT\",\"drop_connection\":true}").send();

        assertThatThrownBy(() -> http.api("PUT", "/conversation/agent/auth").key(key).sendOrFail())
                .isInstanceOf(IOException.class);
    }

    @Test
    void aFaultTheFakeCannotApplyIsRefusedNamingWhy() {
        assertThat(assertUltraCartError(addFault("{\"status\":503,\"times\":0}"), 400)).contains("times");
        assertThat(assertUltraCartError(addFault("{\"status\":200}"), 400)).contains("status");
        assertThat(assertUltraCartError(addFault("{\"status\":500,\"retry_after_seconds\":3}"), 400)).contains("429 or 503");
        assertThat(assertUltraCartError(addFault("{\"status\":503,\"drop_connection\":true}"), 400)).contains("not both");
        assertThat(assertUltraCartError(addFault("{\"times\":3}"), 400)).contains("needs");
        assertThat(assertUltraCartError(addFault("{\"status\":503,\"path\":\"(\"}"), 400)).contains("regular expression");
        assertThat(assertUltraCartError(addFault("{\"status\":\"soon\"}"), 400)).contains("status");
    }

    @Test
    void faultsNeverApplyToTheControlPlane() {
        fake.control(key).addFault(Fault.status(503).times(3));

        Reply admin = http.admin("GET", "/tenant").key(key).send();

        assertThat(admin.status()).isEqualTo(200);
    }

    private Reply addFault(String json) {
        return http.admin("POST", "/faults").key(key).json(json).send();
    }

    private Reply list() {
        return http.api("GET", LIST).key(key).send();
    }
}
