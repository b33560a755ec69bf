package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without strict validation (the standalone default) the fake ignores what UltraCart's documents do
 * not declare, and notes it on the journal entry; it never coerces a value of the wrong type, which is
 * the same 400 as in strict mode.
 */
class LenientModeTest {
    private static final String START = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().strictValidation(false)).build();

    @RegisterExtension
    static final FakeUltraCartExtension STRICT = FakeUltraCartExtension.builder().build();

    private final Http http = new Http(SERVER.fake());
    private final Http strict = new Http(STRICT.fake());
    private final String key = Keys.unique("lenient");

    @Test
    void anUndocumentedFieldAndAnUndeclaredQueryParameterAreIgnoredAndNotedOnTheJournalEntry() {
        Reply started = http.api("PUT", START).key(key)
                .json("{\"add_conversation_participant_arns\": [\"arn:customer:1\"], \"colour\": \"red\"}").send();
        Reply listed = http.api("GET", START + "?colour=red").key(key).send();

        assertThat(started.status()).isEqualTo(200);
        assertThat(listed.status()).isEqualTo(200);
        List<RecordedRequest> journal = SERVER.control(key).requests();
        assertThat(journal.get(0).notes()).singleElement().asString()
                .contains("`colour` was ignored", "is not a field of a start request", "add_conversation_participant_arns");
        assertThat(journal.get(1).notes()).singleElement().asString().contains("colour", "ignored", "getConversations");
        assertThat(http.admin("GET", "/requests").key(key).send().json().path("requests").get(0).path("notes").get(0).asText())
                .contains("`colour` was ignored");
    }

    @Test
    void aMisspelledFieldIsIgnoredAndNotedWithTheFieldItLooksLike() {
        Reply started = http.api("PUT", START).key(key).json("{\"add_conversation_participant_arns\": [\"arn:customer:1\"],"
                + " \"conversation_webchat_queue_id\": \"q\"}").send();

        assertThat(started.status()).isEqualTo(200);
        assertThat(SERVER.control(key).requests().get(0).notes()).singleElement().asString()
                .contains("did you mean `conversation_webchat_queue_uuid`?");
    }

    @Test
    void aRefusalForAMissingValueNamesTheIgnoredFieldThatLooksLikeIt() {
        String refusal = assertUltraCartError(http.api("PUT", START).key(key)
                .json("{\"participant_arns\": [\"arn:customer:1\"]}").send(), 400);
        String status = assertUltraCartError(http.api("PUT", START + "/queues/sales/status").key(key)
                .json("{\"agent_sttus\": \"busy\"}").send(), 400);

        assertThat(refusal).contains("needs participant arns or a queue id",
                "`participant_arns` was ignored: `participant_arns` is not a field of a start request; "
                        + "did you mean `add_conversation_participant_arns`?");
        assertThat(status).contains("`agent_status` is required", "did you mean `agent_status`?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"add_conversation_participant_arns": [42]}                                 | `add_conversation_participant_arns[0]` must be text but was the number 42.
            {"add_conversation_participant_arns": ["arn:customer:1"], "conversation_arn": 5} | `conversation_arn` must be text but was the number 5.
            {"add_conversation_participant_arns": [true]}                               | `add_conversation_participant_arns[0]` must be text but was true.
            {"add_conversation_participant_arns": "arn:customer:1"}                     | `add_conversation_participant_arns` must be a list but was the text "arn:customer:1".
            {"conversation_webchat_queue_uuid": 99999999999999999999}                   | `conversation_webchat_queue_uuid` must be text but was the number 99999999999999999999.
            """)
    void aValueOfTheWrongTypeIsTheSame400InBothModes(String body, String sentence) {
        String lenient = assertUltraCartError(http.api("PUT", START).key(key).json(body).send(), 400);
        String strictly = assertUltraCartError(strict.api("PUT", START).key(key).json(body).send(), 400);

        assertThat(lenient).isEqualTo(strictly).contains(sentence);
        assertThat(SERVER.control(key).requests()).singleElement().extracting(RecordedRequest::status).isEqualTo(400);
    }

    @Test
    void anIntegerTooLargeForItsFieldIsRefusedInBothModes() {
        ConversationId chat = SERVER.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("support"),
                ParticipantArn.of("arn:customer:ada"), "Ada", "hi");
        ConversationId strictChat = STRICT.control(key).customerStartsConversation(Medium.WEBSOCKET, QueueName.of("support"),
                ParticipantArn.of("arn:customer:ada"), "Ada", "hi");
        String body = "{\"session_start\": {\"screen_width\": 99999999999}}";

        String lenient = assertUltraCartError(http.admin("PUT", "/conversations/" + chat + "/context").key(key).json(body).send(), 400);
        String strictly = assertUltraCartError(strict.admin("PUT", "/conversations/" + strictChat + "/context").key(key)
                .json(body).send(), 400);

        assertThat(lenient).isEqualTo(strictly)
                .contains("`session_start.screen_width` must be a whole number from -2147483648 to 2147483647 but was the number 99999999999.");
    }

    @Test
    void whatCannotBeReadIsStillABadRequest() {
        assertUltraCartError(http.api("PUT", START).key(key).json("{\"add_conversation_participant_arns\": [").send(), 400);
        assertUltraCartError(http.api("PUT", START).key(key).json("{\"add_conversation_participant_arns\": 7}").send(), 400);
        assertUltraCartError(http.api("PUT", START).key(key).json("[".repeat(5000) + "]".repeat(5000)).send(), 400);
        assertUltraCartError(http.api("PUT", START + "/queues/sales/status").key(key).json("{\"agent_status\": \"asleep\"}").send(), 400);
        assertUltraCartError(http.api("GET", START + "?_limit=many").key(key).send(), 400);
    }
}
