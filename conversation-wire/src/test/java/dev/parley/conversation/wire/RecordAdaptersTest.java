package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The wire module's record adapters read and write every body exactly as Moshi's own record adapter
 * does: the same text from the same records, the same records from the same text (generated values of
 * every body, seeds 0 to {@value #CASES}, and the text with an unknown field and explicit nulls added).
 */
class RecordAdaptersTest {
    private static final int CASES = 200;
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final Moshi MOSHIS_OWN = new Moshi.Builder()
            .add(Instant.class, new ScalarAdapters.InstantAdapter().nullSafe())
            .add(BigDecimal.class, new ScalarAdapters.BigDecimalAdapter().nullSafe())
            .build();
    private static final Moshi BOUND = new Moshi.Builder()
            .add(new RecordAdapters())
            .add(Instant.class, new ScalarAdapters.InstantAdapter().nullSafe())
            .add(BigDecimal.class, new ScalarAdapters.BigDecimalAdapter().nullSafe())
            .build();
    static final List<Bodies<?>> BODIES = Bodies.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void everyBodyReadsAndWritesAsWithMoshisOwnRecordAdapter(Bodies<T> body) throws Exception {
        Class<?> dto = Class.forName(Dto.class.getName() + "$" + body.schema());
        JsonAdapter<Object> own = MOSHIS_OWN.adapter((Type) dto);
        JsonAdapter<Object> bound = BOUND.adapter((Type) dto);
        assertThat(bound.toString()).isEqualTo("JsonAdapter(" + dto.getSimpleName() + ").nullSafe()");
        for (long seed = 0; seed < CASES; seed++) {
            String written = body.codec().apply(JSON).write(body.generated(seed));
            Object read = bound.fromJson(written);

            assertThat(read).as("seed %d read from %s", seed, written).isEqualTo(own.fromJson(written));
            assertThat(bound.toJson(read)).as("seed %d", seed).isEqualTo(own.toJson(read)).isEqualTo(written);
            String noisy = "{\"an_unknown_field\":[1,{\"x\":null}]" + (written.equals("{}") ? "" : ",")
                    + written.substring(1);
            assertThat(bound.fromJson(noisy)).as("seed %d with an unknown field", seed).isEqualTo(read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void anEmptyObjectAndNullReadAsWithMoshisOwn(Bodies<T> body) throws IOException, ClassNotFoundException {
        Class<?> dto = Class.forName(Dto.class.getName() + "$" + body.schema());

        assertThat(BOUND.adapter(dto).fromJson("{}")).isEqualTo(MOSHIS_OWN.adapter(dto).fromJson("{}"));
        assertThat(BOUND.adapter(dto).fromJson("null")).isNull();
    }
}
