package dev.parley.conversation.domain;

import java.math.BigDecimal;

/**
 * An amount of money in a cart ({@code Currency}).
 *
 * <p>Amounts are {@link BigDecimal}s as UltraCart wrote them; note that {@code BigDecimal.equals}
 * compares scale too ({@code 1.0} is not {@code 1.00}): compare with {@code compareTo} when that matters.
 *
 * @param value              the amount in the merchant's base currency
 * @param currencyCode       ISO 4217 code; optional
 * @param localized          the amount in the customer's currency; optional
 * @param localizedFormatted that amount formatted for display, e.g. {@code "$19.99"}; optional
 * @param exchangeRate       base to customer currency rate; optional
 */
public record Money(
        BigDecimal value,
        String currencyCode,
        BigDecimal localized,
        String localizedFormatted,
        BigDecimal exchangeRate) {

    /**
     * Creates the value, checking its components.
     *
     * @param value the amount in the merchant's base currency
     * @param currencyCode ISO 4217 code; optional
     * @param localized the amount in the customer's currency; optional
     * @param localizedFormatted that amount formatted for display, e.g. {@code "$19.99"}; optional
     * @param exchangeRate base to customer currency rate; optional
     * @throws IllegalArgumentException when {@code value} is null
     */
    public Money {
        Checks.nonNull(value, "money value");
    }

    /**
     * An amount in one currency, without localization.
     *
     * @param value the amount as a decimal string
     * @param currencyCode the ISO 4217 currency
     * @return the amount
     */
    public static Money of(String value, String currencyCode) {
        return new Money(new BigDecimal(value), currencyCode, null, null, null);
    }
}
