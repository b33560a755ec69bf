package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ErrorDetails;

/**
 * An answer in UltraCart's error shape, thrown from anywhere in a request and rendered by
 * {@link ErrorResponses}: the status, the {@code UC-REST-ERROR} header and an {@code ErrorResponse} body.
 */
final class UltraCartError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ErrorDetails details;
    private final Long retryAfterSeconds;

    private UltraCartError(int status, ErrorDetails details, Long retryAfterSeconds) {
        super(details.developerMessage(), null, false, false);
        this.status = status;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static UltraCartError of(int status, String developerMessage, String userMessage) {
        return new UltraCartError(status, ErrorDetails.of(developerMessage, userMessage), null);
    }

    /** 400: what the client sent cannot be served; the message names the bad value. */
    static UltraCartError badRequest(String developerMessage) {
        return of(400, developerMessage, "The request was not valid.");
    }

    static UltraCartError unauthorized(String developerMessage) {
        return of(401, developerMessage, "Authentication is required: a valid API key or OAuth token.");
    }

    static UltraCartError notFound(String developerMessage) {
        return of(404, developerMessage, "The requested resource could not be found.");
    }

    static UltraCartError withDetails(int status, ErrorDetails details, Long retryAfterSeconds) {
        return new UltraCartError(status, details, retryAfterSeconds);
    }

    int status() {
        return status;
    }

    ErrorDetails details() {
        return details;
    }

    /** The {@code Retry-After} seconds to send, or null for none. */
    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
