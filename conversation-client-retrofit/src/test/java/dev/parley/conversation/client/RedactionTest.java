package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** What the scrubbing removes, and what it leaves for the reader. */
class RedactionTest {

    @Test
    void theJwtFieldIsMaskedWhateverItHolds() {
        assertThat(Redaction.scrub("{\"jwt\" : \"opaque\\\"value\",\"merchant_id\":\"DEMO\"}"))
                .isEqualTo("{\"jwt\" : \"<redacted>\",\"merchant_id\":\"DEMO\"}");
    }

    @Test
    void aCompactJwtIsMaskedAnywhere() {
        assertThat(Redaction.scrub("token " + Scripted.JWT + " expired")).isEqualTo("token <redacted> expired");
    }

    @Test
    void aSignedUrlKeepsItsHostAndPathButNotItsQuery() {
        assertThat(Redaction.scrub("{\"url\":\"https://bucket.example/up/k-1?X-Amz-Signature=abc&X-Amz-Expires=60\"}"))
                .isEqualTo("{\"url\":\"https://bucket.example/up/k-1?<redacted>\"}");
    }

    @Test
    void theJwtQueryParameterOfAWebsocketUrlIsMaskedWhateverItHolds() {
        assertThat(Redaction.scrub("--> GET http://127.0.0.1:8089/__websocket/conversation?jwt=opaque.token-1&x=2"))
                .isEqualTo("--> GET http://127.0.0.1:8089/__websocket/conversation?jwt=<redacted>&x=2");
        assertThat(Redaction.scrub("wss://ws.example/agent?v=1&jwt=abc")).isEqualTo("wss://ws.example/agent?v=1&jwt=<redacted>");
    }

    @Test
    void theRequestLineKeepsItsQuery() {
        String line = "--> GET https://secure.ultracart.com/rest/v2/conversation/conversations?_limit=100&_offset=0";

        assertThat(Redaction.scrub(line)).isEqualTo(line);
    }

    @Test
    void theRequestsOwnCredentialIsMasked() {
        Request keyed = new Request.Builder().url("https://x.example/").header("x-ultracart-simple-key", "k-77").build();
        Request bearer = new Request.Builder().url("https://x.example/").header("Authorization", "Bearer tok-9").build();

        assertThat(Redaction.scrub("bad key k-77", keyed)).isEqualTo("bad key <redacted>");
        assertThat(Redaction.scrub("bad token tok-9", bearer)).isEqualTo("bad token <redacted>");
        Request upgrade = new Request.Builder().url("http://x.example/ws?jwt=agent-7").build();
        assertThat(Redaction.scrub("Token agent-7 expired", upgrade)).isEqualTo("Token <redacted> expired");
    }

    @Test
    void aVeryShortCredentialIsMaskedOnlyWhereItIsAWholeToken() {
        Request keyed = new Request.Builder().url("https://x.example/").header("x-ultracart-simple-key", "k").build();

        assertThat(Redaction.scrub("GET /conversation/agent/keepalive answered 401: key k is unknown (k)", keyed))
                .isEqualTo("GET /conversation/agent/keepalive answered 401: key <redacted> is unknown (<redacted>)");
        assertThat(Redaction.scrub("x-ultracart-simple-key: k", keyed)).isEqualTo("x-ultracart-simple-key: <redacted>");
        assertThat(Redaction.scrub("key=k&kind=keepalive", keyed)).isEqualTo("key=<redacted>&kind=keepalive");
    }

    @Test
    void aCredentialInsideALongerTokenIsNotMistakenForIt() {
        Request keyed = new Request.Builder().url("https://x.example/").header("x-ultracart-simple-key", "abc").build();

        assertThat(Redaction.scrub("abcdef abc_1 1-abc abc", keyed)).isEqualTo("abcdef abc_1 1-abc <redacted>");
    }

    @Test
    void userInfoInAUrlIsMasked() {
        assertThat(Redaction.scrub("--> GET https://ann:s3cret@proxy.example/rest/v2/conversation/agent/keepalive"))
                .isEqualTo("--> GET https://<redacted>@proxy.example/rest/v2/conversation/agent/keepalive");
    }
}
