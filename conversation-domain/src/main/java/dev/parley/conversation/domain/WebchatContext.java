package dev.parley.conversation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the webchat customer was doing, as last recorded ({@code ConversationWebchatContext}).
 *
 * @param cart         the customer's cart; optional
 * @param currentUrl   the page the customer is on; optional
 * @param pageViews    pages viewed in this visit
 * @param sessionStart how the visit began; optional
 * @param sessionUtm   the visit's campaign data; optional
 */
public record WebchatContext(
        Cart cart,
        String currentUrl,
        List<PageView> pageViews,
        SessionStart sessionStart,
        SessionUtm sessionUtm) {

    /** The context of a conversation with none recorded (UltraCart answers {@code {}}). */
    public static final WebchatContext EMPTY = new WebchatContext(null, null, List.of(), null, null);

    /**
     * Creates the value, checking its components.
     *
     * @param cart the customer's cart; optional
     * @param currentUrl the page the customer is on; optional
     * @param pageViews pages viewed in this visit
     * @param sessionStart how the visit began; optional
     * @param sessionUtm the visit's campaign data; optional
     * @throws IllegalArgumentException when a page view is null
     */
    public WebchatContext {
        pageViews = Checks.list(pageViews, "page views");
    }

    /**
     * Whether nothing has been recorded.
     *
     * @return true when no field holds a value
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * A builder with every component absent (null, an empty list), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * <pre>{@code
     * WebchatContext context = WebchatContext.builder()
     *         .currentUrl("https://shop.example/cart")
     *         .cart(Cart.builder().id(CartId.of("C-1001")).currencyCode("USD").build())
     *         .addPageView(PageView.builder().url("https://shop.example/").title("Home").build())
     *         .build();
     * }</pre>
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this webchat context's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cart = cart;
        builder.currentUrl = currentUrl;
        builder.pageViews.addAll(pageViews);
        builder.sessionStart = sessionStart;
        builder.sessionUtm = sessionUtm;
        return builder;
    }

    /**
     * Builds a {@link WebchatContext} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private Cart cart;
        private String currentUrl;
        private final ArrayList<PageView> pageViews = new ArrayList<>();
        private SessionStart sessionStart;
        private SessionUtm sessionUtm;

        private Builder() {
        }

        /**
         * Sets {@link WebchatContext#cart()}.
         *
         * @param cart the customer's cart; optional
         * @return this builder
         */
        public Builder cart(Cart cart) {
            this.cart = cart;
            return this;
        }

        /**
         * Sets {@link WebchatContext#currentUrl()}.
         *
         * @param currentUrl the page the customer is on; optional
         * @return this builder
         */
        public Builder currentUrl(String currentUrl) {
            this.currentUrl = currentUrl;
            return this;
        }

        /**
         * Replaces {@link WebchatContext#pageViews()}: pages viewed in this visit.
         *
         * @param pageViews the new list; null for none
         * @return this builder
         */
        public Builder pageViews(List<PageView> pageViews) {
            this.pageViews.clear();
            if (pageViews != null) {
                this.pageViews.addAll(pageViews);
            }
            return this;
        }

        /**
         * Appends one element to {@link WebchatContext#pageViews()}: pages viewed in this visit.
         *
         * @param pageView the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addPageView(PageView pageView) {
            this.pageViews.add(pageView);
            return this;
        }

        /**
         * Sets {@link WebchatContext#sessionStart()}.
         *
         * @param sessionStart how the visit began; optional
         * @return this builder
         */
        public Builder sessionStart(SessionStart sessionStart) {
            this.sessionStart = sessionStart;
            return this;
        }

        /**
         * Sets {@link WebchatContext#sessionUtm()}.
         *
         * @param sessionUtm the visit's campaign data; optional
         * @return this builder
         */
        public Builder sessionUtm(SessionUtm sessionUtm) {
            this.sessionUtm = sessionUtm;
            return this;
        }

        /**
         * Builds the webchat context.
         *
         * @return a new WebchatContext
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public WebchatContext build() {
            return new WebchatContext(cart, currentUrl, pageViews, sessionStart, sessionUtm);
        }
    }
}
