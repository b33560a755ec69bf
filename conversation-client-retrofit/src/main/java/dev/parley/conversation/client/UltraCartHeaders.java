package dev.parley.conversation.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds what every UltraCart request carries: API version, JSON accept, user agent and the credential. */
final class UltraCartHeaders implements Interceptor {
    static final String API_VERSION_HEADER = "X-UltraCart-Api-Version";

    private final Credential credential;
    private final String userAgent;

    UltraCartHeaders(Credential credential, String userAgent) {
        this.credential = credential;
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header(API_VERSION_HEADER, UltraCartConversationClient.API_VERSION)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .header(credential.headerName(), credential.headerValue())
                .build();
        return chain.proceed(request);
    }
}
