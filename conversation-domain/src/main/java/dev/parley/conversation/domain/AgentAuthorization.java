package dev.parley.conversation.domain;

import java.net.URI;
import java.util.List;

/**
 * What an agent needs to open UltraCart's conversation websocket ({@code ConversationAgentAuth}).
 *
 * <p>{@link #toString()} never shows the JWT: it is a credential.
 *
 * @param agentArn       the agent's participant ARN
 * @param agentName      the agent's display name; optional
 * @param merchantId     the merchant; optional
 * @param jwt            a signed compact JWT naming agent and merchant, with an expiry
 * @param websocketUrl   where to open the websocket; optional
 * @param twilioAccounts the merchant's Twilio accounts (may be empty)
 */
public record AgentAuthorization(
        ParticipantArn agentArn,
        String agentName,
        MerchantId merchantId,
        String jwt,
        URI websocketUrl,
        List<TwilioAccount> twilioAccounts) {

    /**
     * Creates the value, checking its components.
     *
     * @param agentArn the agent's participant ARN
     * @param agentName the agent's display name; optional
     * @param merchantId the merchant; optional
     * @param jwt a signed compact JWT naming agent and merchant, with an expiry
     * @param websocketUrl where to open the websocket; optional
     * @param twilioAccounts the merchant's Twilio accounts (may be empty)
     * @throws IllegalArgumentException when the agent ARN or JWT is missing
     */
    public AgentAuthorization {
        Checks.nonNull(agentArn, "agent arn");
        Checks.nonBlank(jwt, "agent jwt");
        twilioAccounts = Checks.list(twilioAccounts, "twilio accounts");
    }

    @Override
    public String toString() {
        return "AgentAuthorization[agentArn=" + agentArn + ", agentName=" + agentName
                + ", merchantId=" + merchantId + ", jwt=<redacted>, websocketUrl=" + websocketUrl
                + ", twilioAccounts=" + twilioAccounts + "]";
    }
}
