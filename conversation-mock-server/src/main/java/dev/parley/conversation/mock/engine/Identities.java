package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.ParticipantArn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who a credential is: a tenant key, merchant id and agent, all derived from a SHA-256 digest of the
 * credential so that the credential itself is never stored, shown or embedded anywhere.
 *
 * @param tenantKey  the full digest, hex: the engine's key for the tenant
 * @param merchantId {@code M} and ten hex digits of the digest
 * @param agentArn   the credential's agent
 * @param agentName  the agent's display name
 */
record Identities(String tenantKey, MerchantId merchantId, ParticipantArn agentArn, String agentName) {

    /** Every ARN the engine makes starts so: a fake partition, never mistaken for a real one. */
    static final String ARN_PREFIX = "arn:parley:conversation:us-east-1:";

    /** The merchant's SMS number: a North American number in the 555-01xx range reserved for fiction. */
    String twilioNumber() {
        return "+1" + (200 + Integer.parseInt(tenantKey.substring(26, 28), 16) % 800) + "55501"
                + String.format(Locale.ROOT, "%02d", Integer.parseInt(tenantKey.substring(28, 30), 16) % 100);
    }

    static Identities of(String credential) {
        return ofTenantKey(tenantKey(credential));
    }

    /** The tenant key alone: what finding a tenant needs, without making its identities. */
    static String tenantKey(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new IllegalArgumentException("credential must not be blank");
        }
        return HexFormat.of().formatHex(sha256(credential));
    }

    /** The identities of the tenant key {@link #tenantKey} gave. */
    static Identities ofTenantKey(String digest) {
        MerchantId merchant = MerchantId.of("M" + digest.substring(0, 10).toUpperCase(Locale.ROOT));
        ParticipantArn agent = ParticipantArn.of(ARN_PREFIX + merchant + ":agent/" + digest.substring(10, 26));
        return new Identities(digest, merchant, agent, "Agent " + digest.substring(10, 14).toUpperCase(Locale.ROOT));
    }

    private static byte[] sha256(String credential) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
