package dev.parley.conversation.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtTest {
    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    static String token(String header, String payload) {
        return part(header) + "." + part(payload) + "." + part("not-a-real-signature");
    }

    static String part(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCompactTokenDecodesToItsHeaderAndPayload() {
        Jwt jwt = Jwt.parse(token(HEADER, "{\"sub\":\"agent\",\"exp\":1700000000}"));
        assertThat(jwt.header()).isEqualTo(HEADER);
        assertThat(jwt.payload()).isEqualTo("{\"sub\":\"agent\",\"exp\":1700000000}");
    }

    @Test
    void expiryIsReadInSecondsSinceTheEpoch() {
        assertThat(Jwt.parse(token(HEADER, "{\"exp\": 1700000000, \"iat\":1}")).expiry())
                .contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(Jwt.parse(token(HEADER, "{\"iat\":1,\"exp\":1700000000.5}")).expiry())
                .contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(Jwt.parse(token(HEADER, "{\"iat\":1}")).expiry()).isEmpty();
        assertThat(Jwt.parse(token(HEADER, "{\"expires\":1,\"not_exp\":2}")).expiry()).isEmpty();
    }

    @Test
    void claimValuesAreFoundAlsoWithEscapedSlashes() {
        Jwt jwt = Jwt.parse(token(HEADER, "{\"sub\":\"arn:agent\\/7\",\"merchant_id\":\"DEMO\"}"));
        assertThat(jwt.hasClaimValue("arn:agent/7")).isTrue();
        assertThat(jwt.hasClaimValue("DEMO")).isTrue();
        assertThat(jwt.hasClaimValue("DEM")).isFalse();
        assertThat(jwt.claimNames()).containsExactly("sub", "merchant_id");
    }

    @Test
    void anythingButThreeBase64UrlPartsIsRefusedWithoutQuotingTheToken() {
        String secretish = part(HEADER) + "." + part("{\"secret\":1}");
        assertThatThrownBy(() -> Jwt.parse(secretish)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 dot-separated parts but this one has 2").hasMessageNotContaining(secretish);
        assertThatThrownBy(() -> Jwt.parse(secretish + ".sig.extra")).hasMessageContaining("has 4");
        assertThatThrownBy(() -> Jwt.parse(part(HEADER) + "=." + part("{}") + ".sig"))
                .hasMessageContaining("header is not unpadded base64url");
        assertThatThrownBy(() -> Jwt.parse(part(HEADER) + "." + part("{}") + "."))
                .hasMessageContaining("signature is not unpadded base64url");
        assertThatThrownBy(() -> Jwt.parse(part(HEADER) + "." + part("not json") + ".sig"))
                .hasMessageContaining("payload does not decode to a JSON object");
        assertThatThrownBy(() -> Jwt.parse(null)).hasMessage("the JWT is missing");
    }
}
