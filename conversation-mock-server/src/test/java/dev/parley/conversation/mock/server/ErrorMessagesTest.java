package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a 400 or 404 says is for the person who sent the request: their field names, plain words, a way out. */
class ErrorMessagesTest {
    private static final String START = "/conversation/conversations";

    @RegisterExtension
    static final FakeUltraCartExtension STRICT = FakeUltraCartExtension.builder().build();

    @RegisterExtension
    static final FakeUltraCartExtension LENIENT = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().strictValidation(false)).build();

    private final String key = Keys.unique("messages");

    @Test
    void strictModeNamesAnUnknownFieldWithTheFieldItLooksLikeAndTheFieldsThatExist() {
        String message = assertUltraCartError(new Http(STRICT.fake()).api("PUT", START).key(key)
                .json("{\"participant_arns\": [\"arn:customer:1\"]}").send(), 400);

        assertThat(message).startsWith("The request body is not a valid start request (ConversationStartRequest): ");
        assertThat(message).contains("`participant_arns` is not a field of a start request; "
                + "did you mean `add_conversation_participant_arns`?",
                "Its fields are add_conversation_participant_arns, conversation_arn, conversation_webchat_queue_uuid.");
    }

    @Test
    void anUnknownFieldLikeNoneStillNamesTheFieldsThatExist() {
        String message = assertUltraCartError(new Http(STRICT.fake()).api("PUT", START).key(key)
                .json("{\"add_conversation_participant_arns\": [\"arn:customer:1\"], \"colour\": \"red\"}").send(), 400);

        assertThat(message).contains("`colour` is not a field of a start request. Its fields are add_conversation_participant_arns,")
                .doesNotContain("did you mean");
    }

    @Test
    void aNestedUnknownFieldIsNamedWithItsPathAndTheFieldItLooksLike() {
        String chat = STRICT.control(key).customerStartsConversation(dev.parley.conversation.domain.Medium.WEBSOCKET,
                dev.parley.conversation.domain.QueueName.of("support"),
                dev.parley.conversation.domain.ParticipantArn.of("arn:customer:ada"), "Ada", "hi").value();

        String message = assertUltraCartError(new Http(STRICT.fake()).admin("PUT", "/conversations/" + chat + "/context")
                .key(key).json("{\"cart\": {\"cart_idd\": \"C-1\"}}").send(), 400);

        assertThat(message).startsWith("The request body is not a valid webchat context (ConversationWebchatContext): ")
                .contains("`cart.cart_idd` is not a field of a Cart; did you mean `cart_id`?");
    }

    @Test
    void aValueTheContextCannotHoldIsNamedAsTheClientWroteIt() {
        String chat = LENIENT.control(key).customerStartsConversation(dev.parley.conversation.domain.Medium.WEBSOCKET,
                dev.parley.conversation.domain.QueueName.of("support"),
                dev.parley.conversation.domain.ParticipantArn.of("arn:customer:ada"), "Ada", "hi").value();

        String message = assertUltraCartError(new Http(LENIENT.fake()).admin("PUT", "/conversations/" + chat + "/context")
                .key(key).json("{\"cart\": {\"items\": [{\"unit_cost\": {\"currency_code\": \"USD\"}}]}}").send(), 400);

        assertThat(message).contains("(in `cart.items[0].unit_cost.value`)").doesNotContain("$", "at path");
    }

    @Test
    void theControlPlaneNamesAnUnknownFieldWithTheFieldItLooksLike() {
        String message = assertUltraCartError(new Http(STRICT.fake()).admin("POST", "/conversations").key(key)
                .json("{\"medium\": \"sms\", \"customer\": \"arn:customer:1\"}").send(), 400);

        assertThat(message).contains("`customer` is not a field of a new conversation; did you mean `customer_arn`?",
                "Its fields are medium, queue_name, customer_arn, customer_name, first_message.");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            api   | PUT  | /conversation/conversations                      | {"add_conversation_participant_arns": [42]}
            api   | PUT  | /conversation/conversations                      | {"add_conversation_participant_arns": [null]}
            api   | PUT  | /conversation/conversations                      | {"a" 1}
            api   | PUT  | /conversation/conversations                      | {"add_conversation_participant_arns": ["a",]}
            api   | PUT  | /conversation/conversations                      | {"participant_arns": ["a"]}
            api   | PUT  | /conversation/conversations                      | {"customer": {"a": 1}}
            api   | PUT  | /conversation/conversations                      | [1]
            api   | PUT  | /conversation/conversations                      | null
            api   | PUT  | /conversation/conversations                      | {} {}
            api   | PUT  | /conversation/conversations/queues/sales/status  | {"agent_status": 3}
            api   | PUT  | /conversation/conversations/queues/sales/status  | {"agent_status": "asleep"}
            api   | PUT  | /conversation/conversations/queues/sales/status  | {}
            admin | POST | /conversations                                   | {"medium": "sms", "customer": {"a": 1}}
            admin | POST | /conversations                                   | {"medium": "sms", "customer_arn": [1]}
            admin | POST | /faults                                          | {"times": 99999999999}
            admin | POST | /faults                                          | {"times": "two"}
            admin | POST | /queues                                          | {"queue_name": "q",}
            admin | POST | /clock/advance                                   | []
            """)
    void noRefusalSpeaksTheParsersLanguage(String plane, String method, String path, String body) {
        for (FakeUltraCartExtension server : new FakeUltraCartExtension[] {STRICT, LENIENT}) {
            Http http = new Http(server.fake());
            Reply reply = (plane.equals("api") ? http.api(method, path) : http.admin(method, path)).key(key).json(body).send();

            String message = assertUltraCartError(reply, 400);

            assertThat(message).as("the 400 for %s", body).doesNotContain("$", "BEGIN_", "END_", "NAME", "STRING",
                    "NUMBER", "at path", "Cannot skip", "null[", "setLenient", "JsonReader", "code 1", "Unexpected character",
                    "schema", "Moshi", "Jackson");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/conversation/conversations", "/v2/conversation/conversations", "/rest/conversation/conversations"})
    void aPathWithoutRestV2SaysWhereTheApiLives(String path) {
        Http http = new Http(STRICT.fake());

        String message = assertUltraCartError(http.to("GET", http.root() + path).key(key).send(), 404);

        assertThat(message).contains("The API is served under /rest/v2", "Did you mean /rest/v2/conversation/conversations?");
    }

    @Test
    void anUnknownPathInsideTheApiIsJustNotFound() {
        String message = assertUltraCartError(new Http(STRICT.fake()).api("GET", "/conversation/nothing").key(key).send(), 404);

        assertThat(message).isEqualTo("No such path: GET /rest/v2/conversation/nothing.");
    }
}
