package dev.parley.conversation.domain;

/**
 * The logged-in customer's profile behind a cart ({@code CartCustomerProfile}), reduced to who the
 * customer is. Every component is optional.
 *
 * <p>UltraCart's profile has no name of its own: the name is that of the profile's first billing
 * address, and is written back as such.
 *
 * @param profileId the profile's id ({@code customer_profile_oid})
 * @param email     the profile's email
 * @param firstName first name, from the first billing address
 * @param lastName  last name, from the first billing address
 */
public record CustomerProfile(Integer profileId, String email, String firstName, String lastName) {
}
