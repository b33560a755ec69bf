package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.engine.StoredUpload;
import dev.parley.conversation.mock.engine.UploadVerdict;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The fake's stand-in for UltraCart's media storage: a presigned upload URL
 * ({@code /__uploads/{key}?expires=...&signature=...}) accepts one {@code PUT} of the file's bytes
 * until it expires; the stored media is then readable with {@code GET /__uploads/{key}}, the URL
 * messages cite. Refusals use UltraCart's error shape: 403 for an altered or expired URL, 404 for an
 * unknown key, 409 for a second upload, 413 for a file over the size limit.
 */
final class UploadHandlers {
    private final FakeUltraCart fake;

    UploadHandlers(FakeUltraCart fake) {
        this.fake = fake;
    }

    void put(Context ctx) {
        ConversationEngine engine = fake.engine();
        String key = ctx.pathParam("key");
        String signature = ctx.queryParam("signature");
        long expires = expires(ctx.queryParam("expires"));
        // Checked before the bytes are read, so that a refused URL costs no upload.
        UploadVerdict verdict = signature == null || expires < 0
                ? UploadVerdict.TAMPERED : engine.verifyUpload(key, expires, signature);
        if (verdict == UploadVerdict.VALID) {
            byte[] bytes = Bodies.bytes(ctx, engine.maxUploadBytes());
            verdict = engine.storeUpload(key, expires, signature, bytes);
        }
        if (verdict != UploadVerdict.VALID) {
            Bodies.discard(ctx);
            throw refusal(verdict, key, engine.maxUploadBytes());
        }
        ctx.status(200);
    }

    void get(Context ctx) {
        String key = ctx.pathParam("key");
        Optional<StoredUpload> upload = fake.engine().upload(key);
        if (upload.isEmpty()) {
            throw UltraCartError.withDetails(404, new ErrorDetails("No media was uploaded under key "
                    + ApiCall.printable(key) + ".", ErrorResponses.userMessage(404), key, null, null), null);
        }
        ctx.status(200).contentType(upload.get().mediaType()).result(upload.get().bytes());
    }

    private static long expires(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(text);
    }

    private static UltraCartError refusal(UploadVerdict verdict, String key, long maxBytes) {
        int status;
        String message;
        switch (verdict) {
            case TAMPERED:
                status = 403;
                message = "The upload URL's signature does not match its key and expiry: the URL was altered.";
                break;
            case EXPIRED:
                status = 403;
                message = "The upload URL has expired: ask for a new one.";
                break;
            case ALREADY_UPLOADED:
                status = 409;
                message = "The upload URL was already used: it accepts one PUT.";
                break;
            case TOO_LARGE:
                status = 413;
                message = "The upload is larger than the limit of " + maxBytes + " bytes.";
                break;
            default:
                status = 404;
                message = "No upload is expected under key " + ApiCall.printable(key) + ".";
                break;
        }
        return UltraCartError.withDetails(status,
                new ErrorDetails(message, ErrorResponses.userMessage(status), key, null, null), null);
    }
}
