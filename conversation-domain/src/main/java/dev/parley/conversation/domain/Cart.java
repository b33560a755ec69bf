package dev.parley.conversation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The webchat customer's cart as an agent sees it: UltraCart's {@code Cart}, reduced to what an agent
 * needs to help a customer.
 *
 * <p>Carried: identifiers, currency and language, the logged-in flag, items, coupons, the money
 * summary, billing and shipping contacts, and the customer profile's email and name. <b>Not carried</b>
 * (UltraCart sends them; Parley ignores them): affiliate, buySAFE, checkout, currency conversion
 * tables, gift and gift certificate, marketing, payment, properties, settings, taxes and upsell
 * blocks, and most per-item catalogue detail (attributes, kit options, multimedia, physical size,
 * variations, schedules).
 *
 * @param id              the cart's id; optional
 * @param merchantId      the merchant; optional
 * @param currencyCode    the customer's currency; optional
 * @param baseCurrencyCode the merchant's base currency; optional
 * @param languageIsoCode the customer's language; optional
 * @param loggedIn        whether the customer is logged in; optional
 * @param items           the cart's lines
 * @param couponCodes     coupons applied
 * @param totals          the money summary; optional
 * @param billing         the billing contact; optional
 * @param shipping        the shipping contact (never with an email); optional
 * @param customerProfile the logged-in customer's profile; optional
 */
