package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's live side, in a real Chromium against the embedded fake: the page follows the merchant
 * through the realtime channel (an agent JWT from operation 2, presented as query parameter), falls back
 * to polling when its socket drops and says which; the customer's typing and the control plane's
 * delivery statuses and closing reach an agent's socket.
 */
class ConsoleLiveBrowserTest {

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private static ConsoleBrowser browser;

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("console-live-" + UUID.randomUUID());

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = ConsoleBrowser.start();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void whatAnAgentTypesAndSendsOnTheRealtimeChannelAppearsInThePageWithoutAReload() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550116"), "Robin", "Anyone there?");
        assertThat(http.api("PUT", "/conversation/conversations/" + id.value() + "/join").key(key).send().status()).isEqualTo(204);
        browser.open(fake, key);
        browser.untilText("live-indicator", "Live: websocket");
        browser.clickShown("#conversation-list .conversation-row", "Robin");
        browser.untilShown("#messages .message .body", "Anyone there?");
        browser.script("window.sameDocument = true");

        try (AgentSocket agent = AgentSocket.connect(http, key)) {
            agent.send("{\"type\":\"event\",\"event_type\":\"typing\",\"conversation_uuid\":\"" + id.value()
                    + "\",\"event_typing\":{\"value\":\"Yes\"}}");
            browser.untilText("typing", "is typing");
            agent.send("{\"type\":\"message\",\"conversation_uuid\":\"" + id.value()
                    + "\",\"message\":{\"body\":\"Yes, Robin: how can I help?\",\"client_message_id\":\"c-1\"}}");
            browser.untilShown("#messages .message.from-agent .body", "Yes, Robin: how can I help?");
            browser.untilShown("#conversation-list .conversation-row", "Yes, Robin: how can I help?");
        }
        assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);
        browser.tab("requests");
        // A frame's summary: whether it was valid, its type and its conversation (the text opens below).
        browser.untilShown("#frame-rows li", "valid message " + id.value());
    }

    @Test
    void theCustomerTypesAsThePersonWritesAndTheAgentMessageMovesThroughDeliveryStatusesAndTheConversationCloses() {
        ParticipantArn robin = ParticipantArn.of("arn:customer:+15125550117");
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null, robin, "Robin", "Is it here yet?");
        tenant.addMessage(id, tenant.agentArn(), tenant.agentName(), "It left the warehouse this morning.");
        browser.open(fake, key);
        browser.clickShown("#conversation-list .conversation-row", "Robin");
        browser.untilShown("#messages .message.from-agent", "It left the warehouse");

        try (AgentSocket agent = AgentSocket.connect(http, key)) {
            browser.driver().findElement(By.id("composer-text")).sendKeys("Thanks");
            JsonNode typing = agent.await("the customer typing", f -> "typing".equals(f.path("event_type").asText()));
            assertThat(typing.path("event_typing").path("author_conversation_participant_arn").asText()).isEqualTo(robin.value());

            // Found again: the page may have re-rendered the message meanwhile.
            WebElement message = browser.untilShown("#messages .message.from-agent", "It left the warehouse");
            new Select(message.findElement(By.tagName("select"))).selectByValue("TWILIO_ERROR");
            message.findElement(By.cssSelector("form.deliver button")).click();
            browser.untilShown("#messages .message.from-agent .delivery", "Robin: TWILIO_ERROR");
            JsonNode updated = agent.await("the updated message", f -> "updated message".equals(f.path("event_type").asText()));
            assertThat(updated.path("event_updated_message").path("transport_statuses").toString()).contains("TWILIO_ERROR");

            browser.click("#close-conversation");
            browser.untilText("detail-meta", "Closed");
            agent.await("the closed conversation", f -> "conversation closed".equals(f.path("event_type").asText()));
        }
        assertThat(http.api("GET", "/conversation/conversations/" + id.value()).key(key).send().json()
                .path("conversation").path("closed").asBoolean()).isTrue();
    }

    @Test
    void whenItsSocketIsDroppedThePageSaysItPollsAndThenComesBackLive() {
        browser.open(fake, key);
        browser.untilText("live-indicator", "Live: websocket");
        browser.script("window.modes = []; new MutationObserver(() => window.modes.push("
                + "document.getElementById('live-indicator').dataset.mode)).observe("
                + "document.getElementById('live-indicator'), {attributes: true})");
        browser.tab("faults");
        new Select(browser.driver().findElement(By.id("fault-kind"))).selectByValue("sockets");
        browser.click("#fault-form button[type=submit]");

        browser.until(d -> browser.script("return window.modes.includes('polling')").equals(Boolean.TRUE));
        browser.until(d -> browser.script("return window.modes[window.modes.length - 1] === 'websocket'").equals(Boolean.TRUE));
        assertThat(browser.driver().findElement(By.id("live-indicator")).getText()).isEqualTo("Live: websocket");
    }
}
