package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console at {@code /__console}, in a real Chromium against the embedded fake: what a person does in
 * the page reaches the fake, what the fake holds shows in the page, and nothing a customer wrote runs as
 * markup.
 */
class ConsoleBrowserTest {
    private static final String XSS = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private static ConsoleBrowser browser;

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = dev.parley.conversation.mock.server.Keys.unique("console-" + UUID.randomUUID());

    @BeforeEach
    void startBrowser() {
        // Each test, not the class, is skipped on request: the report then lists every rule not verified.
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
    void aMessageWrittenAsTheCustomerIsWhatGetMessagesReturns() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550111"), "Casey", "Hello?");
        browser.open(fake, key);

        browser.clickShown("#conversation-list .conversation-row", "Casey");
        browser.untilText("composer-label", "Casey (SMS)");
        browser.driver().findElement(By.id("composer-text")).sendKeys("Has my order shipped?");
        browser.click("#composer button[type=submit]");
        browser.untilShown("#messages .message .body", "Has my order shipped?");

        Reply reply = http.api("GET", "/conversation/conversations/" + id.value() + "/messages/0").key(key).send();
        assertThat(reply.status()).isEqualTo(200);
        List<String> written = new ArrayList<>();
        for (JsonNode message : reply.json().path("conversation_messages")) {
            written.add(message.path("author_conversation_participant_arn").asText() + ": " + message.path("body").asText());
        }
        assertThat(written).containsExactly("arn:customer:+15125550111: Hello?",
                "arn:customer:+15125550111: Has my order shipped?");
    }

    @Test
    void aFaultAddedInThePageIsWhatAnApiClientGetsAndItsCountGoesDown() {
        browser.open(fake, key);
        browser.tab("faults");
        new Select(browser.driver().findElement(By.id("fault-kind"))).selectByValue("429");
        WebElement retry = browser.driver().findElement(By.id("fault-retry"));
        retry.clear();
        retry.sendKeys("7");
        browser.driver().findElement(By.id("fault-path")).sendKeys("/rest/v2/conversation/conversations");
        browser.click("#fault-form button[type=submit]");
        browser.untilShown("#fault-rows tr", "Answer 429 with Retry-After: 7");
        browser.untilShown("#fault-rows tr", "any method /rest/v2/conversation/conversations");
        browser.untilShown("#fault-rows tr", "1 of 1");

        Reply refused = http.api("GET", "/conversation/conversations").key(key).send();
        Reply served = http.api("GET", "/conversation/conversations").key(key).send();

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("7");
        assertThat(served.status()).isEqualTo(200);
        browser.untilShown("#fault-rows tr", "No active fault");
    }

