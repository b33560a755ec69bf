package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Presigned upload URLs point at the fake, accept one PUT of at most the size limit before they expire,
 * and store the bytes so that the media can be read back; an altered URL is refused.
 */
class UploadTest {
    private static final byte[] PICTURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().maxUploadBytes(1024).uploadUrlTtl(Duration.ofMinutes(15))).build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("upload-key");

    @Test
    void anUploadIsStoredAndCanBeReadBackAndCitedInAMessage() {
        JsonNode upload = uploadUrl("jpg");

        Reply put = http.to("PUT", upload.path("url").asText()).bytes("image/jpeg", PICTURE).send();
        FakeTenant tenant = fake.control(key);
        ParticipantArn customer = ParticipantArn.of("arn:customer:+15125550100");
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, customer, "Ada", "look");
        Message message = tenant.addMessage(id, customer, "Ada", null, List.of(UploadKey.of(upload.path("key").asText())));
        Reply media = http.to("GET", message.mediaUrls().get(0)).send();

        assertThat(put.status()).isEqualTo(200);
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.bytes()).isEqualTo(PICTURE);
        assertThat(media.header("Content-Type")).startsWith("image/jpeg");
    }

    @Test
    void aSecondPutToTheSameUrlIsRefused() {
        String url = uploadUrl("png").path("url").asText();
        http.to("PUT", url).bytes("image/png", PICTURE).send();

        Reply second = http.to("PUT", url).bytes("image/png", PICTURE).send();

        assertUltraCartError(second, 409);
    }

    @Test
    void aUrlWithAnAlteredSignatureIsRefused() {
        String url = uploadUrl("jpg").path("url").asText();
        String signature = url.substring(url.indexOf("signature=") + "signature=".length());
        String altered = url.replace("signature=" + signature,
                "signature=" + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1));

        assertUltraCartError(http.to("PUT", altered).bytes("image/jpeg", PICTURE).send(), 403);
    }

    @Test
    void aUrlWithAnExtendedExpiryIsRefused() {
        String url = uploadUrl("jpg").path("url").asText();
        String altered = url.replaceFirst("expires=([0-9]+)", "expires=9$1");

        assertUltraCartError(http.to("PUT", altered).bytes("image/jpeg", PICTURE).send(), 403);
    }

    @Test
    void aUrlWithoutItsSignatureIsRefused() {
        String url = uploadUrl("jpg").path("url").asText();

        assertUltraCartError(http.to("PUT", url.substring(0, url.indexOf('&'))).bytes("image/jpeg", PICTURE).send(), 403);
    }

    @Test
    void anExpiredUrlIsRefused() {
        String url = uploadUrl("jpg").path("url").asText();
        fake.control(key).advanceClock(Duration.ofMinutes(16));

        String message = assertUltraCartError(http.to("PUT", url).bytes("image/jpeg", PICTURE).send(), 403);

        assertThat(message).contains("expired");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedAndNothingIsStored() {
        JsonNode upload = uploadUrl("mp4");

        Reply put = http.to("PUT", upload.path("url").asText()).bytes("video/mp4", new byte[2048]).send();

        assertUltraCartError(put, 413);
        assertThat(fake.engine().upload(upload.path("key").asText())).isEmpty();
    }

    @Test
    void mediaNeverUploadedIsNotFound() {
        String key = uploadUrl("jpg").path("key").asText();

        assertUltraCartError(http.to("GET", http.root() + "/__uploads/" + key).send(), 404);
    }

    private JsonNode uploadUrl(String extension) {
        Reply reply = http.api("GET", "/conversation/upload_url/" + extension).key(key).send();
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().path("conversation_multimedia_upload_url");
    }
}
