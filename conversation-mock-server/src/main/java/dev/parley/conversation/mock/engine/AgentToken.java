package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.ParticipantArn;
import java.time.Instant;

/**
 * What a verified agent JWT says ({@link ConversationEngine#verifyAgentJwt}).
 *
 * @param agentArn   the agent (the token's subject)
 * @param merchantId the agent's merchant (claim {@code merchant_id})
 * @param issuedAt   when the token was issued, on the tenant's clock
 * @param expiresAt  when it stops being accepted, on the tenant's clock
 */
public record AgentToken(ParticipantArn agentArn, MerchantId merchantId, Instant issuedAt, Instant expiresAt) {
}
