package dev.parley.conversation.mock.junit510;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.BaseUrl;
import dev.parley.conversation.mock.junit5.FakeUltraCartTest;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @FakeUltraCartTest} on JUnit 5.10, which has no {@code ExtensionContext.getEnclosingTestClasses()}:
 * the server starts, is injected, keeps what {@code @BeforeAll} seeded for the first test, resets before
 * the later ones, and a {@code @Nested} class finds its outer class's settings.
 */
@FakeUltraCartTest(resetBetweenTests = true, strictValidation = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotatedOnJUnit510Test {
    private static final String KEY = "junit510-key";

    @BeforeAll
    static void seed(FakeUltraCart fake) {
        fake.control(KEY).customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
    }

    @Test
    @Order(1)
    void theFirstTestSeesWhatBeforeAllSeeded(FakeUltraCart fake, @BaseUrl String baseUrl) {
        assertThat(baseUrl).isEqualTo(fake.baseUrl());
        assertThat(get(baseUrl + "/conversation/conversations")).contains("conversation_uuid");
    }

    @Test
    @Order(2)
    void aLaterTestStartsFromNothingAndTheAnnotationsSettingsApply(@BaseUrl URI baseUrl) {
        assertThat(get(baseUrl + "/conversation/conversations")).doesNotContain("conversation_uuid");
        assertThat(get(baseUrl + "/conversation/conversations?colour=red")).as("lenient: the parameter is ignored")
                .contains("\"success\":true");
        seedAgain(baseUrl);
    }

    @Nested
    class Inner {
        @Test
        void aNestedTestSharesTheServerAndItsSettings(FakeUltraCart fake) {
            assertThat(get(fake.baseUrl() + "/conversation/conversations")).as("reset before this test too")
                    .doesNotContain("conversation_uuid");
            assertThat(get(fake.baseUrl() + "/conversation/conversations?colour=red")).contains("\"success\":true");
        }
    }

    private static void seedAgain(URI baseUrl) {
        HttpRequest start = HttpRequest.newBuilder(URI.create(baseUrl + "/conversation/conversations"))
                .header("x-ultracart-simple-key", KEY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"add_conversation_participant_arns\":[\"arn:customer:2\"]}"))
                .build();
        send(start);
    }

    static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("x-ultracart-simple-key", KEY).build());
    }

    private static String send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
