package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Properties over generated values of every body (seeds 0 to {@value #CASES}, so a failure names a
 * seed that reproduces it).
 */
class GeneratedRoundTripTest {
    private static final int CASES = 400;
    private static final UltraCartJson JSON = UltraCartJson.create();
    static final List<Bodies<?>> BODIES = Bodies.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void everyWrittenBodyValidatesAgainstItsClosedSchema(Bodies<T> body) {
        for (long seed = 0; seed < CASES; seed++) {
            String json = body.codec().apply(JSON).write(body.generated(seed));

            assertThat(ContractSchemas.violations(body.schema(), json))
                    .as("schema violations of seed %d, written %s", seed, json)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void everyValueReadsBackEqualAfterBeingWritten(Bodies<T> body) {
        WireCodec<T> codec = body.codec().apply(JSON);
        for (long seed = 0; seed < CASES; seed++) {
            T value = body.generated(seed);
            String json = codec.write(value);

            assertThat(codec.read(json)).as("seed %d, written %s", seed, json).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void streamingThroughOkioGivesTheSameJsonAndValueAsStrings(Bodies<T> body) {
        WireCodec<T> codec = body.codec().apply(JSON);
        for (long seed = 0; seed < CASES / 4; seed++) {
            T value = body.generated(seed);
            Buffer sink = new Buffer();
            codec.write(sink, value);

            assertThat(sink.snapshot().utf8()).as("seed %d", seed).isEqualTo(codec.write(value));
            assertThat(codec.read(sink)).as("seed %d", seed).isEqualTo(value);
            assertThat(sink.exhausted()).as("the whole document was consumed").isTrue();
        }
    }
}
