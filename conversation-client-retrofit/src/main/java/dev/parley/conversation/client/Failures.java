package dev.parley.conversation.client;

import dev.parley.conversation.domain.ApplicationDisabledException;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.wire.WireCodec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Turns what went wrong in an exchange into the domain exception a caller acts on, with a message
 * that says which request it was and what the server said, e.g.
 * {@code GET /conversation/conversations/abc answered 404 Not Found: Conversation abc not found}.
 * Every message is scrubbed of the request's credential and of tokens.
 *
 * <p>Statuses map to what the caller should do: 408 and 425 ask for the request to be sent again
 * ({@link TransportException}, like a dropped connection), not for it to be changed; a server's
 * {@code Retry-After} rides on every exception that can carry one (429, 5xx, 408, 425, 1xx, 3xx).
 */
final class Failures {
    static final String ERROR_HEADER = "UC-REST-ERROR";

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(204, "No Content"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(425, "Too Early"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final HttpUrl baseUrl;
    private final WireCodec<ErrorDetails> errorCodec;
    private final Map<CallPhase.Stage, Duration> timeouts;

    Failures(HttpUrl baseUrl, WireCodec<ErrorDetails> errorCodec, Duration connectTimeout, Duration writeTimeout,
             Duration readTimeout) {
        this.baseUrl = baseUrl;
        this.errorCodec = errorCodec;
        this.timeouts = Map.of(CallPhase.Stage.CONNECTING, connectTimeout, CallPhase.Stage.SENDING, writeTimeout,
                CallPhase.Stage.READING, readTimeout);
    }

    /** The exception for an error status: the type its status calls for, with UltraCart's details when readable. */
    ConversationException forStatus(Response<ResponseBody> response, Duration retryAfter, int attempts) {
        Request request = response.raw().request();
        int status = response.code();
        ErrorDetails details = details(response.errorBody());
        String said = firstNonBlank(response.headers().get(ERROR_HEADER),
                details == null ? null : details.developerMessage(),
                details == null ? null : details.userMessage());
        String message = Redaction.scrub(answered(request, status, response.message())
                + (said == null ? " with no error message" : ": " + said)
                + gaveUp(attempts), request);
        return switch (status) {
            case 401, 403 -> new UnauthorizedException(message, status, details, null);
            case 404 -> new NotFoundException(message, status, details, null);
            case 410 -> new ApplicationDisabledException(message, status, details, null);
            case 429 -> new RateLimitedException(message, retryAfter, details, null);
            // Sending the same request again is what these ask for: nothing in it is wrong.
            case 408, 425 -> new TransportException(message, status, details, retryAfter, null);
            default -> {
                if (status >= 400 && status <= 499) {
                    yield new InvalidRequestException(message, status, details, null);
                }
                if (status >= 500 && status <= 599) {
                    yield new ServerErrorException(message, status, details, retryAfter, null);
                }
                // 1xx and 3xx that OkHttp did not resolve itself are no usable answer.
                yield new TransportException(message, status, details, retryAfter, null);
            }
        };
    }

    /** No response was had: the connection failed, dropped, or one of the timeouts fired. */
    TransportException noResponse(Call<?> call, IOException cause, int attempts) {
        Request request = call.request();
        String timeout = timeoutThatFired(call, cause);
        String what = timeout != null ? "timed out: " + timeout : "failed: " + cause;
        return new TransportException(Redaction.scrub(describe(request) + " " + what + gaveUp(attempts), request), cause);
    }

    /** A success status with a body that is not what the operation answers; {@code cause} is kept scrubbed. */
    TransportException unreadable(Response<ResponseBody> response, String problem, Throwable cause) {
        Request request = response.raw().request();
        return new TransportException(Redaction.scrub(answered(request, response.code(), response.message())
                + " with a body the client cannot use: " + problem, request), response.code(),
                Redaction.scrubbed(cause, request));
    }

    /** A success status whose body did not arrive: the connection dropped or a timeout fired while reading it. */
    TransportException bodyLost(Call<?> call, Response<ResponseBody> response, IOException cause) {
        Request request = response.raw().request();
        String timeout = timeoutThatFired(call, cause);
        String what = timeout != null ? "but timed out reading the body: " + timeout : "but reading the body failed: " + cause;
        return new TransportException(Redaction.scrub(answered(request, response.code(), response.message())
                + " " + what, request), response.code(), cause);
    }

    /** Anything else that kept a request from being made, e.g. a rejected header value. */
    TransportException unexpected(Request request, RuntimeException cause) {
        return new TransportException(Redaction.scrub(describe(request) + " could not be sent: " + cause, request), cause);
    }

    /** {@code GET /conversation/conversations/abc}: the method and the path below the base URL, with the query. */
    String describe(Request request) {
        if (request == null) {
            return "The request";
        }
        HttpUrl url = request.url();
        String path = url.encodedPath();
        String basePath = baseUrl.encodedPath();
        if (path.startsWith(basePath)) {
            path = "/" + path.substring(basePath.length());
        }
        String query = url.encodedQuery();
        return request.method() + " " + path + (query == null ? "" : "?" + query);
    }

    /**
     * Which timeout ended the attempt, with its length, or {@code null} when {@code cause} is no
     * timeout. OkHttp cancels a call whose call timeout fires; the other timeouts surface as socket
     * timeouts in the stage the call had reached.
     */
    private String timeoutThatFired(Call<?> call, IOException cause) {
        if (cause instanceof SocketTimeoutException) {
            CallPhase phase = call.request().tag(CallPhase.class);
            CallPhase.Stage stage = phase == null ? CallPhase.Stage.READING : phase.stage();
            String doing = switch (stage) {
                case CONNECTING -> "connecting";
                case SENDING -> "sending the request";
                case READING -> "waiting for the answer";
            };
            return "the " + stage.timeout + " timeout (" + readable(timeouts.get(stage)) + ") passed while " + doing;
        }
        if (cause instanceof InterruptedIOException && call.isCanceled()) {
            return "the call timeout (" + readable(Duration.ofNanos(call.timeout().timeoutNanos()))
                    + ") passed before the exchange was complete";
        }
        return null;
    }

    private static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String gaveUp(int attempts) {
        return attempts > 1 ? " (gave up after " + attempts + " attempts)" : "";
    }

    private String answered(Request request, int status, String message) {
        String reason = REASONS.getOrDefault(status, message == null ? "" : message.trim());
        return describe(request) + " answered " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    private ErrorDetails details(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try (body) {
            return errorCodec.read(body.source());
        } catch (RuntimeException notAnErrorResponse) {
            // A proxy's HTML page or a garbled body: the status alone still says what happened.
            return null;
        }
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }
}
