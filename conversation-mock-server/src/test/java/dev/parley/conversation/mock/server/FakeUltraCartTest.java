package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import dev.parley.conversation.mock.server.ContractOperations.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The server object: its lifecycle, its settings, and what it serves besides the API. */
class FakeUltraCartTest {

    @Test
    void itServesOnAFreeLoopbackPortUnderRestV2() {
        try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
            assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + fake.port() + "/rest/v2");
            assertThat(fake.port()).isPositive();
        }
    }

    @Test
    void aServerStartedWhilePreparationRunsAnswersItsFirstListingWithTheDemonstrationData() {
        FakeUltraCart.prepareInBackground();
        FakeUltraCart.prepareInBackground();

        try (FakeUltraCart fake = FakeUltraCart.builder().demoData(true).strictValidation(false).start()) {
            JsonNode listing = ContractAssertions.assertOk(new Http(fake).api("GET", "/conversation/conversations")
                    .key(Keys.unique("prepared")).send(), "ConversationsResponse");

            assertThat(listing.path("conversations").size()).isPositive();
            assertThat(listing.path("conversations").findValuesAsText("medium")).contains("sms", "websocket");
        }
    }

    @Test
    void twoServersRunSideBySide() {
        try (FakeUltraCart one = FakeUltraCart.builder().start(); FakeUltraCart two = FakeUltraCart.builder().start()) {
            assertThat(one.port()).isNotEqualTo(two.port());
        }
    }

    @Test
    void aPortInUseIsABindFailure() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FakeUltraCart fake = FakeUltraCart.builder().port(taken.getLocalPort()).build();

            assertThatThrownBy(fake::start)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(BindException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void aServerWhoseRouteCheckFailsAfterJettyStartedReleasesItsPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        FakeUltraCart fake = FakeUltraCart.builder().port(port).routeCheck((routes, contract) -> {
            throw new IllegalStateException("routes are not the contract's");
        }).build();

        assertThatThrownBy(fake::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("contract");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port Jetty had bound is free again").isEqualTo(port);
        }
    }

    @Test
    void aServerStartsOnceAndClosesIdempotently() {
        FakeUltraCart fake = FakeUltraCart.builder().start();

        assertThatThrownBy(fake::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already started");
        fake.close();
        fake.close();
        assertThatThrownBy(fake::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void itsUrlIsKnownOnlyOnceStarted() {
        FakeUltraCart fake = FakeUltraCart.builder().build();

        assertThatThrownBy(fake::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");
    }

    @Test
    void theBuilderRefusesSettingsOutOfRangeNamingThem() {
        assertRefused(b -> b.port(70000), "port must be between 0 and 65535 but was 70000");
        assertRefused(b -> b.host(" "), "host must not be blank");
        assertRefused(b -> b.journalSize(0), "journal size must be between 1 and 1000000 but was 0");
        assertRefused(b -> b.maxBodyBytes(0), "max body bytes must be between 1 and");
        assertRefused(b -> b.maxUploadBytes(-1), "max upload bytes must be between 1 and");
        assertRefused(b -> b.uploadUrlTtl(Duration.ZERO), "upload url ttl must be positive but was PT0S");
        assertRefused(b -> b.publicUrl(URI.create("ftp://example.com")), "public url must be http(s)://HOST[:PORT]");
        assertRefused(b -> b.publicUrl(URI.create("http://example.com/api")), "without path");
    }

    @Test
    void aPublicUrlIsWhereUploadUrlsPoint() {
        try (FakeUltraCart fake = FakeUltraCart.builder().publicUrl(URI.create("https://fake.example:8443/")).start()) {
            Http http = new Http("http://127.0.0.1:" + fake.port());
            JsonNode upload = http.api("GET", "/conversation/upload_url/png").key("k").send().json();

            assertThat(upload.path("conversation_multimedia_upload_url").path("url").asText())
                    .startsWith("https://fake.example:8443/__uploads/");
            assertThat(fake.baseUrl()).isEqualTo("https://fake.example:8443/rest/v2");
        }
    }

    @Test
    void resetForgetsEveryTenant() {
        try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
            FakeTenant tenant = fake.control("k");
            tenant.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
            tenant.addFault(Fault.status(503));
            new Http(fake).api("GET", "/conversation/agent/keepalive").key("other").send();

            fake.reset();

            assertThat(new Http(fake).api("GET", "/conversation/conversations").key("k").send().json()
                    .path("conversations").size()).isZero();
            assertThat(fake.control("other").requests()).isEmpty();
        }
    }

    @Test
    void newTenantsGetTheDemonstrationDataWhenAsked() {
        try (FakeUltraCart fake = FakeUltraCart.builder().demoData(true).start()) {
            JsonNode list = new Http(fake).api("GET", "/conversation/conversations").key("k").send().json();

            assertThat(list.path("conversations").size()).isPositive();
        }
    }

    @Test
    void theContractIsServedNamingThisServer() {
        try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
            Reply reply = new Http(fake).to("GET", new Http(fake).root() + "/openapi.json").send();

            JsonNode document = reply.json();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo(fake.baseUrl());
            assertThat(document.path("paths").size()).isEqualTo(12);
            assertThat(document.path("components").path("schemas").has("ConversationStartRequest")).isTrue();
        }
    }

    @Test
    void everyOperationOfTheContractIsRouted() {
        try (FakeUltraCart fake = FakeUltraCart.builder().start()) {
            Http http = new Http(fake);
            int operations = 0;
            for (Operation operation : ContractOperations.get().operations()) {
                String path = operation.path();
                for (Parameter parameter : operation.parameters()) {
                    path = path.replace("{" + parameter.name() + "}", parameter.type().equals("integer") ? "0" : "x");
                }
                Reply reply = http.api(operation.method(), path).key("k").send();

                assertThat(reply.status()).as("%s %s", operation.method(), path).isNotEqualTo(405).isLessThan(500);
                assertThat(String.valueOf(reply.header(ErrorResponses.ERROR_HEADER))).as("%s %s", operation.method(), path)
                        .doesNotContain("No such path");
                operations++;
            }
            assertThat(operations).isEqualTo(13);
        }
    }

    private static void assertRefused(UnaryOperator<FakeUltraCart.Builder> setting, String message) {
        assertThatThrownBy(() -> setting.apply(FakeUltraCart.builder()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
