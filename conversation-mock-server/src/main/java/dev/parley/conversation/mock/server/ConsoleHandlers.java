package dev.parley.conversation.mock.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser console under {@code /__console}: plain HTML, CSS and JavaScript modules from this jar's
 * resources, each answered with a Content-Security-Policy that allows only this server's own scripts and
 * styles (no inline script, no {@code eval}). The page calls the API and the control plane like any
 * client, with the credential the person entered, as a header.
 */
final class ConsoleHandlers {
    static final String PATH = "/__console";

    /**
     * Scripts and styles from this server only; images and media from anywhere a message's media URL
     * may point; connections to this server and its websocket.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: http: https:; media-src 'self' http: https:; connect-src 'self' ws: wss:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String RESOURCES = "/dev/parley/conversation/mock/console/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** {@code GET /__console} and {@code GET /__console/}: the page. */
    void page(Context ctx) {
        serve(ctx, "index.html");
    }

    /** {@code GET /__console/{file}}: one of the page's scripts, styles or pictures. */
    void asset(Context ctx) {
        serve(ctx, ctx.pathParam("file"));
    }

    private void serve(Context ctx, String file) {
        int dot = file.lastIndexOf('.');
        String type = dot < 1 || !file.matches("[a-z0-9-]+\\.[a-z]+") ? null : TYPES.get(file.substring(dot + 1));
        byte[] bytes = type == null ? null : cache.get(file);
        if (bytes == null && type != null) {
            bytes = read(file);
            if (bytes != null) {
                // Only files that exist are kept, so probing for other names costs no memory.
                cache.put(file, bytes);
            }
        }
        if (bytes == null) {
            throw UltraCartError.notFound("The console has no file " + ApiCall.printable(file) + ".");
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .contentType(type)
                .result(bytes);
    }

    private static byte[] read(String file) {
        try (InputStream in = ConsoleHandlers.class.getResourceAsStream(RESOURCES + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console's " + file, e);
        }
    }
}
