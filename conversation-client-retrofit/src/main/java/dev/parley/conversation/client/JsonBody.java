package dev.parley.conversation.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A JSON request body written by a wire codec. */
final class JsonBody extends RequestBody {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final byte[] bytes;
    private final boolean oneShot;

    private JsonBody(String json, boolean oneShot) {
        this.bytes = json.getBytes(StandardCharsets.UTF_8);
        this.oneShot = oneShot;
    }

    /** A body OkHttp may send again on its own, e.g. after a stale pooled connection. */
    static JsonBody of(String json) {
        return new JsonBody(json, false);
    }

    /**
     * A body sent at most once: OkHttp never repeats a request with a one-shot body once it began
     * sending it, so a non-idempotent request cannot be silently duplicated. (OkHttp's logging
     * shows such a body as omitted.)
     */
    static JsonBody once(String json) {
        return new JsonBody(json, true);
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
    }
}
