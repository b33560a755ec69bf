package dev.parley.conversation.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** The {@code *_dts} date-times: read in every form the contract allows, written in one. */
final class DateTimes {
    /** ISO-8601 local date-time (fraction optional, up to nanoseconds) and a mandatory offset. */
    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            // STRICT: 2026-02-30 is an error, not quietly the 28th.
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter FORMATTER = new DateTimeFormatterBuilder()
            .appendInstant(3)
            .toFormatter(Locale.ROOT);

    private DateTimes() {
    }

    static Instant parse(String text) {
        Objects.requireNonNull(text, "date-time text must not be null");
        try {
            return PARSER.parse(text, OffsetDateTime::from).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "date-time must be ISO-8601 with an offset, like 2026-11-24T05:32:16.123Z or "
                            + "2026-11-24T00:32:16-05:00, but was \"" + text + "\"", e);
        }
    }

    static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant must not be null");
        return FORMATTER.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
