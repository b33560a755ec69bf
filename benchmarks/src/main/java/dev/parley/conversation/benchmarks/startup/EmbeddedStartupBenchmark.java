package dev.parley.conversation.benchmarks.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.parley.conversation.benchmarks.http.Fixture;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Embedded start to first answer in a warm JVM, as in a test suite that starts a server per test class:
 * build and start the server, give it one conversation (the fake through its Java control plane,
 * WireMock through one stub with the fake's recorded listing), and get a 200 for the listing.
 * Stopping is outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 40)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class EmbeddedStartupBenchmark {

    private static final String LIST = "/rest/v2/conversation/conversations?_limit=50";

    /** A recorded listing, served by WireMock's stub. */
    @Param("")
    public String listing;

    private HttpClient http;
    private byte[] listingBody;
    private FakeUltraCart fake;
    private WireMockServer wireMock;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        http = HttpClient.newHttpClient();
        listingBody = Files.readAllBytes(Path.of(listing));
    }

    @Benchmark
    public int fake() throws IOException, InterruptedException {
        fake = FakeUltraCart.builder().start();
        fake.control(Fixture.KEY).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:bench:customer/+15125550100"), "Ada", "Where is my order?");
        return firstAnswer(fake.baseUrl().replace("/rest/v2", "") + LIST);
    }

    @Benchmark
    public int wireMock() throws IOException, InterruptedException {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        wireMock.stubFor(get(urlEqualTo(LIST)).withHeader("x-ultracart-simple-key", equalTo(Fixture.KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(listingBody)));
        return firstAnswer("http://127.0.0.1:" + wireMock.port() + LIST);
    }

    @TearDown(Level.Invocation)
    public void stop() {
        if (fake != null) {
            fake.close();
            fake = null;
        }
        if (wireMock != null) {
            wireMock.stop();
            wireMock = null;
        }
    }

    private int firstAnswer(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("x-ultracart-simple-key", Fixture.KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("expected 200 but was " + response.statusCode() + " from " + url);
        }
        return response.statusCode();
    }
}
