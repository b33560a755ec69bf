package dev.parley.conversation.client;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** build() checks everything and names what is missing or wrong, never showing a credential. */
class BuilderValidationTest {

    private static UltraCartConversationClient.Builder valid() {
        return UltraCartConversationClient.builder().simpleKey("key-123");
    }

    @Test
    void aCredentialIsRequired() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build the client: a credential is required: call simpleKey(...) or bearerToken(...).");
    }

    @Test
    void aSimpleKeyAndABearerTokenTogetherAreRefused() {
        assertThatThrownBy(() -> valid().bearerToken(() -> "t").build())
                .hasMessage("Cannot build the client: set either a simple key or a bearer token supplier, not both.");
    }

    @Test
    void aBlankSimpleKeyIsRefused() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().simpleKey("  ").build())
                .hasMessage("Cannot build the client: simple key must not be blank but had 2 blank characters.");
    }

    @Test
    void aSimpleKeyWithATrailingNewlineIsRefusedWithoutShowingTheKey() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().simpleKey("secret-key\n").build())
                .hasMessage("Cannot build the client: simple key must be visible ASCII without spaces but has character"
                        + " 0xa at index 10 of 11 (a trailing newline from a file or environment variable?).")
                .hasMessageNotContaining("secret-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secure.ultracart.com/rest/v2", "ftp://secure.ultracart.com/rest/v2", "not a url"})
    void aBaseUrlMustBeAbsoluteHttpOrHttps(String url) {
        assertThatThrownBy(() -> valid().baseUrl(url).build())
                .hasMessage("Cannot build the client: base URL must be an absolute http or https URL but was \"" + url + "\".");
    }

    @Test
    void aBaseUrlWithAQueryIsRefused() {
        assertThatThrownBy(() -> valid().baseUrl("https://secure.ultracart.com/rest/v2?x=1").build())
                .hasMessage("Cannot build the client: base URL must have no query or fragment"
                        + " but was \"https://secure.ultracart.com/rest/v2?x=1\".");
    }

    @Test
    void timeoutsMustBePositiveAndWithinOkHttpsLimit() {
        assertThatThrownBy(() -> valid().readTimeout(Duration.ZERO).build())
                .hasMessage("Cannot build the client: read timeout must be positive but was PT0S.");
        assertThatThrownBy(() -> valid().callTimeout(Duration.ofSeconds(-1)).build())
                .hasMessage("Cannot build the client: call timeout must be positive but was PT-1S.");
        assertThatThrownBy(() -> valid().connectTimeout(Duration.ofDays(30)).build())
                .hasMessage("Cannot build the client: connect timeout must be at most 24 days (OkHttp's limit) but was PT720H.");
        assertThatThrownBy(() -> valid().connectTimeout(null).build())
                .hasMessage("Cannot build the client: connect timeout must not be null.");
    }

    @Test
    void aUserAgentMustBePrintableAscii() {
        assertThatThrownBy(() -> valid().userAgent("console\r\nX-Evil: 1").build())
                .hasMessage("Cannot build the client: user agent must be printable ASCII but was \"console\r\nX-Evil: 1\""
                        + " with character 0xd at index 7.");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder()
                .baseUrl(null).retryPolicy(null).httpLogging(null).writeTimeout(Duration.ZERO).build())
                .hasMessage("Cannot build the client: base URL must not be null;"
                        + " a credential is required: call simpleKey(...) or bearerToken(...);"
                        + " write timeout must be positive but was PT0S;"
                        + " retry policy must not be null; use RetryPolicy.none() to never retry;"
                        + " http logging must not be null; use HttpLogging.NONE to log nothing.");
    }

    @Test
    void toStringNamesTheServerAndTheKindOfCredentialButNeverTheCredential() {
        UltraCartConversationClient client = UltraCartConversationClient.builder().simpleKey("key-123").build();

        assertThat(client).hasToString(
                "UltraCartConversationClient[baseUrl=https://secure.ultracart.com/rest/v2/, credential=simple key]");
    }

    @Test
    void toStringNeverShowsUserInfoOfTheBaseUrl() {
        UltraCartConversationClient client = valid().baseUrl("https://ann:s3cret@proxy.example/rest/v2").build();

        assertThat(client.toString())
                .isEqualTo("UltraCartConversationClient[baseUrl=https://proxy.example/rest/v2/, credential=simple key]")
                .doesNotContain("ann").doesNotContain("s3cret");
        client.close();
    }

    @Test
    void aNullSimpleKeySaysSoInsteadOfAskingForACredential() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().simpleKey(System.getenv("PARLEY_UNSET_VARIABLE")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build the client: the simple key was null (is the environment variable or setting"
                        + " that should hold it unset?).");
    }

    @Test
    void aNullBearerTokenSupplierSaysSo() {
        assertThatThrownBy(() -> UltraCartConversationClient.builder().bearerToken(null).build())
                .hasMessage("Cannot build the client: the bearer token supplier was null.");
    }
}
