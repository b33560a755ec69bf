package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without strict validation (the standalone default) the fake tolerates what UltraCart's documents do
 * not declare, but still refuses, in UltraCart's error shape, what it cannot read.
 */
class LenientModeTest {
    private static final String START = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().strictValidation(false)).build();

    private final Http http = new Http(SERVER.fake());
    private final String key = Keys.unique("lenient");

    @Test
    void anUndocumentedFieldAndAnUndeclaredQueryParameterAreIgnored() {
        Reply started = http.api("PUT", START).key(key)
                .json("{\"add_conversation_participant_arns\": [\"arn:customer:1\"], \"colour\": \"red\"}").send();
        Reply listed = http.api("GET", START + "?colour=red").key(key).send();

        assertThat(started.status()).isEqualTo(200);
        assertThat(listed.status()).isEqualTo(200);
    }

    @Test
    void whatCannotBeReadIsStillABadRequest() {
        assertUltraCartError(http.api("PUT", START).key(key).json("{\"add_conversation_participant_arns\": [").send(), 400);
        assertUltraCartError(http.api("PUT", START).key(key).json("{\"add_conversation_participant_arns\": 7}").send(), 400);
        assertUltraCartError(http.api("PUT", START).key(key).json("[".repeat(5000) + "]".repeat(5000)).send(), 400);
        assertUltraCartError(http.api("PUT", START + "/queues/sales/status").key(key).json("{\"agent_status\": \"asleep\"}").send(), 400);
        assertUltraCartError(http.api("GET", START + "?_limit=many").key(key).send(), 400);
    }
}