public record Cart(
        CartId id,
        MerchantId merchantId,
        String currencyCode,
        String baseCurrencyCode,
        String languageIsoCode,
        Boolean loggedIn,
        List<CartItem> items,
        List<String> couponCodes,
        CartTotals totals,
        CartContact billing,
        CartContact shipping,
        CustomerProfile customerProfile) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the cart's id; optional
     * @param merchantId the merchant; optional
     * @param currencyCode the customer's currency; optional
     * @param baseCurrencyCode the merchant's base currency; optional
     * @param languageIsoCode the customer's language; optional
     * @param loggedIn whether the customer is logged in; optional
     * @param items the cart's lines
     * @param couponCodes coupons applied
     * @param totals the money summary; optional
     * @param billing the billing contact; optional
     * @param shipping the shipping contact (never with an email); optional
     * @param customerProfile the logged-in customer's profile; optional
     * @throws IllegalArgumentException when a list holds null or the shipping contact has an email
     */
    public Cart {
        items = Checks.list(items, "cart items");
        couponCodes = Checks.list(couponCodes, "coupon codes");
        if (shipping != null && shipping.email() != null) {
            throw new IllegalArgumentException(
                    "shipping email must be null (UltraCart's cart shipping carries no email) but was \""
                            + shipping.email() + "\"");
        }
    }

    /**
     * A builder with every component absent (null, an empty list), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * <pre>{@code
     * Cart cart = Cart.builder()
     *         .id(CartId.of("C-1001"))
     *         .currencyCode("USD")
     *         .addItem(CartItem.builder().itemId("SHOES").quantity(BigDecimal.ONE).build())
     *         .build();
     * }</pre>
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this cart's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.merchantId = merchantId;
        builder.currencyCode = currencyCode;
        builder.baseCurrencyCode = baseCurrencyCode;
        builder.languageIsoCode = languageIsoCode;
        builder.loggedIn = loggedIn;
        builder.items.addAll(items);
        builder.couponCodes.addAll(couponCodes);
        builder.totals = totals;
        builder.billing = billing;
        builder.shipping = shipping;
        builder.customerProfile = customerProfile;
        return builder;
    }

    /**
     * Builds a {@link Cart} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private CartId id;
        private MerchantId merchantId;
        private String currencyCode;
        private String baseCurrencyCode;
        private String languageIsoCode;
        private Boolean loggedIn;
        private final ArrayList<CartItem> items = new ArrayList<>();
        private final ArrayList<String> couponCodes = new ArrayList<>();
        private CartTotals totals;
        private CartContact billing;
        private CartContact shipping;
        private CustomerProfile customerProfile;

        private Builder() {
        }

        /**
         * Sets {@link Cart#id()}.
         *
         * @param id the cart's id; optional
         * @return this builder
         */
        public Builder id(CartId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@link Cart#merchantId()}.
         *
         * @param merchantId the merchant; optional
         * @return this builder
         */
        public Builder merchantId(MerchantId merchantId) {
            this.merchantId = merchantId;
            return this;
        }

        /**
         * Sets {@link Cart#currencyCode()}.
         *
         * @param currencyCode the customer's currency; optional
         * @return this builder
         */
        public Builder currencyCode(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        /**
         * Sets {@link Cart#baseCurrencyCode()}.
         *
         * @param baseCurrencyCode the merchant's base currency; optional
         * @return this builder
         */
        public Builder baseCurrencyCode(String baseCurrencyCode) {
            this.baseCurrencyCode = baseCurrencyCode;
            return this;
        }

        /**
         * Sets {@link Cart#languageIsoCode()}.
         *
         * @param languageIsoCode the customer's language; optional
         * @return this builder
         */
        public Builder languageIsoCode(String languageIsoCode) {
            this.languageIsoCode = languageIsoCode;
            return this;
        }

        /**
         * Sets {@link Cart#loggedIn()}.
         *
         * @param loggedIn whether the customer is logged in; optional
         * @return this builder
         */
        public Builder loggedIn(Boolean loggedIn) {
            this.loggedIn = loggedIn;
            return this;
        }

        /**
         * Replaces {@link Cart#items()}: the cart's lines.
         *
         * @param items the new list; null for none
         * @return this builder
         */
        public Builder items(List<CartItem> items) {
            this.items.clear();
            if (items != null) {
                this.items.addAll(items);
            }
            return this;
        }

        /**
         * Appends one element to {@link Cart#items()}: the cart's lines.
         *
         * @param item the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addItem(CartItem item) {
            this.items.add(item);
            return this;
        }

        /**
         * Replaces {@link Cart#couponCodes()}: coupons applied.
         *
         * @param couponCodes the new list; null for none
         * @return this builder
         */
        public Builder couponCodes(List<String> couponCodes) {
            this.couponCodes.clear();
            if (couponCodes != null) {
                this.couponCodes.addAll(couponCodes);
            }
            return this;
        }

        /**
         * Appends one element to {@link Cart#couponCodes()}: coupons applied.
         *
         * @param couponCode the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addCouponCode(String couponCode) {
            this.couponCodes.add(couponCode);
            return this;
        }

        /**
         * Sets {@link Cart#totals()}.
         *
         * @param totals the money summary; optional
         * @return this builder
         */
        public Builder totals(CartTotals totals) {
            this.totals = totals;
            return this;
        }

        /**
         * Sets {@link Cart#billing()}.
         *
         * @param billing the billing contact; optional
         * @return this builder
         */
        public Builder billing(CartContact billing) {
            this.billing = billing;
            return this;
        }

        /**
         * Sets {@link Cart#shipping()}.
         *
         * @param shipping the shipping contact (never with an email); optional
         * @return this builder
         */
        public Builder shipping(CartContact shipping) {
            this.shipping = shipping;
            return this;
        }

        /**
         * Sets {@link Cart#customerProfile()}.
         *
         * @param customerProfile the logged-in customer's profile; optional
         * @return this builder
         */
        public Builder customerProfile(CustomerProfile customerProfile) {
            this.customerProfile = customerProfile;
            return this;
        }

        /**
         * Builds the cart.
         *
         * @return a new Cart
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public Cart build() {
            return new Cart(id, merchantId, currencyCode, baseCurrencyCode, languageIsoCode, loggedIn, items, couponCodes, totals, billing, shipping, customerProfile);
        }
    }
}
