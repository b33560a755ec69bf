package dev.parley.conversation.mock.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.LoggerFactory;

/**
 * An application that embeds the fake, run in a JVM of its own by {@link EmbeddedLoggingTest} with SLF4J's
 * simple logger at INFO: it logs one line of its own (proof that INFO reaches the log), then starts the fake,
 * sends it a request, and stops it.
 */
final class EmbeddedLoggingProbe {
    private EmbeddedLoggingProbe() {
    }

    public static void main(String[] args) throws Exception {
        LoggerFactory.getLogger("application").info("the application's own line");
        try (FakeUltraCart fake = FakeUltraCart.builder().demoData(true).start()) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/conversation/conversations?_limit=1"))
                            .header("x-ultracart-simple-key", "probe-key").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the fake answered " + answer.statusCode());
            }
        }
        System.out.println("probe done");
    }
}
