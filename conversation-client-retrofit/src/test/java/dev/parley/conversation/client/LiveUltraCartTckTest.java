package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The compatibility kit against UltraCart itself, opt-in: runs only when {@code ULTRACART_SIMPLE_KEY}
 * is set ({@code ULTRACART_BASE_URL} optionally points elsewhere). UltraCart cannot be driven from a
 * test, so every backstage capability is declined and the tests that need one are skipped with that
 * reason. It writes to the account (starts conversations with made-up participant ARNs, joins, leaves,
 * marks read): use a test account.
 */
@EnabledIfEnvironmentVariable(named = LiveUltraCartTckTest.KEY_VARIABLE, matches = ".*\\S.*",
        disabledReason = "set ULTRACART_SIMPLE_KEY (and optionally ULTRACART_BASE_URL) to run the kit against UltraCart")
class LiveUltraCartTckTest extends ConversationPortVerification {
    static final String KEY_VARIABLE = "ULTRACART_SIMPLE_KEY";
    static final String BASE_URL_VARIABLE = "ULTRACART_BASE_URL";

    @Override
    protected TckTenant newTenant() {
        return new TckTenant(client(System.getenv(KEY_VARIABLE).trim()),
                Backstage.none("UltraCart cannot be driven from a test: its customers, messages and clock are real"));
    }

    @Override
    protected ConversationPort portWithBadCredential() {
        return client("parley-tck-" + UUID.randomUUID());
    }

    /** Every tenant is the same UltraCart account. */
    @Override
    protected boolean tenantsAreIsolated() {
        return false;
    }

    private static ConversationPort client(String key) {
        String baseUrl = System.getenv(BASE_URL_VARIABLE);
        return UltraCartConversationClient.builder()
                .baseUrl(baseUrl == null || baseUrl.isBlank() ? UltraCartConversationClient.DEFAULT_BASE_URL : baseUrl.trim())
                .simpleKey(key)
                .build();
    }
}
