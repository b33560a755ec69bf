package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code *_dts}: read in every form the contract names, written in exactly one. */
class DateTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-24T05:32:16.123Z,          2026-11-24T05:32:16.123Z
            2026-11-24T05:32:16.123+00:00,     2026-11-24T05:32:16.123Z
            2026-11-24T00:32:16.123-05:00,     2026-11-24T05:32:16.123Z
            2026-11-24T05:32:16.123+0000,      2026-11-24T05:32:16.123Z
            2026-11-24T00:32:16.123-0500,      2026-11-24T05:32:16.123Z
            2026-11-24T11:02:16.123+05:30,     2026-11-24T05:32:16.123Z
            2026-11-24T05:32:16Z,              2026-11-24T05:32:16Z
            2026-11-24T05:32Z,                 2026-11-24T05:32:00Z
            2026-11-24T05:32:16.1Z,            2026-11-24T05:32:16.100Z
            2026-11-24T05:32:16.123456789Z,    2026-11-24T05:32:16.123456789Z
            2026-11-24t05:32:16.123z,          2026-11-24T05:32:16.123Z
            """)
    void parsingAcceptsEveryOffsetFormTheContractNames(String text, String expected) {
        assertThat(UltraCartJson.parseDateTime(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "yesterday", "2026-11-24T05:32:16", "2026-11-24", "2026-11-24 05:32:16Z",
        "2026-02-30T05:32:16Z", "2026-11-24T25:00:00Z", "2026-11-24T05:32:16+25:00", "1795514400250",
        "2026-11-24T05:32:16.123Z trailing"})
    void parsingRefusesAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> UltraCartJson.parseDateTime(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was \"" + text + "\"");
    }

    @Test
    void parsingNullIsRefused() {
        assertThatThrownBy(() -> UltraCartJson.parseDateTime(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-24T05:32:16.123Z,         2026-11-24T05:32:16.123Z
            2026-11-24T05:32:16Z,             2026-11-24T05:32:16.000Z
            2026-11-24T05:32:16.100Z,         2026-11-24T05:32:16.100Z
            1970-01-01T00:00:00Z,             1970-01-01T00:00:00.000Z
            1969-12-31T23:59:59.999Z,         1969-12-31T23:59:59.999Z
            """)
    void formattingIsUtcWithExactlyMillisecondPrecision(String instant, String expected) {
        assertThat(UltraCartJson.formatDateTime(Instant.parse(instant))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-24T05:32:16.123999Z,      2026-11-24T05:32:16.123Z
            2026-11-24T05:32:16.999999999Z,   2026-11-24T05:32:16.999Z
            2026-11-24T05:32:16.000001Z,      2026-11-24T05:32:16.000Z
            1969-12-31T23:59:59.999999Z,      1969-12-31T23:59:59.999Z
            """)
    void formattingTruncatesFinerPrecisionToMillisecondsRatherThanRounding(String instant, String expected) {
        assertThat(UltraCartJson.formatDateTime(Instant.parse(instant))).isEqualTo(expected);
    }

    @Test
    void formattedDateTimesParseBackToTheSameMillisecond() {
        GeneratedValues values = new GeneratedValues(42);
        for (int i = 0; i < 500; i++) {
            Instant instant = values.instant();
            assertThat(UltraCartJson.parseDateTime(UltraCartJson.formatDateTime(instant))).isEqualTo(instant);
        }
    }

    @Test
    void formattingNullIsRefused() {
        assertThatThrownBy(() -> UltraCartJson.formatDateTime(null)).isInstanceOf(NullPointerException.class);
    }
}
