package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The faults a tenant has left, listed with their remaining uses (GET /__admin/faults), and removed one by one. */
class ActiveFaultsTest {
    private static final String LIST = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("active-faults-key");

    @Test
    void theListShowsEachFaultWithTheUsesItHasLeftAndForgetsUsedUpOnes() {
        String limited = fake.control(key).addFault(Fault.status(429).withRetryAfter(Duration.ofSeconds(3)).times(2));
        String slow = fake.control(key).addFault(Fault.delay(Duration.ofMillis(1)).forMethod("PUT").forPath("/rest/v2/.*"));

        http.api("GET", LIST).key(key).send();
        JsonNode afterOne = http.admin("GET", "/faults").key(key).send().json().path("faults");
        http.api("GET", LIST).key(key).send();
        JsonNode afterTwo = http.admin("GET", "/faults").key(key).send().json().path("faults");

        assertThat(afterOne).hasSize(2);
        assertThat(afterOne.get(0).path("fault_id").asText()).isEqualTo(limited);
        assertThat(afterOne.get(0).path("status").asInt()).isEqualTo(429);
        assertThat(afterOne.get(0).path("retry_after_seconds").asLong()).isEqualTo(3);
        assertThat(afterOne.get(0).path("times").asInt()).isEqualTo(2);
        assertThat(afterOne.get(0).path("remaining").asInt()).isEqualTo(1);
        assertThat(afterOne.get(1).path("fault_id").asText()).isEqualTo(slow);
        assertThat(afterOne.get(1).path("method").asText()).isEqualTo("PUT");
        assertThat(afterOne.get(1).path("path").asText()).isEqualTo("/rest/v2/.*");
        assertThat(afterOne.get(1).path("delay_ms").asLong()).isEqualTo(1);
        assertThat(afterOne.get(1).path("drop_connection").asBoolean()).isFalse();
        assertThat(afterTwo).extracting(f -> f.path("fault_id").asText()).containsExactly(slow);
        assertThat(fake.control(key).faults()).extracting(ActiveFault::id).containsExactly(slow);
    }

    @Test
    void aRemovedFaultNoLongerApplies() {
        String id = fake.control(key).addFault(Fault.status(503));

        Reply removed = http.admin("DELETE", "/faults/" + id).key(key).send();

        assertThat(removed.status()).isEqualTo(204);
        assertThat(http.api("GET", LIST).key(key).send().status()).isEqualTo(200);
        assertThat(http.admin("GET", "/faults").key(key).send().json().path("faults")).isEmpty();
    }

    @Test
    void removingAnUnknownOrUsedUpFaultIsNotFound() {
        String id = fake.control(key).addFault(Fault.status(503));
        http.api("GET", LIST).key(key).send();

        assertThat(assertUltraCartError(http.admin("DELETE", "/faults/" + id).key(key).send(), 404)).contains(id);
        assertUltraCartError(http.admin("DELETE", "/faults/fault-none").key(key).send(), 404);
    }

    @Test
    void aTenantCannotSeeOrRemoveAnotherTenantsFault() {
        String other = Keys.unique("other-faults-key");
        String id = fake.control(other).addFault(Fault.status(503));

        assertThat(http.admin("GET", "/faults").key(key).send().json().path("faults")).isEmpty();
        assertUltraCartError(http.admin("DELETE", "/faults/" + id).key(key).send(), 404);
        assertThat(fake.control(other).faults()).extracting(ActiveFault::id).containsExactly(id);
    }
}
