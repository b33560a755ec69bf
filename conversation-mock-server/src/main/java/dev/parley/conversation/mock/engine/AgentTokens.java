package dev.parley.conversation.mock.engine;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.UnauthorizedException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Agent websocket tokens: compact JWTs signed HS256 with a secret only this engine knows, naming
 * the agent (subject), the merchant (claim {@code merchant_id}) and the agent's name, issued and
 * expiring on the tenant's clock.
 */
final class AgentTokens {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final String ISSUER = "parley-conversation-fake";
    static final String MERCHANT_CLAIM = "merchant_id";
    static final String WEBSOCKET_PATH = "/__websocket/conversation";

    private final Algorithm algorithm;

    AgentTokens(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.algorithm = Algorithm.HMAC256(secret);
    }

    /** A token issued at {@code now} in whole seconds (JWT's NumericDate), expiring {@link #LIFETIME} later. */
    String issue(Tenant tenant, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(tenant.agentArn.value())
                .withClaim(MERCHANT_CLAIM, tenant.merchantId.value())
                .withClaim("name", tenant.agentName)
                .withJWTId(Tenant.randomId())
                .withIssuedAt(issuedAt)
                .withExpiresAt(issuedAt.plus(LIFETIME))
                .sign(algorithm);
    }

    /**
     * Verifies a token: signature, issuer, and expiry on its tenant's clock.
     *
     * @param tenants finds the tenant of a merchant id, or null
     * @throws UnauthorizedException when the token is malformed, forged, expired or of no tenant
     */
    AgentToken verify(String jwt, Function<MerchantId, Tenant> tenants) {
        try {
            DecodedJWT unverified = JWT.decode(Errors.required(jwt, "agent jwt"));
            String merchant = unverified.getClaim(MERCHANT_CLAIM).asString();
            Tenant tenant = merchant == null || merchant.isBlank() ? null : tenants.apply(MerchantId.of(merchant));
            if (tenant == null) {
                throw refused();
            }
            Instant now = tenant.read(tenant::now);
            // The library's documented way to verify on a clock of one's own is BaseVerification.build(Clock).
            DecodedJWT verified = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                    .withIssuer(ISSUER)
                    .withClaim(MERCHANT_CLAIM, merchant))
                    .build(Clock.fixed(now, ZoneOffset.UTC))
                    .verify(unverified);
            return new AgentToken(ParticipantArn.of(verified.getSubject()), MerchantId.of(merchant),
                    verified.getIssuedAtAsInstant(), verified.getExpiresAtAsInstant());
        } catch (JWTVerificationException | IllegalArgumentException e) {
            // The token is a credential: neither it nor the library's message (which may quote claims) is shown.
            throw refused();
        }
    }

    private static UnauthorizedException refused() {
        return new UnauthorizedException("the agent token is not valid: malformed, forged, expired or unknown");
    }

    /** The websocket URL on the public base: ws for http, wss for https. */
    static URI websocketUrl(URI base) {
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + WEBSOCKET_PATH);
    }
}
