package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each credential is its own merchant sandbox: nothing is visible across credentials. */
class TenantIsolationTest {
    private static final ParticipantArn CUSTOMER = ParticipantArn.of("arn:customer:+15125550100");

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);

    @Test
    void aConversationIsListedOnlyForItsOwnCredential() {
        ConversationId mine = fake.control("tenant-a").customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "hi");

        String ownList = http.api("GET", "/conversation/conversations").key("tenant-a").send().body();
        String otherList = http.api("GET", "/conversation/conversations").key("tenant-b").send().body();

        assertThat(ownList).contains(mine.value());
        assertThat(otherList).doesNotContain(mine.value());
    }

    @Test
    void anotherTenantsConversationIsNotFound() {
        ConversationId theirs = fake.control("tenant-c").customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "hi");

        Reply read = http.api("GET", "/conversation/conversations/" + theirs).key("tenant-d").send();
        Reply join = http.api("PUT", "/conversation/conversations/" + theirs + "/join").key("tenant-d").send();

        assertUltraCartError(read, 404);
        assertUltraCartError(join, 404);
    }

    @Test
    void tenantsHaveTheirOwnMerchantAndAgent() {
        FakeTenant one = fake.control("tenant-e");
        FakeTenant two = fake.control("tenant-f");

        assertThat(one.merchantId()).isNotEqualTo(two.merchantId());
        assertThat(one.agentArn()).isNotEqualTo(two.agentArn());
    }

    @Test
    void aBearerTokenIsTheSameTenantAsTheSameValueAsSimpleKey() {
        ConversationId id = fake.control("tenant-g").customerStartsConversation(Medium.SMS, null, CUSTOMER, "Ada", "hi");

        Reply reply = http.api("GET", "/conversation/conversations/" + id).header("Authorization", "Bearer tenant-g").send();

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void faultsAndJournalsBelongToOneTenant() {
        fake.control("tenant-h").addFault(Fault.status(503).times(5));

        Reply other = http.api("GET", "/conversation/conversations").key("tenant-i").send();

        assertThat(other.status()).isEqualTo(200);
        assertThat(fake.control("tenant-h").requests()).isEmpty();
        assertThat(fake.control("tenant-i").requests()).hasSize(1);
    }
}
