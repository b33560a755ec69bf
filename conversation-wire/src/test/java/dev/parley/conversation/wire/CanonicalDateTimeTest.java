package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical form {@code 2026-11-24T05:32:16.123Z} has a fast reader and writer of their own; they
 * must read exactly what the full ISO-8601 reader reads and write what the ISO formatter writes, and
 * leave every impossible date to the full reader to refuse.
 */
class CanonicalDateTimeTest {

    private static final DateTimeFormatter ISO_MILLIS = new DateTimeFormatterBuilder().appendInstant(3)
            .toFormatter(Locale.ROOT);

    @Test
    void canonicalFormIsWrittenAsTheIsoFormatterWritesItFromYear0To9999AndBeyond() {
        SplittableRandom random = new SplittableRandom(24_112_026L);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond() - 86_400;
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() + 86_400;
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(UltraCartJson.formatDateTime(instant)).isEqualTo(ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS)));
        }
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.999Z",
            "1970-01-01T00:00:00Z", "2024-02-29T12:00:00.5Z"}) {
            Instant instant = Instant.parse(edge);
            assertThat(UltraCartJson.formatDateTime(instant)).as(edge).isEqualTo(ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS)));
        }
    }

    @Test
    void canonicalFormReadsTheSameInstantAsTheFullIsoReaderOverFourCenturies() {
        SplittableRandom random = new SplittableRandom(20_261_124L);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2300-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(from, to));
            String text = UltraCartJson.formatDateTime(instant);
            assertThat(text).hasSize(24);
            assertThat(UltraCartJson.parseDateTime(text)).as(text)
                    .isEqualTo(OffsetDateTime.parse(text).toInstant())
                    .isEqualTo(instant);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z", "1970-01-01T00:00:00.000Z",
        "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-12-31T23:59:59.000Z"})
    void canonicalFormReadsCalendarEdges(String text) {
        assertThat(UltraCartJson.parseDateTime(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-29T00:00:00.000Z", "2100-02-29T00:00:00.000Z", "2026-04-31T00:00:00.000Z",
        "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z", "2026-11-00T00:00:00.000Z",
        "2026-11-24T24:00:00.000Z", "2026-11-24T05:60:00.000Z", "2026-11-24T05:32:60.000Z",
        "2026-11-24T05:32:1x.123Z", "2026-11-24T05:32:16.12xZ", "-026-11-24T05:32:16.123Z"})
    void canonicallyShapedButImpossibleDatesAreRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> UltraCartJson.parseDateTime(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was \"" + text + "\"");
    }
}
