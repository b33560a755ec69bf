package dev.parley.conversation.domain;

import java.util.List;

/**
 * A Twilio account the merchant sends SMS through ({@code ConversationTwilioAccount}).
 *
 * @param merchantId   the merchant; optional
 * @param phoneNumbers the account's phone numbers
 */
public record TwilioAccount(MerchantId merchantId, List<String> phoneNumbers) {
    /**
     * Creates the value, checking its components.
     *
     * @param merchantId the merchant; optional
     * @param phoneNumbers the account's phone numbers
     * @throws IllegalArgumentException when a phone number is null
     */
    public TwilioAccount {
        phoneNumbers = Checks.list(phoneNumbers, "twilio phone numbers");
    }
}
