package dev.parley.conversation.domain;

import java.util.function.Function;

/** The shared reading of UltraCart's enumerated values, for the domain's enums with an UNKNOWN fallback. */
final class EnumValues {
    private EnumValues() {
    }

    /** The constant spelled {@code value} exactly; {@code unknown} for anything else, including null. */
    static <E extends Enum<E>> E fromValue(E[] constants, Function<E, String> spelling, String value, E unknown) {
        if (value != null) {
            for (E candidate : constants) {
                if (value.equals(spelling.apply(candidate))) {
                    return candidate;
                }
            }
        }
        return unknown;
    }

    /** Like {@link #fromValue} but refusing anything unknown, naming the accepted spellings. */
    static <E extends Enum<E>> E parse(
            E[] constants, Function<E, String> spelling, String value, E unknown, String what) {
        E parsed = fromValue(constants, spelling, value, unknown);
        if (parsed == unknown) {
            StringBuilder accepted = new StringBuilder();
            for (E candidate : constants) {
                if (candidate != unknown) {
                    accepted.append(accepted.length() == 0 ? "" : ", ").append(spelling.apply(candidate));
                }
            }
            throw new IllegalArgumentException(
                    what + " must be one of " + accepted + " but was \"" + value + "\"");
        }
        return parsed;
    }

    /** The spelling of a constant, refusing UNKNOWN (a null spelling), which has none. */
    static String spellingOf(String spelling, String type) {
        if (spelling == null) {
            throw new IllegalStateException(type + ".UNKNOWN has no UltraCart value and cannot be sent");
        }
        return spelling;
    }
}
