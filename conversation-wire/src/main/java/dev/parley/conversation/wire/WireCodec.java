package dev.parley.conversation.wire;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.TransportException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Reads and writes one of UltraCart's JSON bodies as a domain value. Get one from {@link UltraCartJson}.
 * Immutable and safe for use from many threads.
 *
 * <p>Reading is tolerant: unknown fields are ignored, absent fields and explicit {@code null}s read
 * alike (a {@code null} inside a response's list is skipped; inside a request's, refused), unknown
 * enumeration values read as {@code UNKNOWN}, numbers sent as strings are read, and date-times are
 * accepted in every form of {@link UltraCartJson#parseDateTime}. What cannot be read (malformed or truncated JSON, a value of
 * the wrong type, a missing required value, a value the domain refuses, anything after the document)
 * fails with a message naming the JSON path and what was found there, e.g.
 * {@code Expected an int but was BOOLEAN at path $.conversations[0].message_count}: a
 * {@link TransportException} (status code 0) for a response body; for a request body an
 * {@link InvalidRequestException} (status code 400) saying the same in words for the client, e.g.
 * {@code `agent_status` must be text but was a list}.
 *
 * <p>Writing omits absent values (never writes {@code null}) and writes date-times as UTC with
 * exactly millisecond precision ({@link UltraCartJson#formatDateTime}).
 *
 * @param <T> the domain type
 */
public final class WireCodec<T> {
    /** Which side of the exchange the body is, which decides the exception a bad body becomes. */
    enum Side {
        /** A server's answer: an unreadable one is a transport failure. */
        RESPONSE {
            @Override
            ConversationException unreadable(String model, String problem, Throwable cause) {
                return new TransportException("Could not read the " + model + ": " + problem, cause);
            }
        },
        /** A client's request: an unreadable one is the client's mistake. */
        REQUEST {
            @Override
            ConversationException unreadable(String model, String problem, Throwable cause) {
                return new InvalidRequestException(
                        "The request body is not a valid " + model + ": " + PlainWords.of(problem) + ".", 400, null, cause);
            }
        };

        abstract ConversationException unreadable(String model, String problem, Throwable cause);
    }

    private static final String MOSHI_LENIENCY_HINT = "Use JsonReader.setLenient(true) to accept malformed JSON";

    private final String model;
    private final Side side;
    private final Binding<T, ?> binding;

    private WireCodec(String model, Side side, Binding<T, ?> binding) {
        this.model = model;
        this.side = side;
        this.binding = binding;
    }

    /**
     * A codec for the schema {@code model}, read through {@code adapter} (made on first use) and mapped
     * with the two functions.
     */
    static <T, D> WireCodec<T> of(
            String model, Side side, LazyAdapter<D> adapter, Function<D, T> toDomain, Function<T, D> toWire) {
        return new WireCodec<>(model, side, new Binding<>(adapter, toDomain, toWire));
    }

    /**
     * Reads a whole JSON document.
     *
     * @param json the document
     * @return the value it holds
     * @throws TransportException      (response codecs) when the JSON cannot be read as this body
     * @throws InvalidRequestException (request codecs) when the JSON cannot be read as this body
     * @throws NullPointerException    when {@code json} is null
     */
    public T read(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return read(new Buffer().writeUtf8(json));
    }

    /**
     * Reads a whole JSON document from {@code source}, which must end after it; the source is not closed.
     *
     * @param source where the document is read from
     * @return the value it holds
     * @throws TransportException      (response codecs) when the JSON cannot be read as this body, or
     *                                 when reading the source fails
     * @throws InvalidRequestException (request codecs) when the JSON cannot be read as this body
     * @throws UncheckedIOException    (request codecs) when reading the source itself fails
     * @throws NullPointerException    when {@code source} is null
     */
    public T read(BufferedSource source) {
        Objects.requireNonNull(source, "source must not be null");
        JsonReader reader = JsonReader.of(source);
        try {
            if (reader.peek() == JsonReader.Token.NULL) {
                throw new JsonDataException("Expected BEGIN_OBJECT but was NULL at path $");
            }
            T value = binding.read(reader);
            requireEnd(reader);
            return value;
        } catch (JsonEncodingException e) {
            throw side.unreadable(model, malformed(e.getMessage()), e);
        } catch (JsonDataException | MappingException e) {
            throw side.unreadable(model, e.getMessage(), e);
        } catch (EOFException e) {
            throw side.unreadable(model, "Expected more JSON but the body ended at path " + reader.getPath(), e);
        } catch (IOException e) {
            if (side == Side.RESPONSE) {
                throw new TransportException("Could not read the " + model + ": " + e, e);
            }
            throw new UncheckedIOException("Could not read the " + model + " body", e);
        }
    }

    /**
     * Writes {@code value} as a JSON document.
     *
     * @param value the value
     * @return the document
     * @throws IllegalArgumentException when the value cannot be written: a non-finite number, or
     *                                  {@code UNKNOWN} where a request needs a real value
     * @throws NullPointerException     when {@code value} is null
     */
    public String write(T value) {
        Buffer buffer = new Buffer();
        write(buffer, value);
        return buffer.readUtf8();
    }

    /**
     * Writes {@code value} as a JSON document in UTF-8: the bytes of {@link #write(Object)}, without
     * making a {@code String} of them first (which costs a decoding, and an encoding on the way out).
     *
     * @param value the value to write
     * @return the JSON document in UTF-8
     * @throws IllegalArgumentException as {@link #write(Object)}
     * @throws NullPointerException     when {@code value} is null
     */
    public byte[] writeBytes(T value) {
        Buffer buffer = new Buffer();
        write(buffer, value);
        return buffer.readByteArray();
    }

    /**
     * Writes {@code value} as a JSON document to {@code sink}, which is neither flushed nor closed.
     *
     * @param sink where the document is written
     * @param value the value
     * @throws IllegalArgumentException as {@link #write(Object)}
     * @throws UncheckedIOException     when writing to the sink fails
     * @throws NullPointerException     when {@code sink} or {@code value} is null
     */
    public void write(BufferedSink sink, T value) {
        Objects.requireNonNull(sink, "sink must not be null");
        Objects.requireNonNull(value, "value must not be null");
        try {
            binding.write(JsonWriter.of(sink), value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + model, e);
        }
    }

    /** Which side of the exchange the body is. */
    Side side() {
        return side;
    }

    @Override
    public String toString() {
        return "WireCodec[" + model + "]";
    }

    /** A body is one document: whatever follows it, well-formed or not, makes the body unreadable. */
    private static void requireEnd(JsonReader reader) throws IOException {
        boolean ended;
        try {
            ended = reader.peek() == JsonReader.Token.END_DOCUMENT;
        } catch (JsonEncodingException e) {
            ended = false;
        }
        if (!ended) {
            throw new JsonDataException("Expected the end of the document but found more at path " + reader.getPath());
        }
    }

    /** Moshi's advice to go lenient is no help to a reader of this message. */
    private static String malformed(String message) {
        if (message == null) {
            return "Malformed JSON";
        }
        return message.startsWith(MOSHI_LENIENCY_HINT)
                ? "Malformed JSON" + message.substring(MOSHI_LENIENCY_HINT.length())
                : "Malformed JSON: " + message;
    }

    /** The JSON model type {@code D} behind a domain type {@code T}. */
    private static final class Binding<T, D> {
        private final LazyAdapter<D> adapter;
        private final Function<D, T> toDomain;
        private final Function<T, D> toWire;

        Binding(LazyAdapter<D> adapter, Function<D, T> toDomain, Function<T, D> toWire) {
            this.adapter = adapter;
            this.toDomain = toDomain;
            this.toWire = toWire;
        }

        T read(JsonReader reader) throws IOException {
            return toDomain.apply(adapter.get().fromJson(reader));
        }

        void write(JsonWriter writer, T value) throws IOException {
            adapter.get().toJson(writer, toWire.apply(value));
        }
    }
}
