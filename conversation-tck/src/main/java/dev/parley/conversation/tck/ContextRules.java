package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartId;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartItemOption;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.PageViewMetadata;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.SessionUtm;
import dev.parley.conversation.domain.WebchatContext;
import java.math.BigDecimal;
import java.util.List;

/** Operation 4: the webchat customer's browsing context. */
final class ContextRules {
    private final Kit kit;

    ContextRules(Kit kit) {
        this.kit = kit;
    }

    void recordedContextReadBack() {
        Kit.CustomerChat chat = webchat();
        WebchatContext recorded = richContext();
        kit.backstage().recordWebchatContext(chat.id(), recorded);
        assertSame("context_01", "the context read back is the one recorded, field for field; check cart, page"
                + " views, session start and UTM fields all round-trip", kit.port().getWebchatContext(chat.id()), recorded);
    }

    void laterRecordingReplaces() {
        Kit.CustomerChat chat = webchat();
        kit.backstage().recordWebchatContext(chat.id(), richContext());
        WebchatContext later = new WebchatContext(null, "https://shop.example/" + Kit.unique("checkout"),
                List.of(pageView("https://shop.example/checkout", "Checkout")), null, null);
        kit.backstage().recordWebchatContext(chat.id(), later);
        assertSame("context_02", "the context read back is the one recorded last, replacing the earlier one whole"
                + " (no field of the earlier one remains)", kit.port().getWebchatContext(chat.id()), later);
    }

    void noneRecordedIsEmpty() {
        Conversation started = kit.agentStartsSms();
        WebchatContext context = kit.port().getWebchatContext(started.id());
        assertThat(context).as(rule("context_03", "a conversation with no context recorded answers {}, read as"
                + " WebchatContext.EMPTY")).isEqualTo(WebchatContext.EMPTY);
        assertThat(context.isEmpty()).as(rule("context_03", "EMPTY reports isEmpty()")).isTrue();
    }

    void webchatWithNoneRecordedIsEmpty() {
        Kit.CustomerChat chat = kit.customerChats(Kit.newQueueName());
        assertThat(kit.port().getWebchatContext(chat.id()))
                .as(rule("context_04", "a webchat conversation with no context recorded yet answers {}"))
                .isEqualTo(WebchatContext.EMPTY);
    }

    void contextBelongsToItsConversation() {
        QueueName queue = Kit.newQueueName();
        Kit.CustomerChat recordedOn = webchat(queue);
        Kit.CustomerChat other = kit.customerChats(queue);
        kit.backstage().recordWebchatContext(recordedOn.id(), richContext());
        assertThat(kit.port().getWebchatContext(other.id()))
                .as(rule("context_05", "a context recorded for one conversation is not another's, even in the same queue"))
                .isEqualTo(WebchatContext.EMPTY);
    }

    void readingChangesNothing() {
        Kit.CustomerChat chat = webchat();
        WebchatContext recorded = richContext();
        kit.backstage().recordWebchatContext(chat.id(), recorded);
        Conversation before = kit.get(chat.id());
        kit.port().getWebchatContext(chat.id());
        WebchatContext second = kit.port().getWebchatContext(chat.id());
        assertSame("context_06", "reading the context (a PUT on the wire) does not change it", second, recorded);
        assertThat(kit.get(chat.id())).as(rule("context_06", "reading the context does not change the conversation"))
                .isEqualTo(before);
    }

    private Kit.CustomerChat webchat() {
        return webchat(Kit.newQueueName());
    }

    private Kit.CustomerChat webchat(QueueName queue) {
        kit.require(BackstageCapability.WEBCHAT_CONTEXT, "record a webchat customer's browsing context");
        return kit.customerChats(queue);
    }

    private static void assertSame(String ruleId, String expectation, WebchatContext actual, WebchatContext expected) {
        assertThat(actual).as(rule(ruleId, expectation))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    /** A context with every kind of field set, unique to the call. */
    static WebchatContext richContext() {
        String visit = Kit.unique("visit");
        Money price = Money.of("19.99", "USD");
        CartItem item = new CartItem("TSHIRT-" + visit, "A plain t-shirt", new BigDecimal("2"), price,
                Money.of("0.00", "USD"), Money.of("39.98", "USD"),
                List.of(new CartItemOption("Size", "Choose a size", "L")),
                "https://shop.example/img/tshirt.png", "https://shop.example/tshirt");
        CartContact billing = new CartContact("Ada", "Lovelace", "Analytical Ltd", "ada@example.com", "+15551230001",
                null, new PostalAddress("1 Engine St", null, "London", "LND", "N1 9GU", "GB"));
        CartContact shipping = new CartContact("Ada", "Lovelace", null, null, "+15551230001", null,
                new PostalAddress("1 Engine St", "Flat 2", "London", "LND", "N1 9GU", "GB"));
        CartTotals totals = new CartTotals(Money.of("39.98", "USD"), Money.of("0.00", "USD"), Money.of("39.98", "USD"),
                Money.of("5.00", "USD"), Money.of("0.00", "USD"), Money.of("5.00", "USD"), Money.of("3.20", "USD"),
                Money.of("48.18", "USD"));
        Cart cart = new Cart(CartId.of("cart-" + visit), null, "USD", "USD", "en", Boolean.TRUE, List.of(item),
                List.of("WELCOME10"), totals, billing, shipping,
                new CustomerProfile(4242, "ada@example.com", "Ada", "Lovelace"));
        PageView home = new PageView("https://shop.example/", "Home", null, "GET", "https://search.example/?q=shirts",
                12.5, Boolean.FALSE, Boolean.FALSE, Boolean.FALSE, Boolean.FALSE,
                List.of(new PageViewMetadata("visit", visit)));
        SessionStart start = new SessionStart("organic", "https://search.example/", "Mozilla/5.0 (TCK)", "203.0.113.7",
                "GB", "England", 51.5072, -0.1276, 1920, 1080, 42.0, Boolean.FALSE, Boolean.FALSE, Boolean.FALSE,
                Boolean.FALSE, Boolean.FALSE, Boolean.FALSE);
        SessionUtm utm = new SessionUtm("newsletter", "email", "spring-" + visit, "shirts", "hero", "u-1", "g-1", null,
                null, null, null, null, null, null, null);
        return new WebchatContext(cart, "https://shop.example/tshirt?visit=" + visit,
                List.of(home, pageView("https://shop.example/tshirt", "T-shirt")), start, utm);
    }

    private static PageView pageView(String url, String title) {
        return new PageView(url, title, null, "GET", null, null, null, null, null, null, List.of());
    }
}
