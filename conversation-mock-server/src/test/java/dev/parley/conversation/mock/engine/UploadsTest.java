package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadsTest {

    private static final byte[] PNG = "not really a png".getBytes(StandardCharsets.UTF_8);

    private final ConversationEngine engine = ConversationEngine.builder()
            .clock(Clock.fixed(EngineFixture.T0, java.time.ZoneOffset.UTC))
            .publicBaseUrl(() -> URI.create("http://localhost:4321/"))
            .uploadUrlTtl(Duration.ofMinutes(5))
            .maxUploadBytes(64)
            .build();
    private final ConversationPort agent = engine.port("uploader");
    private final TenantControl backstage = engine.control("uploader");

    /** The parts of a presigned URL, as an HTTP front end would read them. */
    private record Signed(String key, long expires, String signature) {
        static Signed of(UploadUrl url) {
            Map<String, String> query = new HashMap<>();
            for (String pair : url.url().getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts[1]);
            }
            String path = url.url().getPath();
            return new Signed(path.substring(path.lastIndexOf('/') + 1), Long.parseLong(query.get("expires")),
                    query.get("signature"));
        }
    }

    @Test
    void rule6_theUrlPointsAtThePublicBaseAndAcceptsOneUploadOfTheKey() {
        UploadUrl url = agent.createUploadUrl("png");
        Signed signed = Signed.of(url);

        assertThat(url.url().toString()).startsWith("http://localhost:4321/__uploads/" + url.key().value() + "?");
        assertThat(signed.key()).isEqualTo(url.key().value());
        assertThat(engine.verifyUpload(signed.key(), signed.expires(), signed.signature()))
                .isEqualTo(UploadVerdict.VALID);
        assertThat(engine.storeUpload(signed.key(), signed.expires(), signed.signature(), PNG))
                .isEqualTo(UploadVerdict.VALID);
        assertThat(engine.storeUpload(signed.key(), signed.expires(), signed.signature(), PNG))
                .isEqualTo(UploadVerdict.ALREADY_UPLOADED);
        assertThat(engine.upload(signed.key())).hasValueSatisfying(stored -> {
            assertThat(stored.bytes()).isEqualTo(PNG);
            assertThat(stored.mediaType()).isEqualTo("image/png");
        });
    }

    @Test
    void rule6_everyUrlHasAFreshKey() {
        assertThat(agent.createUploadUrl("pdf").key()).isNotEqualTo(agent.createUploadUrl("pdf").key());
    }

    @Test
    void uploads_aTamperedSignatureExpiryOrKeyIsRefusedAndStoresNothing() {
        Signed signed = Signed.of(agent.createUploadUrl("png"));
        Signed other = Signed.of(agent.createUploadUrl("png"));
        String flipped = (signed.signature().charAt(0) == 'A' ? "B" : "A") + signed.signature().substring(1);

        assertThat(engine.storeUpload(signed.key(), signed.expires(), flipped, PNG)).isEqualTo(UploadVerdict.TAMPERED);
        assertThat(engine.storeUpload(signed.key(), signed.expires() + 3600, signed.signature(), PNG))
                .isEqualTo(UploadVerdict.TAMPERED);
        assertThat(engine.storeUpload(other.key(), signed.expires(), signed.signature(), PNG))
                .isEqualTo(UploadVerdict.TAMPERED);
        assertThat(engine.storeUpload(signed.key(), signed.expires(), null, PNG)).isEqualTo(UploadVerdict.TAMPERED);
        assertThat(engine.upload(signed.key())).isEmpty();
    }

    @Test
    void uploads_anUrlExpiresOnItsTenantsClock() {
        Signed signed = Signed.of(agent.createUploadUrl("mp4"));

        backstage.advanceClock(Duration.ofMinutes(5));

        assertThat(engine.storeUpload(signed.key(), signed.expires(), signed.signature(), PNG))
                .isEqualTo(UploadVerdict.EXPIRED);
        assertThat(engine.verifyUpload(signed.key(), signed.expires(), signed.signature()))
                .isEqualTo(UploadVerdict.EXPIRED);
    }

    @Test
    void uploads_bytesOverTheLimitAreRefused() {
        Signed signed = Signed.of(agent.createUploadUrl("jpg"));

        assertThat(engine.storeUpload(signed.key(), signed.expires(), signed.signature(), new byte[65]))
                .isEqualTo(UploadVerdict.TOO_LARGE);
        assertThat(engine.storeUpload(signed.key(), signed.expires(), signed.signature(), new byte[64]))
                .isEqualTo(UploadVerdict.VALID);
    }

    @Test
    void uploads_aResetTenantForgetsItsUploads() {
        Signed signed = Signed.of(agent.createUploadUrl("jpg"));
        engine.storeUpload(signed.key(), signed.expires(), signed.signature(), PNG);

        backstage.reset();

        assertThat(engine.upload(signed.key())).isEmpty();
        assertThat(engine.verifyUpload(signed.key(), signed.expires(), signed.signature()))
                .isEqualTo(UploadVerdict.UNKNOWN);
    }

    @Test
    void uploads_aMessageCitesAStoredUploadOfItsTenantWithTheUrlToReadItBack() {
        Signed signed = Signed.of(agent.createUploadUrl("jpg"));
        engine.storeUpload(signed.key(), signed.expires(), signed.signature(), PNG);
        ParticipantArn customer = ParticipantArn.of("arn:test:customer");
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, customer, "Ada", null);

        Message message = backstage.addMessage(id, customer, null, null, List.of(UploadKey.of(signed.key())));

        assertThat(message.uploadKeys()).containsExactly(UploadKey.of(signed.key()));
        assertThat(message.mediaUrls()).containsExactly("http://localhost:4321/__uploads/" + signed.key());
        Signed unused = Signed.of(agent.createUploadUrl("jpg"));
        assertThatThrownBy(() -> backstage.addMessage(id, customer, null, null, List.of(UploadKey.of(unused.key()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engine.control("someone else").addMessage(id, customer, null, "x"))
                .isInstanceOf(NotFoundException.class);
    }
}
