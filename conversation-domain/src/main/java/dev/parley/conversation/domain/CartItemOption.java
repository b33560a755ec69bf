package dev.parley.conversation.domain;

/**
 * An option the customer chose for a cart item ({@code CartItemOption}). Every component is optional.
 *
 * @param name          the option's name
 * @param label         the option's label as shown to the customer
 * @param selectedValue what the customer chose or typed
 */
public record CartItemOption(String name, String label, String selectedValue) {
}
