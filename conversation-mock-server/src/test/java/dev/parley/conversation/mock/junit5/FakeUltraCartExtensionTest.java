package dev.parley.conversation.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The two ways to run the fake in JUnit 5 tests, each run here on a fixture class through JUnit's
 * test kit: which server each test gets, what it is given, and when the server stops.
 */
class FakeUltraCartExtensionTest {
    private static final String KEY = "extension-key";
    static final List<FakeUltraCart> SEEN = new CopyOnWriteArrayList<>();
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    @Test
    void theAnnotationStartsOneServerPerClassAndInjectsItAndItsBaseUrl() {
        Events tests = run(AnnotatedFixture.class);

        tests.assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(SEEN).hasSize(3);
        assertThat(SEEN).allSatisfy(fake -> assertThat(fake).isSameAs(SEEN.get(0)));
        assertThat(URLS).containsOnly(SEEN.get(0).baseUrl());
        assertStopped(SEEN.get(0));
    }

    @Test
    void theAnnotationPassesItsSettingsToTheServer() {
        run(DemoDataFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aStaticExtensionFieldSharesOneServerPerClassAndCanResetItBetweenTests() {
        Events tests = run(StaticFieldFixture.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertStopped(SEEN.get(0));
    }

    @Test
    void anInstanceExtensionFieldStartsOneServerPerTest() {
        Events tests = run(InstanceFieldFixture.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
        assertStopped(SEEN.get(0));
        assertStopped(SEEN.get(1));
    }

    @Test
    void theBuilderRefusesInvalidServerSettings() {
        assertThatThrownBy(() -> FakeUltraCartExtension.builder().options(FakeUltraCart.builder().port(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    private static Events run(Class<?> fixture) {
        SEEN.clear();
        URLS.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
    }

    private static void assertStopped(FakeUltraCart fake) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/conversation/conversations")).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()))
                .as("the server at %s is stopped", fake.baseUrl())
                .isInstanceOf(IOException.class);
    }

    @FakeUltraCartTest
    static class AnnotatedFixture {
        @Test
        void first(FakeUltraCart fake, @BaseUrl String baseUrl) {
            SEEN.add(fake);
            URLS.add(baseUrl);
        }

        @Test
        void second(FakeUltraCart fake, @BaseUrl URI baseUrl) {
            SEEN.add(fake);
            URLS.add(baseUrl.toString());
        }

        @Nested
        class Inner {
            @Test
            void sharesTheOuterClassServer(FakeUltraCart fake) {
                SEEN.add(fake);
            }
        }
    }

    @FakeUltraCartTest(demoData = true)
    static class DemoDataFixture {
        @Test
        void newTenantsHaveTheDemonstrationData(FakeUltraCart fake) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/conversation/conversations"))
                    .header("x-ultracart-simple-key", KEY).build();
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).contains("conversation_uuid");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticFieldFixture {
        @RegisterExtension
        static FakeUltraCartExtension fake = FakeUltraCartExtension.builder().resetBetweenTests(true).build();

        @Test
        @Order(1)
        void writes() {
            SEEN.add(fake.fake());
            fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
        }

        @Test
        @Order(2)
        void startsFromNothingAfterTheReset(FakeUltraCart injected) {
            SEEN.add(injected);
            assertThat(injected).isSameAs(fake.fake());
            assertThat(fake.control(KEY).requests()).isEmpty();
            assertThat(fake.control(KEY).now()).isNotNull();
            assertThat(conversations(fake.baseUrl())).doesNotContain("conversation_uuid");
        }
    }

    static class InstanceFieldFixture {
        @RegisterExtension
        FakeUltraCartExtension fake = FakeUltraCartExtension.builder().build();

        @Test
        void first(FakeUltraCart injected) {
            SEEN.add(injected);
            assertThat(injected).isSameAs(fake.fake());
        }

        @Test
        void second() {
            SEEN.add(fake.fake());
        }
    }

    private static String conversations(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/conversation/conversations"))
                    .header("x-ultracart-simple-key", KEY).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
