package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The server keeps a bounded number of tenants, evicting the least recently used, and says so on the control plane. */
class TenantBoundHttpTest {

    @Test
    void theControlPlaneShowsTheTenantCountItsBoundAndTheEvictions() {
        try (FakeUltraCart fake = FakeUltraCart.builder().maxTenants(3).start()) {
            Http http = new Http(fake);
            for (int i = 0; i < 5; i++) {
                assertThat(http.api("GET", "/conversation/conversations").key("key-" + i).send().status()).isEqualTo(200);
            }

            JsonNode tenants = http.admin("GET", "/tenants").key("key-4").send().json();

            assertThat(tenants.path("tenants").asInt()).isEqualTo(3);
            assertThat(tenants.path("max_tenants").asInt()).isEqualTo(3);
            assertThat(tenants.path("evicted_tenants").asLong()).isEqualTo(2);
            assertThat(fake.tenantCount()).isEqualTo(3);
            assertThat(fake.evictedTenants()).isEqualTo(2);
        }
    }

    @Test
    void anEvictedTenantLosesItsJournalAndComesBackEmpty() {
        try (FakeUltraCart fake = FakeUltraCart.builder().maxTenants(2).start()) {
            Http http = new Http(fake);
            http.admin("POST", "/conversations").key("first").json("{\"medium\":\"sms\",\"customer_arn\":"
                    + "\"arn:customer:+15125550100\",\"first_message\":\"Hello\"}").send();
            http.api("GET", "/conversation/conversations").key("first").send();
            assertThat(fake.control("first").requests()).hasSize(1);

            http.api("GET", "/conversation/conversations").key("second").send();
            http.api("GET", "/conversation/conversations").key("third").send();

            JsonNode listing = http.api("GET", "/conversation/conversations").key("first").send().json();
            assertThat(listing.path("conversations").size()).isZero();
            assertThat(fake.control("first").requests()).hasSize(1).allSatisfy(request ->
                    assertThat(request.method()).isEqualTo("GET"));
        }
    }

    @Test
    void theBoundMustBeAtLeastOne() {
        assertThatThrownBy(() -> FakeUltraCart.builder().maxTenants(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max tenants must be at least 1 but was 0");
    }
}
