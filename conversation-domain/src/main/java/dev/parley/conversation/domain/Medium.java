package dev.parley.conversation.domain;

/**
 * How a conversation reaches the customer: SMS or the website's webchat (websocket).
 *
 * <p>UltraCart adds values over time, so reading never fails on a value this version does not
 * know: it becomes {@link #UNKNOWN}. {@code UNKNOWN} is never sent.
 */
public enum Medium {
    /** UltraCart's {@code "sms"}. */
    SMS("sms"),
    /** UltraCart's {@code "websocket"}. */
    WEBSOCKET("websocket"),
    /** A value this version of Parley does not know yet. */
    UNKNOWN(null);

    private final String value;

    Medium(String value) {
        this.value = value;
    }

    /**
     * The value as UltraCart spells it.
     *
     * @return UltraCart's spelling
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no spelling of its own
     */
    public String value() {
        return EnumValues.spellingOf(value, "Medium");
    }

    /**
     * The constant for UltraCart's spelling, matched exactly (case matters);
     * {@link #UNKNOWN} for anything else, including {@code null}.
     *
     * @param value UltraCart's spelling; may be null
     * @return the constant, or {@link #UNKNOWN}
     */
    public static Medium fromValue(String value) {
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
    public static Medium parse(String value) {
        return EnumValues.parse(values(), c -> c.value, value, UNKNOWN, "medium");
    }
}
