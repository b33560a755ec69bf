package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Writing bytes, the way a server answers: the same document as the text writer, in UTF-8, and a
 * listing, a conversation and a page of messages assembled from each item's kept JSON byte for byte the
 * body written whole (generated values with quotes, escapes, control characters, accents, CJK and emoji;
 * seeds 0 to {@value #CASES}).
 */
class WritingBytesTest {
    private static final int CASES = 400;
    private static final UltraCartJson JSON = UltraCartJson.create();
    static final List<Bodies<?>> BODIES = Bodies.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void writeBytesIsTheWrittenTextInUtf8(Bodies<T> body) {
        WireCodec<T> codec = body.codec().apply(JSON);
        for (long seed = 0; seed < CASES; seed++) {
            T value = body.generated(seed);

            assertThat(codec.writeBytes(value)).as("seed %d", seed)
                    .isEqualTo(codec.write(value).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aListingFromKeptSummariesIsByteForByteTheListingWrittenWhole() {
        Map<ConversationSummary, byte[]> kept = new HashMap<>();
        for (long seed = 0; seed < CASES; seed++) {
            Page<ConversationSummary> page = new GeneratedValues(seed).page();

            byte[] assembled = read(JSON.writeConversations(page, summary -> kept.computeIfAbsent(summary, JSON::summaryJson)));

            assertThat(new String(assembled, StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(JSON.conversations().write(page));
        }
    }

    @Test
    void aConversationFromKeptMessagesIsByteForByteTheConversationWrittenWhole() {
        Map<Message, byte[]> kept = new HashMap<>();
        for (long seed = 0; seed < CASES; seed++) {
            Conversation conversation = new GeneratedValues(seed).conversation();

            byte[] assembled = read(JSON.writeConversation(conversation, message -> kept.computeIfAbsent(message, JSON::messageJson)));

            assertThat(new String(assembled, StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(JSON.conversation().write(conversation));
        }
    }

    @Test
    void aConversationFromItsKeptEnvelopeAndKeptMessagesIsByteForByteTheConversationWrittenWhole() {
        Map<Message, byte[]> kept = new HashMap<>();
        for (long seed = 0; seed < CASES; seed++) {
            Conversation conversation = new GeneratedValues(seed).conversation();
            byte[] envelope = JSON.conversationEnvelopeJson(conversation);

            byte[] assembled = read(JSON.writeConversation(envelope, conversation.messages(),
                    message -> kept.computeIfAbsent(message, JSON::messageJson)));

            assertThat(new String(assembled, StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(JSON.conversation().write(conversation));
        }
    }

    @Test
    void aBodyWithoutAnEmptyMessagesListIsRefusedAsAnEnvelope() {
        Conversation conversation = new GeneratedValues(5).conversation();

        assertThatThrownBy(() -> JSON.writeConversation(JSON.messages().writeBytes(List.of()), conversation.messages(),
                JSON::messageJson)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"messages\":[]");
    }

    @Test
    void messagesFromKeptMessagesAreByteForByteTheMessagesWrittenWhole() {
        Map<Message, byte[]> kept = new HashMap<>();
        for (long seed = 0; seed < CASES; seed++) {
            List<Message> messages = new GeneratedValues(seed).messages();

            byte[] assembled = read(JSON.writeMessages(messages, message -> kept.computeIfAbsent(message, JSON::messageJson)));

            assertThat(new String(assembled, StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(JSON.messages().write(messages));
        }
    }

    @Test
    void aConversationWithoutMessagesAndAnEmptyPageOfMessagesAreTheBodiesWrittenWhole() {
        Conversation conversation = new GeneratedValues(7).conversation();
        Conversation silent = new Conversation(conversation.summary(), conversation.baseLanguageIsoCode(), List.of());

        assertThat(read(JSON.writeConversation(silent, JSON::messageJson))).isEqualTo(JSON.conversation().writeBytes(silent));
        assertThat(read(JSON.writeMessages(List.of(), JSON::messageJson))).isEqualTo(JSON.messages().writeBytes(List.of()));
    }

    @Test
    void aBodyWhoseTextSpellsTheMessagesKeyStillGetsItsMessagesInTheirPlace() {
        Conversation conversation = new GeneratedValues(11).conversation();
        Message trick = new GeneratedValues(12).message();
        Message spelled = trick.toBuilder().body("\"messages\":[] and \"conversation_messages\":[]").build();
        Conversation tricky = new Conversation(conversation.summary(), conversation.baseLanguageIsoCode(),
                List.of(spelled, trick));

        assertThat(read(JSON.writeConversation(tricky, JSON::messageJson))).isEqualTo(JSON.conversation().writeBytes(tricky));
        assertThat(read(JSON.writeMessages(tricky.messages(), JSON::messageJson)))
                .isEqualTo(JSON.messages().writeBytes(tricky.messages()));
    }

    @Test
    void aNewInstanceUsedFromManyThreadsAtOnceWritesEveryBodyAsOneThreadDoes() throws Exception {
        UltraCartJson fresh = UltraCartJson.create();
        List<Callable<List<byte[]>>> writers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            writers.add(() -> BODIES.stream().map(body -> writeOne(body, fresh)).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<List<byte[]>> written : pool.invokeAll(writers, 30, TimeUnit.SECONDS)) {
                assertThat(written.get()).containsExactlyElementsOf(BODIES.stream().map(body -> writeOne(body, JSON)).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The body read as an HTTP layer reads it, in reads of 1 to 13 bytes, checked against its size, its
     * {@code available()} as it goes, and its array.
     */
    private static byte[] read(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = body.inputStream()) {
            byte[] chunk = new byte[13];
            for (int len = 1; ; len = len % 13 + 1) {
                assertThat(in.available()).isEqualTo(body.size() - out.size());
                int n = len == 1 ? single(in, chunk) : in.read(chunk, 0, len);
                if (n < 0) {
                    break;
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize(body.size()).isEqualTo(body.toByteArray());
        return bytes;
    }

    private static int single(InputStream in, byte[] into) throws IOException {
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        into[0] = (byte) b;
        return 1;
    }

    private static <T> byte[] writeOne(Bodies<T> body, UltraCartJson json) {
        return body.codec().apply(json).writeBytes(body.generated(3));
    }

    @Test
    void anEmptyListingIsTheListingWrittenWhole() {
        Page<ConversationSummary> empty = new Page<>(List.of(), 0, 50, 0, null);

        assertThat(read(JSON.writeConversations(empty, JSON::summaryJson)))
                .isEqualTo(JSON.conversations().writeBytes(empty));
    }
}