    @Test
    void markupWrittenByACustomerIsShownAsTextAndNeverRuns() {
        fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550112"), "<b>Mallory</b>", XSS);
        browser.open(fake, key);

        browser.untilShown("#conversation-list .conversation-row", "<b>Mallory</b>: " + XSS);
        browser.clickShown("#conversation-list .conversation-row", "<b>Mallory</b>");
        WebElement body = browser.untilShown("#messages .message .body", XSS);

        assertThat(body.getText()).isEqualTo(XSS);
        assertThat(browser.driver().findElements(By.cssSelector("#main img, #main b"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theCredentialIsInNoUrlThePageRequestsNorInTheJournal() {
        FakeTenant tenant = fake.control(key);
        tenant.customerStartsConversation(Medium.WEBSOCKET, dev.parley.conversation.domain.QueueName.of("support"),
                ParticipantArn.of("arn:customer:kim"), "Kim", "Is this in stock?");
        browser.open(fake, key);
        browser.clickShown("#conversation-list .conversation-row", "Kim");
        browser.untilShown("#messages .message .body", "Is this in stock?");
        browser.tab("queues");
        browser.untilShown("#queues .queue h3", "support");
        browser.tab("requests");
        browser.untilShown("#request-rows li", "No request matches");
        browser.click("#request-hide-console");
        browser.untilShown("#request-rows li", "getConversations");

        List<String> urls = browser.requestedUrls();
        assertThat(urls).anyMatch(url -> url.contains("/rest/v2/conversation/conversations"));
        assertThat(urls).noneMatch(url -> url.contains(key) || url.contains(URLEncoder.encode(key, StandardCharsets.UTF_8)));
        assertThat(tenant.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.path() + "?" + request.query()).doesNotContain(key);
            assertThat(request.headers().get("x-ultracart-simple-key")).isEqualTo("****");
        });
        assertThat(browser.driver().findElement(By.id("request-rows")).getText()).doesNotContain(key);
        assertThat(browser.script("return document.cookie + JSON.stringify(localStorage)")).isEqualTo("{}");
    }

    @Test
    void anUploadedImageIsShownInlineAndOtherMediaAsALink() {
        FakeTenant tenant = fake.control(key);
        ConversationId id = tenant.customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550115"), "Pat", "Photo of the damage coming");
        String image = upload("png", "image/png", Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        String invoice = upload("pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        tenant.addMessage(id, ParticipantArn.of("arn:customer:+15125550115"), "Pat", "Here it is",
                List.of(UploadKey.of(image), UploadKey.of(invoice)));
        browser.open(fake, key);

        browser.clickShown("#conversation-list .conversation-row", "Pat");
        browser.untilShown("#messages .message .body", "Here it is");

        WebElement picture = browser.until(d -> d.findElement(By.cssSelector("#messages .media img")));
        assertThat(picture.getAttribute("src")).endsWith("/__uploads/" + image);
        browser.until(d -> ((Number) browser.script("return arguments[0].naturalWidth", picture)).intValue() == 1);
        WebElement link = browser.untilShown("#messages .media a", "Media: " + invoice);
        assertThat(link.getAttribute("href")).endsWith("/__uploads/" + invoice);
    }

    @Test
    void aCustomerStartsAWebchatInAQueueWithAFirstMessageAndAnotherWaitsInThatQueue() {
        browser.open(fake, key);
        browser.tab("start");
        browser.click("input[name='start-medium'][value='websocket']");
        replace("start-queue", "vip");
        replace("start-name", "Noor");
        replace("start-message", "Do you gift wrap?");
        browser.click("#start-form button[type=submit]");
        browser.untilShown("#messages .message .body", "Do you gift wrap?");
        browser.tab("queues");
        replace("entry-queue", "vip");
        replace("entry-name", "Lee");
        replace("entry-question", "Where is the nearest store?");
        browser.click("#queue-entry-form button[type=submit]");
        browser.untilShown("#queues .queue[data-queue='vip']", "Where is the nearest store?");

        JsonNode conversations = http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations");
        assertThat(conversations).hasSize(1);
        assertThat(conversations.get(0).path("medium").asText()).isEqualTo("websocket");
        assertThat(conversations.get(0).path("last_conversation_message_body").asText()).isEqualTo("Do you gift wrap?");
        JsonNode queue = http.api("GET", "/conversation/conversations/queues/statuses").key(key).send().json()
                .path("queue_statuses").get(0);
        assertThat(queue.path("queue_name").asText()).isEqualTo("vip");
        assertThat(queue.path("queue_entries").findValuesAsText("conversation_participant_name")).contains("Lee");
    }

    @Test
    void theWebchatContextEditedInThePageIsWhatTheAgentReads() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.WEBSOCKET,
                dev.parley.conversation.domain.QueueName.of("support"), ParticipantArn.of("arn:customer:webchat-ivy"), "Ivy",
                "Which size should I take?");
        browser.open(fake, key);
        browser.clickShown("#conversation-list .conversation-row", "Ivy");
        browser.click("#context-panel summary");
        replace("ctx-url", "https://shop.example/boots/alpine");
        replace("ctx-utm-source", "newsletter");
        browser.click("#ctx-add-page");
        browser.driver().findElement(By.cssSelector("#ctx-pages .pv-url")).sendKeys("https://shop.example/boots");
        browser.click("#ctx-add-item");
        browser.driver().findElement(By.cssSelector("#ctx-items .it-id")).sendKeys("BOOT-42");
        replace("ctx-currency", "EUR");
        browser.driver().findElement(By.cssSelector("#ctx-items .it-cost")).sendKeys("129.5");
        replace("ctx-coupons", "WINTER10, FREESHIP");
        replace("ctx-total", "116.55");
        browser.click("#context-form button[type=submit]");
        browser.untilText("notice", "The webchat context is saved.");

        JsonNode context = http.api("PUT", "/conversation/conversations/" + id.value() + "/context").key(key).send().json();
        assertThat(context.path("current_url").asText()).isEqualTo("https://shop.example/boots/alpine");
        assertThat(context.path("session_utm").path("utm_source").asText()).isEqualTo("newsletter");
        assertThat(context.path("page_view").get(0).path("url").asText()).isEqualTo("https://shop.example/boots");
        JsonNode cart = context.path("cart");
        assertThat(cart.path("items").get(0).path("item_id").asText()).isEqualTo("BOOT-42");
        assertThat(cart.path("items").get(0).path("unit_cost").path("value").asDouble()).isEqualTo(129.5);
        assertThat(cart.path("coupons").findValuesAsText("coupon_code")).containsExactly("WINTER10", "FREESHIP");
        assertThat(cart.path("summary").path("total").path("value").asDouble()).isEqualTo(116.55);
        assertThat(cart.path("summary").path("total").path("currency_code").asText()).isEqualTo("EUR");
    }

    @Test
    void theDemonstrationDataIsLoadedAtOnceButResetAsksFirst() {
        browser.open(fake, key);
        browser.tab("clock");
        browser.click("#demo-form button[type=submit]");
        browser.untilText("notice", "The demonstration data is loaded.");
        int loaded = http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations").size();
        assertThat(loaded).isPositive();

        browser.click("#reset");
        browser.click("#reset-no");
        assertThat(http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations")).hasSize(loaded);
        browser.click("#reset");
        browser.click("#reset-yes");
        browser.untilText("notice", "The merchant is empty.");

        assertThat(http.api("GET", "/conversation/conversations").key(key).send().json().path("conversations")).isEmpty();
    }

    @Test
    void theClockIsSetAndAdvancedFromThePage() {
        browser.open(fake, key);
        browser.tab("clock");
        replace("clock-set", "2031-12-24T09:00:00.000Z");
        browser.click("#clock-set-form button[type=submit]");
        browser.untilText("clock-big", "2031-12-24 09:00");
        replace("clock-advance", "2");
        new Select(browser.driver().findElement(By.id("clock-unit"))).selectByValue("86400000");
        browser.click("#clock-advance-form button[type=submit]");
        browser.untilText("clock-big", "2031-12-26 09:0");

        assertThat(fake.control(key).now()).isBetween(java.time.Instant.parse("2031-12-26T09:00:00Z"),
                java.time.Instant.parse("2031-12-26T09:10:00Z"));
    }

    @Test
    void aConversationClosedInThePageIsClosedForTheAgent() {
        ConversationId id = fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550118"), "Quinn", "That is all, thanks");
        browser.open(fake, key);
        browser.clickShown("#conversation-list .conversation-row", "Quinn");

        browser.click("#close-conversation");
        browser.untilText("detail-meta", "Closed");

        assertThat(http.api("GET", "/conversation/conversations/" + id.value()).key(key).send().json()
                .path("conversation").path("closed").asBoolean()).isTrue();
        browser.untilShown("#conversation-list .conversation-row", "Closed");
    }

    @Test
    void anErrorAnswerIsShownAsTheSentenceItCarries() {
        Reply direct = http.admin("PUT", "/clock").key(key).json("{\"now\":\"next tuesday\"}").send();
        String sentence = direct.json().path("error").path("developer_message").asText();
        assertThat(direct.status()).isEqualTo(400);
        browser.open(fake, key);
        browser.tab("clock");

        WebElement field = browser.driver().findElement(By.id("clock-set"));
        field.clear();
        field.sendKeys("next tuesday");
        browser.click("#clock-set-form button[type=submit]");

        assertThat(browser.untilText("error-text", sentence).getText()).isEqualTo(sentence);
    }

    @Test
    void everyControlHasALabelAndAConversationOpensWithTheKeyboardAlone() {
        fake.control(key).customerStartsConversation(Medium.SMS, null,
                ParticipantArn.of("arn:customer:+15125550113"), "Keyboard Kay", "Hi from the keyboard");
        browser.driver().get(ConsoleBrowser.root(fake) + "/__console");
        browser.until(d -> d.findElement(By.id("credential"))).sendKeys(key + Keys.ENTER);
        browser.untilShown("#conversation-list .conversation-row", "Keyboard Kay");

        Object unlabelled = browser.script("return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !(e.tagName === 'BUTTON' && e.textContent.trim())).map(e => e.id || e.outerHTML)");
        assertThat((List<?>) unlabelled).isEmpty();

        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 60 && !String.valueOf(browser.script("return document.activeElement.textContent")).contains("Keyboard Kay"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys(Keys.ENTER).perform();
        browser.untilShown("#messages .message .body", "Hi from the keyboard");
    }

    @Test
    void thePageStaysWithinItsContentSecurityPolicyAndItsWidthAt1280AndAtAPhone() {
        FakeTenant tenant = fake.control(key);
        tenant.loadDemoData();
        tenant.addFault(Fault.status(503).forMethod("PUT").forPath("/rest/v2/conversation/conversations/.*/markread").times(2));
        browser.open(fake, key);
        browser.clickShown("#conversation-list .conversation-row", "Webchat");
        browser.until(d -> d.findElement(By.id("context-panel")).isDisplayed());
        browser.click("#context-panel summary");
        browser.until(d -> !d.findElement(By.id("ctx-url")).getAttribute("value").isEmpty());
        // The README's pictures show the page following the merchant through the realtime channel.
        browser.untilText("live-indicator", "Live: websocket");
        browser.screenshot("conversation");
        assertNoSidewaysScroll();
        browser.tab("start");
        browser.screenshot("start");
        browser.tab("queues");
        browser.untilShown("#queues .queue", "waiting");
        browser.screenshot("queues");
        assertNoSidewaysScroll();
        browser.tab("faults");
        browser.untilShown("#fault-rows tr", "2 of 2");
        browser.screenshot("faults");
        String id = tenant.customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:+15125550114"),
                "Sam", "Any update?").value();
        assertThat(http.api("PUT", "/conversation/conversations/" + id + "/markread").key(key).send().status()).isEqualTo(503);
        browser.tab("requests");
        browser.clickShown("#request-rows details summary", "markReadConversation");
        browser.untilShown("#request-rows details[open]", "x-ultracart-simple-key");
        browser.screenshot("requests");
        assertNoSidewaysScroll();
        browser.tab("clock");
        browser.screenshot("clock");

        browser.size(390, 844);
        try {
            browser.tab("conversations");
            browser.untilShown("#messages .message", "");
            browser.screenshot("phone");
            assertNoSidewaysScroll();
            for (String view : List.of("start", "queues", "faults", "requests", "clock")) {
                browser.tab(view);
                assertNoSidewaysScroll();
            }
        } finally {
            browser.size(1280, 800);
        }
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }

    private static void replace(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String upload(String extension, String contentType, byte[] bytes) {
        JsonNode url = http.api("GET", "/conversation/upload_url/" + extension).key(key).send().json()
                .path("conversation_multimedia_upload_url");
        assertThat(http.to("PUT", url.path("url").asText()).bytes(contentType, bytes).send().status()).isBetween(200, 204);
        return url.path("key").asText();
    }

    private static void assertNoSidewaysScroll() {
        Object widths = browser.script("return [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> pair = (List<?>) widths;
        assertThat(((Number) pair.get(0)).intValue()).as("page width at a viewport of %s px", pair.get(1))
                .isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
    }
}
