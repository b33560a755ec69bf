package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessageRefusedException.Reason;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.UploadKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The realtime channel's frames: what each side writes, and what each side tolerates or refuses reading. */
class RealtimeFramesTest {
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final ConversationId CONVERSATION = ConversationId.of("c-1");

    @Test
    void agentMessageIsWrittenExactlyAsTheContractShowsIt() {
        String json = JSON.agentFrame().write(new RealtimeFrame.SendMessage(new OutgoingMessage(
                CONVERSATION, "Hello", "cm-1", List.of(UploadKey.of("k-1")))));

        assertThat(json).isEqualTo("{\"conversation_uuid\":\"c-1\",\"message\":{\"body\":\"Hello\","
                + "\"client_message_id\":\"cm-1\",\"upload_keys\":[\"k-1\"]},\"type\":\"message\"}");
    }

    @Test
    void agentTypingAndPingAreWrittenExactlyAsTheContractShowsThem() {
        assertThat(JSON.agentFrame().write(new RealtimeFrame.SendTyping(CONVERSATION, "Hel")))
                .isEqualTo("{\"conversation_uuid\":\"c-1\",\"event_type\":\"typing\",\"event_typing\":{\"value\":\"Hel\"},"
                        + "\"type\":\"event\"}");
        assertThat(JSON.agentFrame().write(RealtimeFrame.PING)).isEqualTo("{\"type\":\"ping\"}");
        assertThat(JSON.serverFrame().write(RealtimeFrame.PING)).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void storedMessageIsAMessageFrameNamingItsConversation() {
        Message stored = new Message(MessageId.of("m-1"), null, ParticipantArn.of("arn:agent"), "Alex", "Hi",
                "cm-1", Instant.parse("2026-11-24T10:00:00.250Z"), null, MessageType.MESSAGE, null, null, null);

        String json = JSON.serverFrame().write(new RealtimeFrame.Event(new ConversationEvent.NewMessage(CONVERSATION, stored)));

        assertThat(json).startsWith("{\"conversation_uuid\":\"c-1\",\"message\":{").endsWith("\"type\":\"message\"}")
                .contains("\"client_message_id\":\"cm-1\"", "\"message_epoch\":1795514400250");
        assertThat(ContractSchemas.violations("ConversationWebsocketMessage", json)).isEmpty();
    }

    @Test
    void refusalIsAnUpdatedMessageNoticeWithoutUuidOrEpochThatValidatesAgainstTheSchema() {
        String json = JSON.serverFrame().write(RealtimeFrame.Refusal.of(
                CONVERSATION, "cm-1", Reason.NOT_A_PARTICIPANT, "The agent has not joined conversation c-1"));

        assertThat(json).isEqualTo("{\"conversation_uuid\":\"c-1\",\"event_type\":\"updated message\","
                + "\"event_updated_message\":{\"body\":\"refused 409 not_a_participant: The agent has not joined conversation c-1\","
                + "\"client_message_id\":\"cm-1\",\"type\":\"notice\"},\"type\":\"event\"}");
        assertThat(ContractSchemas.violations("ConversationWebsocketMessage", json)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(nullValues = "none", textBlock = """
            none,               404, not_found
            NOT_A_PARTICIPANT,  409, not_a_participant
            CONVERSATION_CLOSED,409, conversation_closed
            UNKNOWN_UPLOAD_KEY, 400, unknown_upload_key
            EMPTY_MESSAGE,      400, empty_message
            TOO_LARGE,          413, too_large
            """)
    void eachRefusalReasonHasItsDocumentedTokenAndStatus(Reason reason, int status, String token) {
        RealtimeFrame.Refusal refusal = RealtimeFrame.Refusal.of(CONVERSATION, "cm-1", reason, "why");

        assertThat(refusal.status()).isEqualTo(status);
        assertThat(JSON.serverFrame().write(refusal)).contains("\"body\":\"refused " + status + " " + token + ": why\"");
        assertThat(JSON.serverFrame().read(JSON.serverFrame().write(refusal))).isEqualTo(refusal);
    }

    @Test
    void typingRefusalHasNoClientMessageId() {
        String json = JSON.serverFrame().write(RealtimeFrame.Refusal.of(CONVERSATION, null, null, "No conversation c-1"));

        assertThat(json).doesNotContain("client_message_id");
        assertThat(JSON.serverFrame().read(json)).isEqualTo(RealtimeFrame.Refusal.of(CONVERSATION, null, null, "No conversation c-1"));
    }

    @Test
    void refusalBecomesTheExceptionTheSenderIsFailedWith() {
        assertThat(RealtimeFrame.Refusal.of(CONVERSATION, "cm-1", null, "No conversation c-1").toException())
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No conversation c-1")
                .satisfies(e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(RealtimeFrame.Refusal.of(CONVERSATION, "cm-1", Reason.TOO_LARGE, "Body too large").toException())
                .isInstanceOfSatisfying(MessageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.clientMessageId()).isEqualTo("cm-1");
                    assertThat(e.statusCode()).isEqualTo(413);
                });
    }

    @Test
    void refusalIsMadeFromWhatTheEngineThrew() {
        assertThat(RealtimeFrame.Refusal.of(CONVERSATION, "cm-1", new NotFoundException("gone")))
                .isEqualTo(new RealtimeFrame.Refusal(CONVERSATION, "cm-1", 404, null, "gone"));
        assertThat(RealtimeFrame.Refusal.of(CONVERSATION, "cm-1",
                new MessageRefusedException("closed", Reason.CONVERSATION_CLOSED, "cm-1", 409)))
                .isEqualTo(new RealtimeFrame.Refusal(CONVERSATION, "cm-1", 409, Reason.CONVERSATION_CLOSED, "closed"));
        assertThat(RealtimeFrame.Refusal.of(CONVERSATION, null, new InvalidRequestException("odd")))
                .isEqualTo(new RealtimeFrame.Refusal(CONVERSATION, null, 400, Reason.UNKNOWN, "odd"));
    }

    @Test
    void unknownRefusalTokenReadsAsUnknownReasonWithTheStatusSent() {
        RealtimeFrame frame = JSON.serverFrame().read("{\"type\":\"event\",\"event_type\":\"updated message\","
                + "\"conversation_uuid\":\"c-1\",\"event_updated_message\":{\"client_message_id\":\"cm-1\","
                + "\"type\":\"notice\",\"body\":\"refused 429 slow_down: Too many messages\"}}");

        assertThat(frame).isEqualTo(new RealtimeFrame.Refusal(CONVERSATION, "cm-1", 429, Reason.UNKNOWN, "Too many messages"));
    }

    @Test
    void realDeliveryUpdateIsNotTakenForARefusalWhateverItsBody() {
        RealtimeFrame frame = JSON.serverFrame().read("{\"type\":\"event\",\"event_type\":\"updated message\","
                + "\"conversation_uuid\":\"c-1\",\"event_updated_message\":{\"conversation_message_uuid\":\"m-1\","
                + "\"message_epoch\":1795514400250,\"body\":\"refused 404 not_found: quoted by a customer\","
                + "\"transport_statuses\":[{\"conversation_participant_arn\":\"arn:c\",\"status\":\"sent\"}]}}");

        assertThat(frame).isInstanceOfSatisfying(RealtimeFrame.Event.class, event ->
                assertThat(event.event()).isInstanceOfSatisfying(ConversationEvent.MessageUpdated.class, updated -> {
                    assertThat(updated.message().id()).isEqualTo(MessageId.of("m-1"));
                    assertThat(updated.message().transportStatuses())
                            .containsExactly(new TransportStatus(ParticipantArn.of("arn:c"), DeliveryStatus.SENT));
                }));
    }

    @Test
    void updatedMessageWithoutATimeThatIsNoRefusalReadsAsUnrecognized() {
        RealtimeFrame frame = JSON.serverFrame().read("{\"type\":\"event\",\"event_type\":\"updated message\","
                + "\"conversation_uuid\":\"c-1\",\"event_updated_message\":{\"type\":\"notice\",\"body\":\"hello\"}}");

        assertThat(frame).isEqualTo(new RealtimeFrame.Event(
                new ConversationEvent.Unrecognized("event", "updated message", CONVERSATION)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"type\":\"video call\",\"conversation_uuid\":\"c-1\",\"event_video\":{\"x\":1}}",
        "{\"type\":\"event\",\"event_type\":\"cobrowse\",\"conversation_uuid\":\"c-1\"}",
        "{\"type\":\"event\",\"event_type\":\"rrweb\",\"conversation_uuid\":\"c-1\",\"event_rrweb\":{\"type\":\"init\",\"data\":\"x\"}}",
        "{\"type\":\"event\",\"event_type\":\"add item\",\"conversation_uuid\":\"c-1\",\"event_add_item\":{\"items\":[{}]}}",
        "{\"type\":\"check queue position\",\"conversation_uuid\":\"c-1\"}",
        "{\"conversation_uuid\":\"c-1\"}",
    })
    void serverFrameThisVersionDoesNotKnowReadsAsUnrecognized(String json) {
        RealtimeFrame frame = JSON.serverFrame().read(json);

        assertThat(frame).isInstanceOfSatisfying(RealtimeFrame.Event.class, event -> {
            assertThat(event.event()).isInstanceOf(ConversationEvent.Unrecognized.class);
            assertThat(event.event().conversationId()).isEqualTo(CONVERSATION);
        });
    }

    @Test
    void eventsWithoutTheirOptionalPayloadStillRead() {
        assertThat(JSON.serverFrame().read("{\"type\":\"event\",\"event_type\":\"typing\",\"conversation_uuid\":\"c-1\"}"))
                .isEqualTo(new RealtimeFrame.Event(new ConversationEvent.Typing(CONVERSATION, null, null, null)));
        assertThat(JSON.serverFrame().read("{\"type\":\"event\",\"event_type\":\"read message\",\"conversation_uuid\":\"c-1\","
                + "\"event_read_message\":{\"message_epoch\":1795514400250}}"))
                .isEqualTo(new RealtimeFrame.Event(new ConversationEvent.MessagesRead(
                        CONVERSATION, null, Instant.parse("2026-11-24T10:00:00.250Z"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type":"message","conversation_uuid":"c-1"}                                  | Expected a value but was absent or null at path $.message
            {"type":"message","message":{"body":"hi","message_epoch":1}}                  | Expected a value but was absent or null at path $.conversation_uuid
            {"type":"event","event_type":"new conversation","conversation_uuid":"c-1"}    | at path $.event_new_conversation
            {"type":"message","conversation_uuid":"c-1","message":{"body":"hi"}}          | Expected message_dts or message_epoch but both were absent at path $.message
            {"type":"message","conversation_uuid":7,"message":"hi"}                       | at path $.message
            """)
    void serverFrameOfAKnownKindWithoutWhatItNeedsIsATransportFailureNamingThePath(String json, String problem) {
        assertThatThrownBy(() -> JSON.serverFrame().read(json))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("Could not read the ConversationWebsocketMessage: ")
                .hasMessageContaining(problem);
    }

    @Test
    void agentFramesReadAsWhatTheServerActsOn() {
        assertThat(JSON.agentFrame().read("{\"type\":\"message\",\"conversation_uuid\":\"c-1\",\"message\":{"
                + "\"client_message_id\":\"cm-1\",\"body\":\"\",\"upload_keys\":[\"k-1\"],\"conversation_message_uuid\":\"ignored\"}}"))
                .isEqualTo(new RealtimeFrame.SendMessage(new OutgoingMessage(CONVERSATION, "", "cm-1", List.of(UploadKey.of("k-1")))));
        assertThat(JSON.agentFrame().read("{\"type\":\"event\",\"event_type\":\"typing\",\"conversation_uuid\":\"c-1\","
                + "\"event_typing\":{\"value\":\"Hel\",\"author_conversation_participant_arn\":\"arn:someone-else\"}}"))
                .isEqualTo(new RealtimeFrame.SendTyping(CONVERSATION, "Hel"));
        assertThat(JSON.agentFrame().read("{\"type\":\"ping\"}")).isEqualTo(RealtimeFrame.PING);
        assertThat(JSON.agentFrame().read("{\"type\":\"check queue position\"}"))
                .isEqualTo(new RealtimeFrame.Event(new ConversationEvent.Unrecognized("check queue position", null, null)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hello                                                                          | it is not valid JSON
            {"type":"ping"                                                                 | it ends before the JSON is complete
            {"type":"ping"}{"type":"ping"}                                                 | there is more after the JSON document
            null                                                                           | the body must be an object but was null
            []                                                                             | the body must be an object but was a list
            {}                                                                             | `type` is required but was missing or null
            {"type":"video call"}                                                          | `type` must be a type of message, event, ping or check queue position but was "video call"
            {"type":"event","event_type":"cobrowse","conversation_uuid":"c-1"}             | `event_type` must be an event_type of the contract's ConversationWebsocketMessage but was "cobrowse"
            {"type":"event","event_type":"typing"}                                         | `conversation_uuid` is required but was missing or null
            {"type":"message","conversation_uuid":"c-1"}                                   | `message` is required but was missing or null
            {"type":"message","conversation_uuid":"c-1","message":{"body":"hi"}}           | `message.client_message_id` is required but was missing or null
            {"type":"message","conversation_uuid":"c-1","message":{"client_message_id":" "}} | client message id must not be blank
            {"type":"message","conversation_uuid":" ","message":{"client_message_id":"x"}} | (in `conversation_uuid`)
            {"type":"message","conversation_uuid":"c-1","message":{"client_message_id":"x","upload_keys":[null]}} | `message.upload_keys[0]` is required but was null
            {"type":"message","conversation_uuid":"c-1","message":{"client_message_id":"x","upload_keys":"k"}} | `message.upload_keys` must be a list but was text
            {"type":true}                                                                  | `type` must be text but was a boolean
            """)
    void badAgentFrameIsAnInvalidRequestSayingInWordsWhatWasWrong(String json, String problem) {
        assertThatThrownBy(() -> JSON.agentFrame().read(json))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageStartingWith("The request body is not a valid ConversationWebsocketMessage: ")
                .hasMessageContaining(problem);
    }

    @Test
    void eachSideRefusesToWriteTheOtherSidesFrames() {
        assertThatThrownBy(() -> JSON.serverFrame().write(new RealtimeFrame.SendTyping(CONVERSATION, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A server does not send SendTyping frames");
        assertThatThrownBy(() -> JSON.agentFrame().write(RealtimeFrame.Refusal.of(CONVERSATION, null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("An agent does not send Refusal frames");
        assertThatThrownBy(() -> JSON.serverFrame().write(new RealtimeFrame.Event(
                new ConversationEvent.Unrecognized("video call", null, CONVERSATION))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be written");
    }
}
