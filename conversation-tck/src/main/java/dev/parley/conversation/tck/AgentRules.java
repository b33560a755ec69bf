package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.TwilioAccount;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Operations 1 and 2: keepalive and the agent's websocket authorization. */
final class AgentRules {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final Kit kit;

    AgentRules(Kit kit) {
        this.kit = kit;
    }

    void keepAliveSucceeds() {
        for (int call = 1; call <= 3; call++) {
            assertThatCode(() -> kit.port().keepAlive())
                    .as(rule("keepalive_01", "getAgentKeepAlive answers 200 or 204 every time it is called"))
                    .doesNotThrowAnyException();
        }
    }

    void keepAliveHasNoOtherEffect() {
        Conversation started = kit.agentStartsSms();
        Conversation before = kit.get(started.id());
        kit.port().keepAlive();
        Conversation after = kit.get(started.id());
        assertThat(after).as(rule("keepalive_02", "keepalive refreshes the session and has no other effect,"
                + " so a conversation reads the same before and after it")).isEqualTo(before);
        assertThat(kit.port().authorizeAgent().agentArn())
                .as(rule("keepalive_02", "keepalive does not change which agent the credential acts as"))
                .isEqualTo(kit.agentArn());
    }

    void authorizationNamesAgentAndMerchant() {
        AgentAuthorization auth = kit.agent();
        assertThat(auth.agentArn()).as(rule("auth_01", "agent_auth carries the agent's conversation_participant_arn"))
                .isNotNull();
        assertThat(auth.merchantId()).as(rule("auth_01", "agent_auth carries the merchant_id")).isNotNull();
        assertThat(auth.twilioAccounts()).as(rule("auth_01", "twilio_accounts is a list (maybe empty), never absent"))
                .isNotNull();
    }

    void jwtIsCompact() {
        String token = kit.agent().jwt();
        // The token is a credential: failures describe its shape, never print it.
        try {
            Jwt.parse(token);
        } catch (IllegalArgumentException e) {
            fail(rule("auth_02", "jwt is a compact JWT: three base64url parts separated by dots, header and"
                    + " payload JSON objects; but " + e.getMessage()));
        }
        assertThat(token.chars().filter(c -> c == '.').count())
                .as(rule("auth_02", "a compact JWT has exactly two dots")).isEqualTo(2);
    }

    void jwtExpiresInTheFuture() {
        Jwt jwt = parsed("auth_03");
        Instant now = kit.clockOrNull() != null ? kit.clockOrNull() : Instant.now();
        Instant expiry = jwt.expiry().orElseGet(() -> fail(rule("auth_03",
                "the JWT's payload carries an exp claim (seconds since the epoch), but it has none")));
        assertThat(expiry).as(rule("auth_03", "the JWT expires after now (" + now + "); check exp is in seconds,"
                + " not milliseconds, and taken from the implementation's clock")).isAfter(now);
        assertThat(expiry).as(rule("auth_03", "exp is a plausible expiry, within a year of now (" + now
                + "); check exp is in seconds, not milliseconds")).isBefore(now.plusSeconds(366L * 24 * 3600));
    }

    void jwtNamesAgentAndMerchant() {
        AgentAuthorization auth = kit.agent();
        Jwt jwt = parsed("auth_04");
        assertThat(auth.merchantId()).as(rule("auth_04", "agent_auth carries the merchant_id the JWT names"))
                .isNotNull();
        assertThat(jwt.hasClaimValue(auth.merchantId().value()))
                .as(rule("auth_04", "the JWT's payload names the merchant " + auth.merchantId()
                        + " as a claim value; its claims were " + jwt.claimNames())).isTrue();
        boolean namesAgent = jwt.hasClaimValue(auth.agentArn().value())
                || auth.agentName() != null && jwt.hasClaimValue(auth.agentName());
        assertThat(namesAgent).as(rule("auth_04", "the JWT's payload names the agent (its participant ARN "
                + auth.agentArn() + " or name " + auth.agentName() + ") as a claim value; its claims were "
                + jwt.claimNames())).isTrue();
    }

    void websocketUrlPresent() {
        AgentAuthorization auth = kit.agent();
        assertThat(auth.websocketUrl()).as(rule("auth_05", "agent_auth carries the websocket_url to connect to"))
                .isNotNull();
        assertThat(auth.websocketUrl().isAbsolute())
                .as(rule("auth_05", "websocket_url is absolute, but was " + auth.websocketUrl())).isTrue();
        assertThat(auth.websocketUrl().getScheme())
                .as(rule("auth_05", "websocket_url is a websocket URL (ws or wss), but was " + auth.websocketUrl()))
                .isIn("ws", "wss");
        assertThat(auth.websocketUrl().getHost())
                .as(rule("auth_05", "websocket_url names a host, but was " + auth.websocketUrl())).isNotBlank();
    }

    void authorizationIsStable() {
        AgentAuthorization first = kit.agent();
        AgentAuthorization second = kit.port().authorizeAgent();
        assertThat(second.agentArn()).as(rule("auth_06", "every authorization of one credential names the same"
                + " agent")).isEqualTo(first.agentArn());
        assertThat(second.merchantId()).as(rule("auth_06", "every authorization of one credential names the same"
                + " merchant")).isEqualTo(first.merchantId());
        assertThatCode(() -> Jwt.parse(second.jwt()))
                .as(rule("auth_06", "every authorization carries a compact JWT")).doesNotThrowAnyException();
    }

    void merchantIdMatchesConversations() {
        AgentAuthorization auth = kit.agent();
        Conversation started = kit.agentStartsSms();
        Conversation read = kit.get(started.id());
        for (Conversation conversation : List.of(started, read)) {
            if (conversation.summary().merchantId() != null) {
                assertThat(conversation.summary().merchantId()).as(rule("auth_07", "a conversation of this tenant"
                        + " carries the merchant_id of the agent's authorization")).isEqualTo(auth.merchantId());
            }
            for (Message message : conversation.messages()) {
                if (message.merchantId() != null) {
                    assertThat(message.merchantId()).as(rule("auth_07", "a message of this tenant carries the"
                            + " merchant_id of the agent's authorization")).isEqualTo(auth.merchantId());
                }
            }
        }
    }

    private Jwt parsed(String ruleId) {
        try {
            return Jwt.parse(kit.agent().jwt());
        } catch (IllegalArgumentException e) {
            return fail(rule(ruleId, "the agent's jwt must be a compact JWT to be checked, but " + e.getMessage()));
        }
    }

    void twilioNumbersAreE164() {
        for (TwilioAccount account : kit.agent().twilioAccounts()) {
            assertThat(account.phoneNumbers()).as(rule("auth_08", "the merchant's Twilio numbers are E.164 ('+',"
                    + " country code, up to 15 digits)")).allMatch(number -> E164.matcher(number).matches());
            if (account.merchantId() != null) {
                assertThat(account.merchantId()).as(rule("auth_08", "a Twilio account belongs to the agent's merchant"))
                        .isEqualTo(kit.agent().merchantId());
            }
        }
    }
}
