package dev.parley.conversation.domain;

/**
 * Who pays for or receives a cart: UltraCart's {@code CartBilling} or {@code CartShipping},
 * reduced to what an agent needs. Every component is optional.
 *
 * @param firstName    first name
 * @param lastName     last name
 * @param company      company
 * @param email        email; UltraCart's shipping block has none, so it is always null there
 * @param dayPhone     daytime phone
 * @param eveningPhone evening phone
 * @param address      postal address
 */
public record CartContact(
        String firstName,
        String lastName,
        String company,
        String email,
        String dayPhone,
        String eveningPhone,
        PostalAddress address) {
}
