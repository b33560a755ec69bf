package dev.parley.conversation.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years written with exactly four digits. */
    private static final long MIN_CANONICAL_SECOND = -62_167_219_200L;
    private static final long MAX_CANONICAL_SECOND = 253_402_300_799L;

    private DateTimes() {
    }

    static Instant parse(String text) {
        Objects.requireNonNull(text, "date-time text must not be null");
        Instant canonical = parseCanonical(text);
        if (canonical != null) {
            return canonical;
        }
        try {
            return PARSER.parse(text, OffsetDateTime::from).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "date-time must be ISO-8601 with an offset, like 2026-11-24T05:32:16.123Z or "
                            + "2026-11-24T00:32:16-05:00, but was \"" + text + "\"", e);
        }
    }

    /**
     * The form the fake writes and UltraCart's listings are full of, {@code 2026-11-24T05:32:16.123Z}, read
     * without the formatter: its optional sections cost more than the rest of a summary's decoding. Null
     * for any other form or an impossible date, which {@link #PARSER} then reads or refuses.
     */
    private static Instant parseCanonical(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant must not be null");
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_CANONICAL_SECOND || seconds > MAX_CANONICAL_SECOND) {
            return FORMATTER.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        // Years 0000 to 9999 written by hand: the formatter costs more than the rest of a summary's writing.
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        char[] out = new char[24];
        put(out, 0, time.getYear(), 4);
        out[4] = '-';
        put(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, time.getHour(), 2);
        out[13] = ':';
        put(out, 14, time.getMinute(), 2);
        out[16] = ':';
        put(out, 17, time.getSecond(), 2);
        out[19] = '.';
        put(out, 20, instant.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    /** Writes {@code value} as exactly {@code width} decimal digits at {@code at}. */
    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
