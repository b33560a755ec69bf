package dev.parley.conversation.domain;

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
}
