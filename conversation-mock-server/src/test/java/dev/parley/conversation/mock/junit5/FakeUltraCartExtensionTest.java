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
import org.junit.jupiter.api.BeforeAll;
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
    void eachAnnotationAttributeReachesTheServer() {
        Events tests = run(EveryAttributeFixture.class);

        tests.assertStatistics(stats -> stats.started(4).succeeded(4));
    }

    @Test
    void theAnnotationsDefaultsAreTheEmbeddedServersDefaults() {
        Events tests = run(DefaultAttributesFixture.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void resetBetweenTestsKeepsWhatBeforeAllSeededForTheFirstTestAndEmptiesTheServerBeforeEachLaterOne() {
        Events annotated = run(ResetAnnotatedFixture.class);
        Events registered = run(ResetRegisteredFixture.class);

        annotated.assertStatistics(stats -> stats.started(3).succeeded(3));
        registered.assertStatistics(stats -> stats.started(2).succeeded(2));
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

    @FakeUltraCartTest(demoData = true, seed = 42, strictValidation = false, journalSize = 2)
    static class EveryAttributeFixture {
        @Test
        void demoDataAndSeed(FakeUltraCart fake) {
            try (FakeUltraCart same = FakeUltraCart.builder().demoData(true).seed(42).start();
                 FakeUltraCart other = FakeUltraCart.builder().demoData(true).seed(43).start()) {
                String seeded = demoSummaries(fake);
                assertThat(seeded).contains("conversation_uuid");
                assertThat(seeded).isEqualTo(demoSummaries(same)).isNotEqualTo(demoSummaries(other));
            }
        }

        @Test
        void lenientValidation(FakeUltraCart fake) {
            assertThat(status(fake.baseUrl() + "/conversation/conversations?colour=red")).isEqualTo(200);
        }

        @Test
        void journalSize(FakeUltraCart fake) {
            for (int i = 0; i < 3; i++) {
                status(fake.baseUrl() + "/conversation/conversations?_limit=" + (i + 1));
            }
            assertThat(fake.control(KEY).requests()).extracting(r -> r.query()).containsExactly("_limit=2", "_limit=3");
        }

        @Test
        void noResetBetweenTestsUnlessAsked(FakeUltraCart fake) {
            assertThat(fake.control(KEY).requests()).as("the journal of the tests before").isNotEmpty();
        }
    }

    @FakeUltraCartTest
    static class DefaultAttributesFixture {
        @Test
        void noDemoData(FakeUltraCart fake) {
            assertThat(conversations(fake.baseUrl())).doesNotContain("conversation_uuid");
        }

        @Test
        void strictValidation(FakeUltraCart fake) {
            assertThat(status(fake.baseUrl() + "/conversation/conversations?colour=red")).isEqualTo(400);
        }
    }

    @FakeUltraCartTest(resetBetweenTests = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetAnnotatedFixture {
        @BeforeAll
        static void seed(FakeUltraCart fake) {
            fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
        }

        @Test
        @Order(1)
        void firstSeesWhatBeforeAllSeeded(FakeUltraCart fake) {
            assertThat(conversations(fake.baseUrl())).contains("conversation_uuid");
            fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:2"), "Bo", "hi");
        }

        @Test
        @Order(2)
        void secondStartsFromNothing(FakeUltraCart fake) {
            assertThat(conversations(fake.baseUrl())).doesNotContain("conversation_uuid");
            fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:3"), "Cy", "hi");
        }

        @Test
        @Order(3)
        void thirdStartsFromNothingToo(FakeUltraCart fake) {
            assertThat(conversations(fake.baseUrl())).doesNotContain("conversation_uuid");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetRegisteredFixture {
        @RegisterExtension
        static FakeUltraCartExtension fake = FakeUltraCartExtension.builder().resetBetweenTests(true).build();

        @BeforeAll
        static void seed() {
            fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
        }

        @Test
        @Order(1)
        void firstSeesWhatBeforeAllSeeded() {
            assertThat(conversations(fake.baseUrl())).contains("conversation_uuid");
        }

        @Test
        @Order(2)
        void secondStartsFromNothing() {
            assertThat(conversations(fake.baseUrl())).doesNotContain("conversation_uuid");
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

    private static String demoSummaries(FakeUltraCart fake) {
        // The demonstration data is dated up to the tenant's clock: compare what does not move with it.
        return conversations(fake.baseUrl()).replaceAll("\"[a-z_]*(dts|epoch)\":(\"[^\"]*\"|[0-9]+)", "");
    }

    private static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("x-ultracart-simple-key", KEY).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
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
