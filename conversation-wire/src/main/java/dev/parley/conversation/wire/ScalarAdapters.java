package dev.parley.conversation.wire;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/** The two scalars Moshi has no adapter for: date-times and exact decimal numbers. */
final class ScalarAdapters {
    private ScalarAdapters() {
    }

    /**
     * Text of a request: only a JSON string is text. Moshi's own adapter reads a number as text, which would
     * coerce a client's wrongly typed value instead of refusing it.
     */
    static final class StrictStringAdapter extends JsonAdapter<String> {
        @Override
        public String fromJson(JsonReader reader) throws IOException {
            JsonReader.Token token = reader.peek();
            if (token != JsonReader.Token.STRING) {
                throw new JsonDataException("Expected a string but was " + token + " at path " + reader.getPath());
            }
            return reader.nextString();
        }

        @Override
        public void toJson(JsonWriter writer, String value) throws IOException {
            writer.value(value);
        }
    }

    /** {@code *_dts} strings as {@link Instant}s, in the forms of {@link DateTimes}. */
    static final class InstantAdapter extends JsonAdapter<Instant> {
        @Override
        public Instant fromJson(JsonReader reader) throws IOException {
            // The path is built only for a message: building it for every value costs more than the parse.
            JsonReader.Token token = reader.peek();
            if (token != JsonReader.Token.STRING) {
                throw new JsonDataException("Expected a date-time string but was " + token + " at path " + reader.getPath());
            }
            String text = reader.nextString();
            try {
                return DateTimes.parse(text);
            } catch (IllegalArgumentException e) {
                // Date-times are object members, whose path reading the value does not change.
                throw new JsonDataException(e.getMessage() + " at path " + reader.getPath(), e);
            }
        }

        @Override
        public void toJson(JsonWriter writer, Instant value) throws IOException {
            writer.value(DateTimes.format(value));
        }
    }

    /**
     * JSON numbers as {@link BigDecimal}s with their exact text, so that {@code 19.90} keeps its scale
     * both ways (a {@code double} would turn it into {@code 19.9}). A number sent as a string is
     * accepted too, as Moshi accepts one for its own number types.
     */
    static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
        @Override
        public BigDecimal fromJson(JsonReader reader) throws IOException {
            String path = reader.getPath();
            JsonReader.Token token = reader.peek();
            if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
                throw new JsonDataException("Expected a number but was " + token + " at path " + path);
            }
            String text = reader.nextString();
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new JsonDataException("Expected a number but was \"" + text + "\" at path " + path, e);
            }
        }

        @Override
        public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
            // value(Number) writes BigDecimal.toString(): valid JSON, and it reads back at the same scale.
            writer.value(value);
        }
    }
}
