package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical form {@code 2026-11-24T05:32:16.123Z} has a fast reader of its own; it must read
 * exactly what the full ISO-8601 reader reads, and leave every impossible date to it to refuse.
 */
class CanonicalDateTimeTest {

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
