package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ErrorDetails;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies read with a size limit. An oversized body is answered 413; what the client still sends
 * is read and discarded first (up to {@value #DRAIN_LIMIT} bytes) so that it reads the answer instead of
 * a broken pipe.
 */
final class Bodies {
    private static final String TEXT = "parley.body";
    private static final String TOO_LARGE = "parley.bodyTooLarge";
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    private static final byte[] NONE = new byte[0];

    private Bodies() {
    }

    /**
     * The body as UTF-8 text (empty when none), read once per request.
     *
     * @throws UltraCartError 413 when it is larger than {@code max} bytes
     */
    static String text(Context ctx, long max) {
        String cached = ctx.attribute(TEXT);
        if (ctx.attribute(TOO_LARGE) != null) {
            throw tooLarge(max);
        }
        if (cached == null) {
            cached = new String(bytes(ctx, max), StandardCharsets.UTF_8);
            ctx.attribute(TEXT, cached);
        }
        return cached;
    }

    /**
     * The body's bytes.
     *
     * @throws UltraCartError 413 when it is larger than {@code max} bytes
     */
    static byte[] bytes(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0 || declared < 0 && ctx.req().getHeader("Transfer-Encoding") == null) {
            return NONE; // HTTP/1.1: neither Content-Length nor Transfer-Encoding, no body (RFC 9112, 6.3)
        }
        try {
            InputStream in = ctx.req().getInputStream();
            if (declared > max) {
                throw tooLarge(ctx, in, max);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] chunk = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > max) {
                    throw tooLarge(ctx, in, max);
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw unreadable(ctx, e);
        }
    }

    /**
     * A body that breaks off or is badly framed (a broken chunk, a short Content-Length) is the client's
     * fault: 400, and the connection is not reused since its framing can no longer be trusted.
     */
    private static UltraCartError unreadable(Context ctx, IOException e) {
        ctx.header("Connection", "close");
        return UltraCartError.badRequest("The request body could not be read: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
    }

    /** Discards what is left of the body, then gives the 413 to throw. */
    private static UltraCartError tooLarge(Context ctx, InputStream in, long max) throws IOException {
        drain(in);
        ctx.header("Connection", "close");
        ctx.attribute(TOO_LARGE, Boolean.TRUE);
        return tooLarge(max);
    }

    /** Reads and discards the body, so that a client still sending it reads the answer, not a broken pipe. */
    static void discard(Context ctx) {
        try {
            drain(ctx.req().getInputStream());
        } catch (IOException e) {
            throw unreadable(ctx, e);
        }
    }

    private static void drain(InputStream in) throws IOException {
        long drained = 0;
        byte[] chunk = new byte[8192];
        int read;
        while (drained < DRAIN_LIMIT && (read = in.read(chunk)) != -1) {
            drained += read;
        }
    }

    private static UltraCartError tooLarge(long max) {
        String message = "The request body is larger than the limit of " + max + " bytes.";
        return UltraCartError.withDetails(413, ErrorDetails.of(message, ErrorResponses.userMessage(413)), null);
    }
}
