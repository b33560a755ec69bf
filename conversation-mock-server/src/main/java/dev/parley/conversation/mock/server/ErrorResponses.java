package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ApplicationDisabledException;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.UnauthorizedException;
import dev.parley.conversation.wire.UltraCartJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the fake answers, in UltraCart's shape: the status, a {@code UC-REST-ERROR} header with
 * the developer message, and an {@code ErrorResponse} body. Installed as Javalin's exception handlers
 * and as Jetty's error handler (for requests Jetty refuses before Javalin sees them), so no client
 * ever gets Javalin's or Jetty's default error body.
 */
final class ErrorResponses {
    static final String ERROR_HEADER = "UC-REST-ERROR";
    private static final Logger LOG = LoggerFactory.getLogger(FakeUltraCart.class);

    private final UltraCartJson json;
    private final long maxBodyBytes;

    ErrorResponses(UltraCartJson json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Installs the exception handlers: the most specific class wins. */
    void install(RoutesConfig routes) {
        routes.exception(UltraCartError.class, (e, ctx) -> render(ctx, e.status(), e.details(), e.retryAfterSeconds()));
        routes.exception(ConversationException.class, this::renderDomain);
        routes.exception(IllegalArgumentException.class, (e, ctx) ->
                render(ctx, 400, ErrorDetails.of(e.getMessage(), "The request was not valid."), null));
        routes.exception(HttpResponseException.class, this::renderJavalin);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.warn("The fake failed on {} {}", ctx.method(), ctx.path(), e);
            render(ctx, 500, ErrorDetails.of("The fake failed on this request: " + e,
                    "An internal error occurred."), null);
        });
    }

    /** Answers Jetty's own refusals (malformed request lines, bad URIs, oversized headers) in UltraCart's shape. */
    Request.Handler jettyErrorHandler() {
        return (request, response, callback) -> {
            int status = response.getStatus() < 400 ? 500 : response.getStatus();
            if (status == 505) {
                // Jetty answers a request line that is not HTTP/1.x with 505; it is still the client's
                // mistake, and the fake never answers 5xx to what a client sent.
                status = 400;
            }
            Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            String developerMessage = (status < 500 ? "The request could not be read" : "The fake failed")
                    + (message == null ? "." : ": " + message + ".");
            ErrorDetails details = ErrorDetails.of(developerMessage, userMessage(status));
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiCall.JSON);
            response.getHeaders().put(ERROR_HEADER, headerValue(developerMessage));
            response.write(true, ByteBuffer.wrap(json.error().write(details).getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        };
    }

    void render(Context ctx, int status, ErrorDetails details, Long retryAfterSeconds) {
        ctx.status(status);
        ctx.header(ERROR_HEADER, headerValue(details.developerMessage()));
        if (retryAfterSeconds != null) {
            ctx.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        ctx.contentType(ApiCall.JSON).result(json.error().writeBytes(details));
    }

    private void renderDomain(ConversationException e, Context ctx) {
        int status = statusOf(e);
        ErrorDetails details = e.details().orElseGet(() -> ErrorDetails.of(e.getMessage(), userMessage(status)));
        Long retryAfter = null;
        if (e instanceof RateLimitedException limited) {
            retryAfter = limited.retryAfter().map(d -> d.toSeconds()).orElse(1L);
        }
        render(ctx, status, details, retryAfter);
    }

    private void renderJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String message;
        if (e instanceof EndpointNotFound) {
            message = "No such path: " + ctx.method() + " " + ApiCall.printable(ctx.path()) + "." + whereTheApiLives(ctx.path());
        } else if (status == 405) {
            String allowed = e.getDetails().getOrDefault("availableMethods", "");
            message = "Method " + ctx.method() + " is not allowed on " + ApiCall.printable(ctx.path())
                    + (allowed.isEmpty() ? "." : "; it accepts " + allowed + ".");
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
        } else if (status == 413) {
            message = "The request body is larger than the limit of " + maxBodyBytes + " bytes.";
        } else {
            message = e.getMessage() == null || e.getMessage().isBlank() ? "HTTP " + status : e.getMessage();
        }
        render(ctx, status, ErrorDetails.of(message, userMessage(status)), null);
    }

    /**
     * For a path outside the API, where the API is: a client configured with the host as its base URL
     * (without {@code /rest/v2}) gets every call answered 404, and this says why.
     */
    static String whereTheApiLives(String path) {
        if (path.startsWith(FakeUltraCart.API_PATH + "/") || path.startsWith("/__")) {
            return "";
        }
        String rest = path;
        for (String partial : new String[] {"/rest", "/v2"}) {
            if (rest.startsWith(partial + "/")) {
                rest = rest.substring(partial.length());
            }
        }
        String suggestion = rest.startsWith("/conversation/") ? " Did you mean " + FakeUltraCart.API_PATH
                + ApiCall.printable(rest) + "?" : "";
        return " The API is served under " + FakeUltraCart.API_PATH + ": a client's base URL is http://HOST:PORT"
                + FakeUltraCart.API_PATH + "." + suggestion;
    }

    static int statusOf(ConversationException e) {
        if (e instanceof InvalidRequestException) {
            return e.statusCode() >= 400 && e.statusCode() < 500 ? e.statusCode() : 400;
        }
        if (e instanceof UnauthorizedException) {
            return 401;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ApplicationDisabledException) {
            return 410;
        }
        if (e instanceof RateLimitedException) {
            return 429;
        }
        return 500;
    }

    static String userMessage(int status) {
        switch (status) {
            case 400:
                return "The request was not valid.";
            case 401:
                return "Authentication is required: a valid API key or OAuth token.";
            case 403:
                return "Access to this resource is denied.";
            case 404:
                return "The requested resource could not be found.";
            case 405:
                return "This method is not supported here.";
            case 409:
                return "The request conflicts with the resource's state.";
            case 410:
                return "The application has been disabled.";
            case 413:
                return "The request is too large.";
            case 414:
                return "The request URI is too long.";
            case 429:
                return "Too many requests: please retry later.";
            case 503:
                return "The service is temporarily unavailable.";
            default:
                return status >= 500 ? "An internal error occurred." : "The request could not be served.";
        }
    }

    /** Header values are ASCII without control characters; the body keeps the full message. */
    static String headerValue(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
