package dev.parley.conversation.domain;

/**
 * How far a message has travelled towards one participant (its transport status).
 *
 * <p>UltraCart adds values over time, so reading never fails on a value this version does not
 * know: it becomes {@link #UNKNOWN}. {@code UNKNOWN} is never sent.
 */
public enum DeliveryStatus {
    /** UltraCart's {@code "accepted"}. */
    ACCEPTED("accepted"),
    /** UltraCart's {@code "scheduled"}. */
    SCHEDULED("scheduled"),
    /** UltraCart's {@code "queued"}. */
    QUEUED("queued"),
    /** UltraCart's {@code "sending"}. */
    SENDING("sending"),
    /** UltraCart's {@code "sent"}. */
    SENT("sent"),
    /** UltraCart's {@code "read"}. */
    READ("read"),
    /** UltraCart's {@code "TWILIO_CREDENTIALS_MISSING"}. */
    TWILIO_CREDENTIALS_MISSING("TWILIO_CREDENTIALS_MISSING"),
    /** UltraCart's {@code "SENT_TO_TWILIO"}. */
    SENT_TO_TWILIO("SENT_TO_TWILIO"),
    /** UltraCart's {@code "TWILIO_ERROR"}. */
    TWILIO_ERROR("TWILIO_ERROR"),
    /** UltraCart's {@code "SENT_TO_PINPOINT"}. */
    SENT_TO_PINPOINT("SENT_TO_PINPOINT"),
    /** UltraCart's {@code "PINPOINT_ERROR"}. */
    PINPOINT_ERROR("PINPOINT_ERROR"),
    /** A value this version of Parley does not know yet. */
    UNKNOWN(null);

    private final String value;

    DeliveryStatus(String value) {
        this.value = value;
    }

    /**
     * The value as UltraCart spells it.
     *
     * @return UltraCart's spelling
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no spelling of its own
     */
    public String value() {
        return EnumValues.spellingOf(value, "DeliveryStatus");
    }

    /**
     * The constant for UltraCart's spelling, matched exactly (case matters);
     * {@link #UNKNOWN} for anything else, including {@code null}.
     *
     * @param value UltraCart's spelling; may be null
     * @return the constant, or {@link #UNKNOWN}
     */
    public static DeliveryStatus fromValue(String value) {
        return EnumValues.fromValue(values(), c -> c.value, value, UNKNOWN);
    }

    /**
     * The constant for UltraCart's spelling, refusing anything unknown: for input that must be
     * one of the documented values.
     *
     * @param value UltraCart's spelling
     * @return the constant
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static DeliveryStatus parse(String value) {
        return EnumValues.parse(values(), c -> c.value, value, UNKNOWN, "delivery status");
    }
}
