package dev.parley.conversation.domain;

/**
 * The money summary of a cart ({@code CartSummary}), reduced to what an agent quotes. Every
 * component is optional.
 *
 * @param subtotal                     items before discounts
 * @param subtotalDiscount             discount on items
 * @param subtotalWithDiscount         items after discounts
 * @param shippingHandling             shipping and handling
 * @param shippingHandlingDiscount     discount on shipping and handling
 * @param shippingHandlingWithDiscount shipping and handling after discounts
 * @param tax                          tax
 * @param total                        what the customer pays
 */
public record CartTotals(
        Money subtotal,
        Money subtotalDiscount,
        Money subtotalWithDiscount,
        Money shippingHandling,
        Money shippingHandlingDiscount,
        Money shippingHandlingWithDiscount,
        Money tax,
        Money total) {
}
