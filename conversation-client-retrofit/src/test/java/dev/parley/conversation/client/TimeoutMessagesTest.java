package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.ok;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A timeout's message says which of the four timeouts fired, and how long it was. */
class TimeoutMessagesTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void aConnectTimeoutSaysItWasConnecting() {
        var client = client(sockets(() -> new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws SocketTimeoutException {
                // what the JDK throws when the connection is not made within the connect timeout
                throw new SocketTimeoutException("Connect timed out");
            }
        })).connectTimeout(Duration.ofMillis(1500)).build();

        assertThatThrownBy(client::keepAlive).isInstanceOf(TransportException.class)
                .hasMessage("GET /conversation/agent/keepalive timed out: the connect timeout (1500 ms) passed while connecting");
    }

    @Test
    void aWriteTimeoutSaysItWasSendingTheRequest() {
        var client = client(sockets(StallingSocket::new)).writeTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(client::keepAlive).isInstanceOf(TransportException.class)
                .hasMessage("GET /conversation/agent/keepalive timed out: the write timeout (300 ms) passed while sending the request");
    }

    @Test
    void aReadTimeoutSaysItWasWaitingForTheAnswer() {
        server.enqueue(ok("{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        var client = client(SocketFactory.getDefault()).readTimeout(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> client.getWebchatContext(ConversationId.of("c-1"))).isInstanceOf(TransportException.class)
                .hasMessage("PUT /conversation/conversations/c-1/context timed out: the read timeout (200 ms) passed while"
                        + " waiting for the answer");
    }

    @Test
    void aCallTimeoutWhileTheBodyArrivesSaysTheWholeExchangeTookTooLong() {
        server.enqueue(ok("{}").newBuilder().bodyDelay(2, TimeUnit.SECONDS).build());
        var client = client(SocketFactory.getDefault()).callTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> client.getWebchatContext(ConversationId.of("c-1"))).isInstanceOf(TransportException.class)
                .hasMessage("PUT /conversation/conversations/c-1/context timed out: the call timeout (300 ms) passed"
                        + " before the exchange was complete");
    }

    @Test
    void aCallTimeoutBeforeTheAnswerSaysSoToo() {
        server.enqueue(ok("{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        var client = client(SocketFactory.getDefault()).callTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(client::keepAlive).isInstanceOf(TransportException.class)
                .hasMessage("GET /conversation/agent/keepalive timed out: the call timeout (300 ms) passed before the"
                        + " exchange was complete");
    }

    private UltraCartConversationClient.Builder client(SocketFactory sockets) {
        return Scripted.client(server, new Scripted.RecordingSleeper())
                .okHttpClient(new OkHttpClient.Builder().socketFactory(sockets).build())
                .retryPolicy(RetryPolicy.none());
    }

    private static SocketFactory sockets(Supplier<Socket> socket) {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return socket.get();
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A connected socket whose writes never get through: each blocks until the socket is closed. */
    private static final class StallingSocket extends Socket {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public OutputStream getOutputStream() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    stall();
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    stall();
                }
            };
        }

        private void stall() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SocketException("Socket closed");
        }

        @Override
        public synchronized void close() throws IOException {
            closed.countDown();
            super.close();
        }
    }
}
