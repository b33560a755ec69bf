package dev.parley.conversation.domain;

/**
 * A postal address in a cart; every component is optional.
 *
 * @param address1    first street line
 * @param address2    second street line
 * @param city        city
 * @param stateRegion state, province or region
 * @param postalCode  postal or ZIP code
 * @param countryCode ISO 3166 two-letter country code
 */
public record PostalAddress(
        String address1,
        String address2,
        String city,
        String stateRegion,
        String postalCode,
        String countryCode) {
}
