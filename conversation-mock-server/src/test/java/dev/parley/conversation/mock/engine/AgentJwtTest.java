package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.UnauthorizedException;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AgentJwtTest {

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final TenantControl backstage = engine.control("agent-key");

    @Test
    void rule2_theJwtIsASignedCompactTokenNamingAgentAndMerchantWithAnExpiry() {
        AgentAuthorization auth = engine.port("agent-key").authorizeAgent();

        assertThat(auth.jwt().split("\\.")).hasSize(3).allMatch(part -> part.matches("[A-Za-z0-9_-]+"));
        DecodedJWT decoded = JWT.decode(auth.jwt());
        assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
        assertThat(decoded.getSubject()).isEqualTo(backstage.agentArn().value());
        assertThat(decoded.getClaim("merchant_id").asString()).isEqualTo(backstage.merchantId().value());
        assertThat(decoded.getExpiresAtAsInstant())
                .isEqualTo(backstage.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1)));
        assertThat(auth.agentArn()).isEqualTo(backstage.agentArn());
        assertThat(auth.merchantId()).isEqualTo(backstage.merchantId());
    }

    @Test
    void rule2_theEngineVerifiesItsOwnTokenUntilItExpiresOnTheTenantsClock() {
        String jwt = engine.port("agent-key").authorizeAgent().jwt();

        AgentToken token = engine.verifyAgentJwt(jwt);
        assertThat(token.agentArn()).isEqualTo(backstage.agentArn());
        assertThat(token.merchantId()).isEqualTo(backstage.merchantId());

        backstage.advanceClock(Duration.ofHours(1).plusSeconds(1));
        assertThatThrownBy(() -> engine.verifyAgentJwt(jwt)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void rule2_aForgedOrForeignTokenIsRefusedWithoutQuotingIt() {
        String jwt = engine.port("agent-key").authorizeAgent().jwt();
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String foreign = EngineFixture.frozenEngine().port("agent-key").authorizeAgent().jwt();

        for (String refused : new String[] {forged, foreign, "not-a-jwt"}) {
            assertThatThrownBy(() -> engine.verifyAgentJwt(refused))
                    .isInstanceOf(UnauthorizedException.class)
                    .hasMessageNotContaining(refused);
        }
    }

    @Test
    void rule2_theWebsocketUrlIsOnThePublicBaseWithAWebsocketScheme() {
        ConversationEngine secure = ConversationEngine.builder()
                .publicBaseUrl(() -> URI.create("https://fake.example:8443"))
                .build();

        URI plain = engine.port("agent-key").authorizeAgent().websocketUrl();
        URI tls = secure.port("agent-key").authorizeAgent().websocketUrl();

        assertThat(plain.getScheme()).isEqualTo("ws");
        assertThat(plain.getAuthority()).isEqualTo("127.0.0.1:8089");
        assertThat(tls.getScheme()).isEqualTo("wss");
        assertThat(tls.getAuthority()).isEqualTo("fake.example:8443");
    }
}
