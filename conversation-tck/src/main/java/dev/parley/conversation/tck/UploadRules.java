package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Operation 6: presigned URLs for media uploads. */
final class UploadRules {
    /** Media a chat carries (images, video, audio, pdf) that every implementation must accept. */
    static final List<String> MEDIA = List.of("jpg", "jpeg", "png", "gif", "mp4", "mp3", "pdf");
    /** Files a chat does not carry. */
    static final List<String> NOT_MEDIA = List.of("exe", "html", "zip", "sh");
    /** Extensions with something besides letters and digits. */
    static final List<String> NOT_ALPHANUMERIC = List.of("../png", "p.ng", "jp g", "png?x=1", "pdf/", "-mp4", "%2e");

    private final Kit kit;

    UploadRules(Kit kit) {
        this.kit = kit;
    }

    void mediaExtensionsAccepted() {
        for (String extension : MEDIA) {
            UploadUrl upload;
            try {
                upload = kit.port().createUploadUrl(extension);
            } catch (ConversationException refused) {
                throw new AssertionError(rule("upload_01", "an upload URL is granted for ." + extension
                        + ", a media type a chat carries, but it was refused: " + refused.getMessage()), refused);
            }
            assertThat(upload).as(rule("upload_01", "an upload URL is granted for ." + extension)).isNotNull();
            assertThat(upload.key()).as(rule("upload_01", "the grant for ." + extension + " carries a key")).isNotNull();
            assertThat(upload.url()).as(rule("upload_01", "the grant for ." + extension + " carries a url")).isNotNull();
        }
    }

    void keysUnique() {
        List<UploadKey> keys = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UploadUrl upload = kit.port().createUploadUrl(MEDIA.get(i % 2));
            keys.add(upload.key());
            urls.add(upload.url());
        }
        assertThat(keys).as(rule("upload_02", "every call gives a fresh unique key, also for the same extension"))
                .doesNotHaveDuplicates();
        assertThat(urls).as(rule("upload_02", "every call gives its own URL to PUT the bytes to"))
                .doesNotHaveDuplicates();
    }

    void urlIsAbsoluteHttp() {
        UploadUrl upload = kit.port().createUploadUrl("png");
        assertThat(upload.url().isAbsolute())
                .as(rule("upload_03", "the presigned url is absolute, but was " + upload)).isTrue();
        assertThat(upload.url().getScheme())
                .as(rule("upload_03", "the presigned url accepts an HTTP PUT (http or https), but was " + upload))
                .isIn("http", "https");
        assertThat(upload.url().getHost()).as(rule("upload_03", "the presigned url names a host, but was " + upload))
                .isNotBlank();
    }

    void nonMediaRefused() {
        for (String extension : NOT_MEDIA) {
            InvalidRequestException refused = Kit.assertRefused(InvalidRequestException.class,
                    rule("upload_04", "an extension outside the media a chat carries (." + extension
                            + ") is refused with 400"), () -> kit.port().createUploadUrl(extension));
            assertThat(refused.statusCode()).as(rule("upload_04", "the refusal is a 400")).isEqualTo(400);
        }
    }

    void nonAlphanumericRefused() {
        for (String extension : NOT_ALPHANUMERIC) {
            Kit.assertRefused(IllegalArgumentException.class, rule("upload_05", "an extension with anything but letters"
                    + " and digits (\"" + extension + "\") is refused before any call, as"
                    + " ConversationPort#createUploadUrl documents; check the extension is validated, not put in the"
                    + " path as is"), () -> kit.port().createUploadUrl(extension));
        }
        for (String blank : new String[] {"", " "}) {
            Kit.assertRefused(IllegalArgumentException.class, rule("upload_05", "a blank extension is refused before"
                    + " any call"), () -> kit.port().createUploadUrl(blank));
        }
    }
}
