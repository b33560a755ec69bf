package dev.parley.conversation.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request and response logging through SLF4J, at DEBUG on the logger
 * {@code dev.parley.conversation.client.http}. Credential headers show as redacted by OkHttp's
 * logging interceptor; every line is also scrubbed of JWTs, signed URL queries and the credential
 * of the request being logged, in case a server echoes it in a header or body.
 */
final class HttpLog implements Interceptor {
    static final String LOGGER_NAME = "dev.parley.conversation.client.http";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final HttpLoggingInterceptor delegate;
    // OkHttp runs a network interceptor, and so its log lines, on the thread of the exchange.
    private final ThreadLocal<Request> logging = new ThreadLocal<>();

    private HttpLog(HttpLoggingInterceptor.Level level) {
        this.delegate = new HttpLoggingInterceptor(this::log);
        delegate.redactHeader(Credential.SIMPLE_KEY_HEADER);
        delegate.redactHeader(Credential.AUTHORIZATION_HEADER);
        delegate.redactHeader("Cookie");
        delegate.redactHeader("Set-Cookie");
        delegate.redactQueryParams("jwt");
        delegate.setLevel(level);
    }

    /** A network interceptor logging at this level, or {@code null} for {@link UltraCartConversationClient.HttpLogging#NONE}. */
    static Interceptor at(UltraCartConversationClient.HttpLogging level) {
        return switch (level) {
            case NONE -> null;
            case BASIC -> new HttpLog(HttpLoggingInterceptor.Level.BASIC);
            case HEADERS -> new HttpLog(HttpLoggingInterceptor.Level.HEADERS);
            case BODY -> new HttpLog(HttpLoggingInterceptor.Level.BODY);
        };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(chain.request());
        }
        logging.set(chain.request());
        try {
            return delegate.intercept(chain);
        } finally {
            logging.remove();
        }
    }

    private void log(String line) {
        LOG.debug(Redaction.scrub(line, logging.get()));
    }
}
