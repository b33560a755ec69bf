package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept JSON: written once per object, again for a new object even when equal, and right past its capacity. */
class KeptJsonTest {
    private final List<String> written = new ArrayList<>();
    private final KeptJson<String> kept = new KeptJson<>(value -> {
        written.add(value);
        return value.getBytes(StandardCharsets.UTF_8);
    }, 2);

    @Test
    void theSameObjectIsWrittenOnceAndItsBytesServedAfter() {
        String value = "José 📦";

        byte[] first = kept.json(value);
        byte[] second = kept.json(value);

        assertThat(second).isSameAs(first).isEqualTo("José 📦".getBytes(StandardCharsets.UTF_8));
        assertThat(written).hasSize(1);
    }

    @Test
    void aNewObjectIsWrittenAgainEvenWhenEqualToOneKept() {
        String before = new String("état");
        String after = new String("état");

        kept.json(before);
        kept.json(after);

        assertThat(written).hasSize(2);
    }

    @Test
    void pastItsCapacityItStartsOverAndStillAnswersEachValuesOwnJson() {
        List<String> values = List.of(new String("a"), new String("b"), new String("c"), new String("d"));

        for (String value : values) {
            assertThat(kept.json(value)).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(kept.json(values.get(3))).isEqualTo("d".getBytes(StandardCharsets.UTF_8));

        assertThat(written).hasSize(4);
    }
}
