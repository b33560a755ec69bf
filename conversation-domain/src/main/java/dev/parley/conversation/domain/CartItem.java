package dev.parley.conversation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    /**
     * A builder with every component absent (null, an empty list), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this cart line's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.itemId = itemId;
        builder.description = description;
        builder.quantity = quantity;
        builder.unitCost = unitCost;
        builder.discount = discount;
        builder.totalCost = totalCost;
        builder.options.addAll(options);
        builder.imageUrl = imageUrl;
        builder.viewUrl = viewUrl;
        return builder;
    }

    /**
     * Builds a {@link CartItem} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private String itemId;
        private String description;
        private BigDecimal quantity;
        private Money unitCost;
        private Money discount;
        private Money totalCost;
        private final ArrayList<CartItemOption> options = new ArrayList<>();
        private String imageUrl;
        private String viewUrl;

        private Builder() {
        }

        /**
         * Sets {@link CartItem#itemId()}.
         *
         * @param itemId the merchant's item id; optional
         * @return this builder
         */
        public Builder itemId(String itemId) {
            this.itemId = itemId;
            return this;
        }

        /**
         * Sets {@link CartItem#description()}.
         *
         * @param description the item's description; optional
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@link CartItem#quantity()}.
         *
         * @param quantity how many; optional
         * @return this builder
         */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets {@link CartItem#unitCost()}.
         *
         * @param unitCost price of one; optional
         * @return this builder
         */
        public Builder unitCost(Money unitCost) {
            this.unitCost = unitCost;
            return this;
        }

        /**
         * Sets {@link CartItem#discount()}.
         *
         * @param discount discount on the line; optional
         * @return this builder
         */
        public Builder discount(Money discount) {
            this.discount = discount;
            return this;
        }

        /**
         * Sets {@link CartItem#totalCost()}.
         *
         * @param totalCost price of the line; optional
         * @return this builder
         */
        public Builder totalCost(Money totalCost) {
            this.totalCost = totalCost;
            return this;
        }

        /**
         * Replaces {@link CartItem#options()}: options chosen.
         *
         * @param options the new list; null for none
         * @return this builder
         */
        public Builder options(List<CartItemOption> options) {
            this.options.clear();
            if (options != null) {
                this.options.addAll(options);
            }
            return this;
        }

        /**
         * Appends one element to {@link CartItem#options()}: options chosen.
         *
         * @param option the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addOption(CartItemOption option) {
            this.options.add(option);
            return this;
        }

        /**
         * Sets {@link CartItem#imageUrl()}.
         *
         * @param imageUrl the item's default image; optional
         * @return this builder
         */
        public Builder imageUrl(String imageUrl) {
            this.imageUrl = imageUrl;
            return this;
        }

        /**
         * Sets {@link CartItem#viewUrl()}.
         *
         * @param viewUrl the item's page in the store; optional
         * @return this builder
         */
        public Builder viewUrl(String viewUrl) {
            this.viewUrl = viewUrl;
            return this;
        }

        /**
         * Builds the cart line.
         *
         * @return a new CartItem
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public CartItem build() {
            return new CartItem(itemId, description, quantity, unitCost, discount, totalCost, options, imageUrl, viewUrl);
        }
    }
}
