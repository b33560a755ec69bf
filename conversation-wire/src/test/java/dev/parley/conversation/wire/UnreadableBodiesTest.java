package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.TransportException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What cannot be read fails as the domain exception of its side (a response's as
 * {@link TransportException}, a request's as {@link InvalidRequestException} with status 400), with a
 * message naming the JSON path and what was found there; never as a Moshi exception or an error.
 */
class UnreadableBodiesTest {
    private static final UltraCartJson JSON = UltraCartJson.create();
    static final List<Bodies<?>> BODIES = Bodies.ALL;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"conversations":[{"conversation_uuid":"c1","message_count":true}]}            | Expected an int but was BOOLEAN at path $.conversations[0].message_count
            {"conversations":[{"conversation_uuid":"c1","message_count":"many"}]}          | Expected an int but was many at path $.conversations[0].message_count
            {"conversations":[{"conversation_uuid":"c1","message_count":2.5}]}             | Expected an int but was 2.5 at path $.conversations[0].message_count
            {"conversations":[{"conversation_uuid":{"id":"c1"}}]}                          | Expected a string but was BEGIN_OBJECT at path $.conversations[0].conversation_uuid
            {"conversations":[{"conversation_uuid":"c1","closed":"yes"}]}                  | Expected a boolean but was STRING at path $.conversations[0].closed
            {"conversations":[{"conversation_uuid":"c1","participants":{}}]}               | Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $.conversations[0].participants
            {"conversations":{"conversation_uuid":"c1"}}                                   | Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $.conversations
            {"conversations":[{"conversation_uuid":"c1","start_dts":1795514400250}]}       | Expected a date-time string but was NUMBER at path $.conversations[0].start_dts
            {"conversations":[{"conversation_uuid":"c1","start_dts":"yesterday"}]}         | but was "yesterday" at path $.conversations[0].start_dts
            {"conversations":[{"conversation_uuid":"c1","start_dts":"2026-11-24T05:32"}]}  | but was "2026-11-24T05:32" at path $.conversations[0].start_dts
            {"conversations":[{"conversation_uuid":"  "}]}                                 | conversation id must not be blank but was "  " at path $.conversations[0].conversation_uuid
            {"conversations":[{"merchant_id":"DEMO"}]}                                     | Expected a value but was absent or null at path $.conversations[0].conversation_uuid
            {"conversations":[{"conversation_uuid":"c1","message_count":-1}]}              | Expected a count of at least 0 but was -1 at path $.conversations[0].message_count
            {"conversations":[{"conversation_uuid":"c1","participants":[{"unread_messages":1}]}]} | Expected a value but was absent or null at path $.conversations[0].participants[0].conversation_participant_arn
            {"conversations":[],"metadata":{"result_set":{"offset":"ten"}}}                | Expected an int but was ten at path $.metadata.result_set.offset
            {"conversations":[],"metadata":{"result_set":{"offset":5,"more":true,"next_offset":5}}} | page next offset must be greater than its offset 5 but was 5 at path $.metadata.result_set
            {"conversations":[],"metadata":{"result_set":{"offset":-1}}}                   | page offset must be at least 0 but was -1 at path $.metadata.result_set
            """)
    void wronglyTypedOrInvalidConversationsResponseNamesThePathAndWhatWasFound(String json, String expected) {
        assertThatThrownBy(() -> JSON.conversations().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageStartingWith("Could not read the ConversationsResponse: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((ConversationException) e).statusCode()).isZero());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"conversation":{"conversation_uuid":"c1","messages":[{"body":"hi"}]}}                          | Expected message_dts or message_epoch but both were absent at path $.conversation.messages[0]
            {"conversation":{"conversation_uuid":"c1","messages":[{"message_epoch":"soon"}]}}               | Expected a long but was soon at path $.conversation.messages[0].message_epoch
            {"conversation":{"conversation_uuid":"c1","messages":[{"message_epoch":1,"upload_keys":[""]}]}}  | upload key must not be blank but was "" at path $.conversation.messages[0].upload_keys[0]
            {"success":true}                                                                                 | Expected a value but was absent or null at path $.conversation
            {"conversation":null}                                                                            | Expected a value but was absent or null at path $.conversation
            """)
    void wronglyTypedOrInvalidConversationResponseNamesThePathAndWhatWasFound(String json, String expected) {
        assertThatThrownBy(() -> JSON.conversation().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void moneyThatIsNotANumberNamesItsPath() {
        assertThatThrownBy(() -> JSON.webchatContext().read(
                "{\"cart\":{\"items\":[{\"unit_cost\":{\"value\":true}}]}}"))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Expected a number but was BOOLEAN at path $.cart.items[0].unit_cost.value");
        assertThatThrownBy(() -> JSON.webchatContext().read(
                "{\"cart\":{\"summary\":{\"total\":{\"value\":\"lots\"}}}}"))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Expected a number but was \"lots\" at path $.cart.summary.total.value");
        assertThatThrownBy(() -> JSON.webchatContext().read(
                "{\"cart\":{\"summary\":{\"tax\":{\"currency_code\":\"USD\"}}}}"))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Expected a value but was absent or null at path $.cart.summary.tax.value");
    }

    @Test
    void malformedUploadUrlIsRefusedWithoutQuotingItsSignature() {
        String signed = "https://uploads.example.com/a b.jpg?X-Amz-Signature=SECRET-SIGNATURE";

        assertThatThrownBy(() -> JSON.uploadUrl().read(
                "{\"conversation_multimedia_upload_url\":{\"key\":\"k\",\"url\":\"" + signed + "\"}}"))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Expected a URL but was malformed")
                .hasMessageContaining("$.conversation_multimedia_upload_url.url")
                .hasMessageNotContaining("SECRET-SIGNATURE")
                .satisfies(e -> assertThat(e.getCause()).hasMessageNotContaining("SECRET-SIGNATURE"));
    }

    @Test
    void agentAuthorizationWithoutJwtNamesThePath() {
        assertThatThrownBy(() -> JSON.agentAuthorization().read(
                "{\"agent_auth\":{\"conversation_participant_arn\":\"arn:a\"}}"))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("at path $.agent_auth.jwt");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"[]", "[{\"conversations\":[]}]", "\"conversations\"", "42", "true", "null"})
    void nonObjectRootIsUnreadable(String json) {
        assertThatThrownBy(() -> JSON.conversations().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageMatching(".*Expected BEGIN_OBJECT but was [A-Z_]+ at path \\$$");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "{", "{\"conversations\":[", "{\"conversations\":[{\"conversation_uuid\":\"c1\"",
        "{\"conversations\":[{\"conversation_uuid\":\"c1"})
    void truncatedJsonIsUnreadable(String json) {
        assertThatThrownBy(() -> JSON.conversations().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("at path $");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"<html><body>502 Bad Gateway</body></html>", "{'conversations':[]}", "{\"conversations\":[],}",
        "{conversations:[]}", "{\"conversations\" []}"})
    void malformedJsonIsUnreadableWithoutMoshisLeniencyAdvice(String json) {
        assertThatThrownBy(() -> JSON.conversations().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Malformed JSON")
                .hasMessageNotContaining("setLenient");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"{} {}", "{}]", "{} x", "{}{"})
    void anythingAfterTheDocumentIsUnreadable(String json) {
        assertThatThrownBy(() -> JSON.conversations().read(json))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("Expected the end of the document but found more");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"<html>Service Unavailable</html>", "", "{}", "{\"success\":false}", "{\"error\":\"oops\"}",
        "[{\"error\":{}}]"})
    void errorCodecRefusesABodyThatIsNotAnErrorResponseSoCallersCanFallBack(String body) {
        assertThatThrownBy(() -> JSON.error().read(body))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageStartingWith("Could not read the ErrorResponse: ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                              | a conversation needs participant arns or a queue id but had neither.
            {"add_conversation_participant_arns":[]}                        | a conversation needs participant arns or a queue id but had neither.
            {"add_conversation_participant_arns":"arn:a"}                   | `add_conversation_participant_arns` must be a list but was text.
            {"add_conversation_participant_arns":["arn:a",""]}              | participant arn must not be blank but was "" (in `add_conversation_participant_arns[1]`).
            {"add_conversation_participant_arns":["arn:a",null]}            | `add_conversation_participant_arns[1]` is required but was null.
            {"add_conversation_participant_arns":[42]}                      | `add_conversation_participant_arns[0]` must be text but was a number.
            {"add_conversation_participant_arns":["a"],"conversation_arn":5} | `conversation_arn` must be text but was a number.
            {"conversation_webchat_queue_uuid":{"uuid":"q"}}                | `conversation_webchat_queue_uuid` must be text but was an object.
            {"conversation_webchat_queue_uuid":""}                          | queue id must not be blank but was "" (in `conversation_webchat_queue_uuid`).
            not json                                                        | it is not valid JSON
            {"a" 1}                                                         | it is not valid JSON
            """)
    void invalidStartRequestIsABadRequestSayingInWordsWhatIsWrongWhere(String json, String expected) {
        assertThatThrownBy(() -> JSON.startRequest().read(json))
                .isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("The request body is not a valid ConversationStartRequest: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertNoReaderJargon(e.getMessage()))
                .satisfies(e -> assertThat(((ConversationException) e).statusCode()).isEqualTo(400));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"agent_status":"away"}      | agent status must be one of available, busy, unavailable but was "away" (in `agent_status`)
            {"agent_status":"BUSY"}      | agent status must be one of available, busy, unavailable but was "BUSY" (in `agent_status`)
            {"agent_status":null}        | `agent_status` is required but was missing or null
            {}                           | `agent_status` is required but was missing or null
            {"agent_status":["busy"]}    | `agent_status` must be text but was a list
            {"agent_status":1}           | `agent_status` must be text but was a number
            "busy"                       | the body must be an object but was text
            """)
    void queueStatusUpdateRequestMustNameADocumentedStatus(String json, String expected) {
        assertThatThrownBy(() -> JSON.queueStatusUpdate().read(json))
                .isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertNoReaderJargon(e.getMessage()))
                .satisfies(e -> assertThat(((ConversationException) e).statusCode()).isEqualTo(400));
    }

    /** What a reader of JSON says to its programmer, never to the person who sent a request. */
    private static void assertNoReaderJargon(String message) {
        assertThat(message).doesNotContain("$", "BEGIN_", "END_", "NAME", "STRING", "NUMBER", "BOOLEAN", "at path",
                "Cannot skip", "null[", "setLenient", "JsonReader");
    }

    /**
     * Every prefix of a valid body, and valid bodies with a character replaced, inserted or deleted,
     * either read or fail as the side's exception: nothing else ever escapes.
     */
    @ParameterizedTest(name = "{0}")
    @FieldSource("BODIES")
    <T> void corruptedBodiesFailOnlyWithTheDomainExceptionOfTheirSide(Bodies<T> body) {
        WireCodec<T> codec = body.codec().apply(JSON);
        Class<? extends ConversationException> expected = body.codec().apply(JSON).side() == WireCodec.Side.REQUEST
                ? InvalidRequestException.class
                : TransportException.class;
        String alphabet = "{}[]\":,0123456789.-+eEtruefalsn \\u\u00e9";
        for (long seed = 0; seed < 60; seed++) {
            String json = codec.write(body.generated(seed));
            Random random = new Random(seed);
            for (int cut = 0; cut < json.length(); cut += 1 + json.length() / 20) {
                assertFailsOnlyAs(codec, json.substring(0, cut), expected);
            }
            for (int mutation = 0; mutation < 20; mutation++) {
                StringBuilder corrupted = new StringBuilder(json);
                int at = random.nextInt(corrupted.length());
                char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> corrupted.setCharAt(at, replacement);
                    case 1 -> corrupted.insert(at, replacement);
                    default -> corrupted.deleteCharAt(at);
                }
                assertFailsOnlyAs(codec, corrupted.toString(), expected);
            }
        }
    }

    private static void assertFailsOnlyAs(WireCodec<?> codec, String json, Class<? extends ConversationException> type) {
        Throwable thrown = catchThrowable(() -> codec.read(json));
        if (thrown != null) {
            assertThat(thrown).as("reading %s", json).isExactlyInstanceOf(type);
            if (type == InvalidRequestException.class) {
                assertNoReaderJargon(thrown.getMessage());
            } else {
                assertThat(thrown).hasMessageContaining("$");
            }
        }
    }
}
