package dev.parley.conversation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a cart ({@code CartItem}), reduced to what an agent needs.
 *
 * @param itemId      the merchant's item id; optional
 * @param description the item's description; optional
 * @param quantity    how many; optional
 * @param unitCost    price of one; optional
 * @param discount    discount on the line; optional
 * @param totalCost   price of the line; optional
 * @param options     options chosen
 * @param imageUrl    the item's default image; optional
 * @param viewUrl     the item's page in the store; optional
 */
public record CartItem(
        String itemId,
        String description,
        BigDecimal quantity,
        Money unitCost,
        Money discount,
        Money totalCost,
        List<CartItemOption> options,
        String imageUrl,
        String viewUrl) {
    /**
     * Creates the value, checking its components.
     *
     * @param itemId the merchant's item id; optional
     * @param description the item's description; optional
     * @param quantity how many; optional
     * @param unitCost price of one; optional
     * @param discount discount on the line; optional
     * @param totalCost price of the line; optional
     * @param options options chosen
     * @param imageUrl the item's default image; optional
     * @param viewUrl the item's page in the store; optional
     * @throws IllegalArgumentException when an option is null
     */
    public CartItem {
        options = Checks.list(options, "cart item options");
    }
}
