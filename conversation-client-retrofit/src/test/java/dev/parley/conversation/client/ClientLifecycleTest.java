package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.noContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A client closes what it created (dispatcher threads, pooled connections) and never what it was given. */
class ClientLifecycleTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void closingReleasesTheDispatcherAndConnectionsTheClientCreated() {
        server.enqueue(noContent());
        UltraCartConversationClient client = Scripted.client(server);
        client.keepAlive();
        OkHttpClient own = client.okHttp();
        assertThat(own.connectionPool().connectionCount()).isEqualTo(1);

        client.close();

        assertThat(own.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(own.connectionPool().connectionCount()).isZero();
    }

    @Test
    void closingLeavesAGivenOkHttpClientWorking() {
        OkHttpClient shared = new OkHttpClient();
        server.enqueue(noContent());
        server.enqueue(noContent());
        UltraCartConversationClient first = Scripted.client(server, new Scripted.RecordingSleeper())
                .okHttpClient(shared).build();
        first.keepAlive();

        first.close();

        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
        Scripted.client(server, new Scripted.RecordingSleeper()).okHttpClient(shared).build().keepAlive();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aClosedClientRefusesCallsWithoutSendingThem() {
        UltraCartConversationClient client = Scripted.client(server);

        client.close();
        client.close();

        assertThatThrownBy(client::keepAlive)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(client + " is closed");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void tryWithResourcesClosesTheClient() {
        OkHttpClient own;
        try (UltraCartConversationClient client = Scripted.client(server)) {
            own = client.okHttp();
        }

        assertThat(own.dispatcher().executorService().isShutdown()).isTrue();
    }
}
