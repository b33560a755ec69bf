package dev.parley.conversation.client;

import java.io.IOException;

/**
 * The credential could not be had for a request. An {@link IOException} only because OkHttp's
 * interceptors may throw nothing else; the client turns it into an
 * {@link dev.parley.conversation.domain.UnauthorizedException} and never retries it.
 */
final class CredentialUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    CredentialUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
